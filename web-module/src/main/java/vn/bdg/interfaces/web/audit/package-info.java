/**
 * The audit trail's pages: the trail of one subject for its reviewers ({@code /audit/subject.xhtml}),
 * and the shared pieces the administrators' trail of one person ({@code /admin/audit.xhtml}) uses too —
 * rows in the reader's language and a lazily paged table.
 */
package vn.bdg.interfaces.web.audit;
