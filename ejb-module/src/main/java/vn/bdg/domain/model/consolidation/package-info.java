/**
 * End-of-period consolidation of a round: a {@link vn.bdg.domain.model.consolidation.ConsolidationRun}
 * (one computation, restartable, published as a whole), how each kind of indicator is consolidated
 * ({@link vn.bdg.domain.model.consolidation.DerivedIndicators}) and the national targets the results are
 * measured against ({@link vn.bdg.domain.model.consolidation.NationalTarget}).
 */
package vn.bdg.domain.model.consolidation;
