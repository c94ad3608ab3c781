/**
 * Telling people: in-app notices per person and the e-mails queued to announce a change.
 */
package vn.bdg.domain.model.notice;
