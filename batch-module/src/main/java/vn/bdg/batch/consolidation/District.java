package vn.bdg.batch.consolidation;

import java.io.Serializable;

/** A partition of the summing step: a district's key and its place (1 is the first). */
record District(String key, int ordinal) implements Serializable {
}
