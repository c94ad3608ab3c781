package vn.bdg.application.consolidation;

import java.io.Serializable;

/**
 * How the units expected in one scope stood when the run took its snapshot: on time, late, missing (the
 * due day passed or a reviewer marked them), pending, and how many reports the run counted.
 */
public record TimelinessLine(Scope scope, String name, int expected, int onTime, int late, int missing,
                             int pending, int counted) implements Area, Serializable {
}
