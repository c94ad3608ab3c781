/**
 * The screens of a round's consolidation: its runs (start, live progress, stop, restart, history) for
 * the CAMPAIGN_ADMIN, and the dashboard of the published results ({@code consolidation/dashboard.xhtml}):
 * the scope a person may see as charts each beside its table, the drill-down from the Sở to a district
 * and to the reports counted in it, and the tables as XLSX and PDF.
 */
package vn.bdg.interfaces.web.consolidation;
