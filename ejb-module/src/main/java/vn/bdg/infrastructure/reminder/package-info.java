/**
 * When the reminders and digests run: a timer every morning and once shortly after each start.
 */
package vn.bdg.infrastructure.reminder;
