/**
 * Use cases of a unit's plan: drafting versions and their activities, issuing by the unit's head, and
 * the overview of which units issued one.
 */
package vn.bdg.application.plan;
