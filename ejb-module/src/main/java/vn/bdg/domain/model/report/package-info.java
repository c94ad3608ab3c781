/**
 * A unit's report for a round: the values of its cells (total, female part, further categories) and
 * the checks the programme's catalogue runs on them.
 */
package vn.bdg.domain.model.report;
