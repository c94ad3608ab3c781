package vn.bdg.application.internal;

/** Fired when mails were queued in the current transaction, so they can be sent once it commits. */
public record MailQueued(int count) {
}
