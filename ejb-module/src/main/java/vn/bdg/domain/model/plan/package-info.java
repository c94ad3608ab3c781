/**
 * A unit's own plan for a programme: the activities it will carry out under each task of the letter,
 * issued by the unit's head in numbered versions.
 */
package vn.bdg.domain.model.plan;
