/**
 * The year's work programme from the Department's guidance letter: tasks, the versioned indicator
 * catalogue with its formulas and validation rules, and the reporting rounds with their data windows,
 * due dates per level and per-unit extensions.
 */
package vn.bdg.domain.model.programme;
