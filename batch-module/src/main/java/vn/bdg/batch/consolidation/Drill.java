package vn.bdg.batch.consolidation;

import java.io.Serializable;

/**
 * How a drill run misbehaves, so that operators (and the tests) can see a run fail half-way, or be
 * stopped or cut off by a crash while it runs, and then continue from its checkpoint: fail on one
 * partition (1 is the first; 0 for none) and pause before each partition.
 */
public record Drill(int failAtPartition, long pauseMillis) implements Serializable {

    public static Drill failAt(int partition) {
        return new Drill(partition, 0);
    }

    public static Drill slow(long pauseMillis) {
        return new Drill(0, pauseMillis);
    }
}
