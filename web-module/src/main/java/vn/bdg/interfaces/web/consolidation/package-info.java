/**
 * The consolidation dashboard ({@code consolidation/dashboard.xhtml}): a round's published results for
 * the scope a person may see, as charts each beside its table, the drill-down from the Sở to a district
 * and to the reports counted in it, and the tables as XLSX and PDF.
 */
package vn.bdg.interfaces.web.consolidation;
