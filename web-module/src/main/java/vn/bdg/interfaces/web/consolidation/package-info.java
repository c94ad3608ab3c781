/**
 * The screens of a round's consolidation: its runs (start, live progress, stop, restart, history) for
 * the CAMPAIGN_ADMIN, and the dashboard of the published results.
 */
package vn.bdg.interfaces.web.consolidation;
