/**
 * A round's consolidated results for their readers: {@link vn.bdg.application.consolidation.ConsolidationResults}
 * reads the tables the consolidation job wrote for the run the round is published at (indicators per
 * scope with the share of women, yes/no answers as a share of units, timeliness, gender gaps, the
 * previous year, the national targets and the reports counted in a district) and writes them as XLSX and
 * PDF. Each table is one query ({@link vn.bdg.application.consolidation.ResultQueries}); the database sums
 * and divides, this package only orders what it listed and names it. Who sees which scope is
 * {@link vn.bdg.application.consolidation.Reach}'s decision.
 */
package vn.bdg.application.consolidation;
