/**
 * The {@code consolidate-round} job (META-INF/batch-jobs/consolidate-round.xml): snapshot → sum per
 * district (a chunk step whose items are the districts, one checkpoint each) → roll-up → derived
 * indicators → gender gaps and targets → publish. The artifacts only orchestrate: each calls one step
 * of {@link vn.bdg.application.consolidation.ConsolidationSteps}, which is set-based SQL. {@link
 * vn.bdg.batch.consolidation.ConsolidationJob} starts, stops, restarts and watches executions for a
 * CAMPAIGN_ADMIN, {@link vn.bdg.batch.consolidation.ConsolidationTimer} starts them after a round's due
 * date, and {@link vn.bdg.batch.consolidation.InterruptedRuns} fails at startup what a crash left running.
 */
package vn.bdg.batch.consolidation;
