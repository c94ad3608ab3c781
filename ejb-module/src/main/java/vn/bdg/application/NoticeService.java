package vn.bdg.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.bdg.domain.model.notice.Notice;
import vn.bdg.domain.model.notice.NoticeRepository;
import vn.bdg.domain.shared.NotFoundException;

/** A person's own notices: the newest ones, how many are unread, and marking them read. */
@Stateless
public class NoticeService {

    private static final int LATEST = 100;

    @Inject
    private NoticeRepository notices;

    @Inject
    private BusinessClock clock;

    public List<Notice> latest(@NotNull Actor actor) {
        return notices.latestFor(actor.accountId(), LATEST);
    }

    public long unreadCount(@NotNull Actor actor) {
        return notices.unreadCount(actor.accountId());
    }

    /** Marks one of the actor's notices read; somebody else's notice does not exist for them. */
    public Notice open(@NotNull Actor actor, long noticeId) {
        Notice notice = notices.find(noticeId)
                .filter(n -> n.getAccountId() == actor.accountId())
                .orElseThrow(NotFoundException::new);
        notice.markRead(clock.now());
        return notice;
    }

    public void markAllRead(@NotNull Actor actor) {
        notices.latestFor(actor.accountId(), Integer.MAX_VALUE).forEach(n -> n.markRead(clock.now()));
    }
}
