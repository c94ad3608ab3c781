/**
 * The audit trail: one {@link vn.bdg.domain.model.audit.AuditEntry} per thing worth answering for later
 * (a value changed, a status moved, a deadline extended, a login, an export, a download), saying who,
 * when, from where and what. Entries are only ever appended: they have no mutators, every column is
 * written once, and the repository can add and read but not change or remove them.
 */
package vn.bdg.domain.model.audit;
