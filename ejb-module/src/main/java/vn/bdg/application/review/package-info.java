/**
 * Review and approval of unit reports up the tree: the reviewing level of each unit (its Phòng when the
 * programme consolidates there, otherwise the Sở), accepting, returning with comments, reopening from
 * above, and marking a unit missing. Every action is told to the unit.
 */
package vn.bdg.application.review;
