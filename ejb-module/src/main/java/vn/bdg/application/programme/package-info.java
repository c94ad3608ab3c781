/**
 * Use cases of the year's work programme: the guidance letter, its tasks, catalogue and rounds,
 * publishing to the units, and copying to the next year.
 */
package vn.bdg.application.programme;
