/**
 * Evidence: files a unit attaches to what it did (a plan activity, later a report), kept with their
 * checksum and readable only by those who may see the unit.
 */
package vn.bdg.domain.model.evidence;
