/**
 * Use cases of the audit trail: appending an entry in the transaction of the action it records, with the
 * moment from the {@link vn.bdg.application.BusinessClock} and the address from {@link
 * vn.bdg.application.audit.RequestOrigin}; reading the trail of one subject (its reviewers) or of one
 * person (SYS_ADMIN). There is deliberately no use case that changes or removes an entry.
 */
package vn.bdg.application.audit;
