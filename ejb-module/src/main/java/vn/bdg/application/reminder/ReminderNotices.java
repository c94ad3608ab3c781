package vn.bdg.application.reminder;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.internal.MailQueued;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.notice.Notice;
import vn.bdg.domain.model.notice.NoticeRepository;
import vn.bdg.domain.model.notice.NoticeTopic;
import vn.bdg.domain.model.notice.OutgoingMail;
import vn.bdg.domain.model.reminder.ReminderKind;
import vn.bdg.domain.model.reminder.Submission;

/**
 * Writes reminders and digests as notices and queued e-mails, in the caller's transaction (like
 * {@code Announcements}), so they exist only if the key row that makes them unique commits with them.
 * Mail texts are the templates {@code reminder.*} and {@code digest.*} of vn/bdg/mail/templates.properties.
 */
@Dependent
class ReminderNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(BusinessClock.ZONE);
    private static final ResourceBundle TEMPLATES = ResourceBundle.getBundle("vn.bdg.mail.templates", Locale.ROOT);

    @Inject
    private NoticeRepository notices;

    @Inject
    private BusinessClock clock;

    @Inject
    private Event<MailQueued> mailQueued;

    @Inject
    @ConfigProperty(name = "bdg.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** Tells each of {@code people} (the unit's editors and head); returns how many mails were queued. */
    int remind(DueReminder reminder, List<UserAccount> people) {
        ReminderKind kind = reminder.kind();
        String round = reminder.round().getName();
        String unit = reminder.unit().getName();
        String due = DAY.format(reminder.due());
        String days = String.valueOf(reminder.days());
        List<String> arguments = kind == ReminderKind.DEADLINE_TODAY
                ? List.of(round, unit, due) : List.of(round, unit, due, days);
        Instant now = clock.now();
        int queued = 0;
        for (UserAccount person : people) {
            notices.store(new Notice(person.getId(), kind.topic(), arguments, reminder.link(), now));
            if (person.getEmail() != null) {
                notices.queue(new OutgoingMail(person.getEmail(),
                        format("reminder." + kind + ".subject", round, unit, days),
                        format("reminder." + kind + ".body", person.getFullName(), round, unit, due, days,
                                baseUrl + reminder.link()),
                        now));
                queued++;
            }
        }
        return queued;
    }

    /**
     * Submissions listed one by one in a digest mail; the rest are counted, with the inbox's address. A
     * mail body holds 8,000 characters, and a day after a deadline brings hundreds of submissions.
     */
    static final int DIGEST_LISTED = 30;

    /** Tells the reviewer of the digest's submissions; returns how many mails were queued (0 or 1). */
    int digest(Digest digest) {
        UserAccount reviewer = digest.reviewer();
        List<Submission> submissions = digest.submissions();
        String count = String.valueOf(submissions.size());
        String rounds = String.join(", ", digest.roundNames());
        Submission first = submissions.get(0);
        String link = "/programmes/programme.xhtml?id=" + first.programme().getId();
        notices.store(new Notice(reviewer.getId(), NoticeTopic.SUBMISSIONS_DIGEST, List.of(count, rounds), link,
                clock.now()));
        if (reviewer.getEmail() == null) {
            return 0;
        }
        StringBuilder lines = new StringBuilder();
        for (Submission submission : submissions.subList(0, Math.min(submissions.size(), DIGEST_LISTED))) {
            lines.append(format("digest.line", submission.round().getName(), submission.unit().getName(),
                    MOMENT.format(submission.submittedAt()), baseUrl + reportLink(submission)));
        }
        if (submissions.size() > DIGEST_LISTED) {
            lines.append(format("digest.more", String.valueOf(submissions.size() - DIGEST_LISTED),
                    baseUrl + "/reviews/inbox.xhtml?programme=" + first.programme().getId()));
        }
        notices.queue(new OutgoingMail(reviewer.getEmail(), format("digest.subject", count),
                format("digest.body", reviewer.getFullName(), count, MOMENT.format(digest.from()),
                        MOMENT.format(digest.until()), lines.toString()),
                clock.now()));
        return 1;
    }

    /** Lets the mails leave as soon as the transaction that queued them commits. */
    void queued(int mails) {
        if (mails > 0) {
            mailQueued.fire(new MailQueued(mails));
        }
    }

    private static String reportLink(Submission submission) {
        return "/reports/report.xhtml?programme=" + submission.programme().getId() + "&round="
                + submission.round().getCode() + "&unit=" + submission.unit().getId();
    }

    private static String format(String key, Object... arguments) {
        return new MessageFormat(TEMPLATES.getString(key), Locale.ROOT).format(arguments);
    }
}
