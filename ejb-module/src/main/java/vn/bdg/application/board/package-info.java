/**
 * The timeliness board of a reporting round: for every expected unit the acting person may see (as a
 * REVIEWER, CAMPAIGN_ADMIN or VIEWER of a subtree), where its report stands and whether it came on
 * time, counted per district and unit type, listed lazily with filters, and the units that have not
 * sent their report as an XLSX list. The counting is one grouped SQL query over the expected units
 * left-joined to their reports, parent links and extensions ({@link vn.bdg.application.board.BoardQueries}),
 * never a query per unit, so the Sở's board of some 800 units, or a merged province's 1,800, stays fast.
 */
package vn.bdg.application.board;
