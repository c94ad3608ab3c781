/**
 * End-of-period consolidation of a round (domain §1.1: "để tổng hợp"). {@link
 * vn.bdg.application.consolidation.ConsolidationRuns} opens, restarts and lists runs for a CAMPAIGN_ADMIN
 * (or the timer after a round's due date); {@link vn.bdg.application.consolidation.ConsolidationSteps}
 * is what the {@code consolidate-round} batch job calls, one step at a time: freeze the counted reports
 * and the round's timeliness, sum them per district (the job's partitions, each one checkpoint), roll the
 * districts up to the Sở and across unit types, recompute derived indicators from the sums, compute the
 * gender gaps and the distance to the national targets, and publish. Every step is set-based SQL ({@link
 * vn.bdg.application.consolidation.ConsolidationStore}) that first removes what an earlier attempt of the
 * same step wrote, so a re-run or a restart gives the same rows, never more.
 *
 * <p>{@link vn.bdg.application.consolidation.ConsolidationResults} is the readers' side: the tables the
 * job wrote for the run the round is published at (indicators per scope with the share of women, yes/no
 * answers as a share of units, timeliness, gender gaps, the previous year, the national targets and the
 * reports counted in a district), and the same tables as XLSX and PDF. Each table is one query ({@link
 * vn.bdg.application.consolidation.ResultQueries}); the database sums and divides, the readers' side only
 * orders what it listed and names it. Who sees which scope is {@link vn.bdg.application.consolidation.Reach}'s
 * decision.
 *
 * <p>What becomes of a published consolidation: {@link
 * vn.bdg.application.consolidation.ConsolidatedReportService} makes the Department's consolidated report
 * as an official document (Decree 30/2020) in DOCX and PDF from the results of the round's published run
 * (never a run still being computed), with excerpts of the counted units' narratives and the units that
 * sent late or not at all. Only people holding a Department-level role on the programme's issuer
 * download it, and each download is recorded in the audit trail.
 */
package vn.bdg.application.consolidation;
