package vn.bdg.domain.model.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Notices and the outgoing mail queue. */
public interface NoticeRepository {

    void store(Notice notice);

    Optional<Notice> find(long id);

    /** The newest notices of one person. */
    List<Notice> latestFor(long accountId, int limit);

    long unreadCount(long accountId);

    void queue(OutgoingMail mail);

    Optional<OutgoingMail> findMail(long id);

    /** Ids of mails due for an attempt at {@code now}, oldest first. */
    List<Long> mailsDue(Instant now, int limit);

    List<OutgoingMail> mailsTo(String recipient);
}
