package vn.bdg.application.board;

import java.util.List;

/**
 * The board's questions to the database, each answered by one set-based query: the expected units of the
 * round left-joined to their report, their parent link on the round's cut-off day and their latest
 * extension. Implemented in {@code infrastructure.persistence.jpa}.
 */
public interface BoardQueries {

    /** How many units stand in each state and timeliness, per district and unit type. */
    List<GroupedCount> counts(BoardQuery query);

    /**
     * The units in board order (the units under the Sở first, then by district, unit type in the tree's
     * order and name, as the database collates names), from {@code first}, at most {@code max}.
     */
    List<BoardRow> rows(BoardQuery query, int first, int max);

    /** Every unit in board order. */
    List<BoardRow> allRows(BoardQuery query);

    long count(BoardQuery query);
}
