/** Use cases of a unit's report for a round: opening, recording values, checking and submitting. */
package vn.bdg.application.report;
