package vn.bdg.application.board;

import java.io.Serializable;

/** The counts of one group of the board: a district or a unit type ({@code T}). */
public final class GroupCounts<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final T key;
    private final Counts counts = new Counts();

    GroupCounts(T key) {
        this.key = key;
    }

    public T getKey() {
        return key;
    }

    public Counts getCounts() {
        return counts;
    }
}
