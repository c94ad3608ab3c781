package vn.bdg.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bdg.application.BusinessClock;
import vn.bdg.domain.model.account.AccountRepository;
import vn.bdg.domain.model.account.RoleGrant;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.notice.Notice;
import vn.bdg.domain.model.notice.NoticeRepository;
import vn.bdg.domain.model.notice.NoticeTopic;
import vn.bdg.domain.model.notice.OutgoingMail;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.report.UnitReport;

/**
 * Tells the people of units about a change: a notice in the application for every account holding a
 * role on the unit itself, and an e-mail to those with an address. Both are written in the caller's
 * transaction, so nothing is announced for a change that is rolled back; the mails leave after commit.
 */
@Dependent
public class Announcements {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ResourceBundle TEMPLATES =
            ResourceBundle.getBundle("vn.bdg.mail.templates", Locale.ROOT);

    @Inject
    private AccountRepository accounts;

    @Inject
    private NoticeRepository notices;

    @Inject
    private BusinessClock clock;

    @Inject
    private Event<MailQueued> mailQueued;

    @Inject
    @ConfigProperty(name = "bdg.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** The programme now expects {@code unitIds}; with {@code mail} false only notices are written. */
    public void programmePublished(Programme programme, Set<Long> unitIds, boolean mail) {
        String link = "/programmes/programme.xhtml?id=" + programme.getId();
        List<String> arguments = List.of(programme.getLetter().reference(), String.valueOf(programme.getYear()),
                programme.getLetter().getSubject());
        StringBuilder rounds = new StringBuilder();
        for (ReportingRound round : programme.getRounds()) {
            rounds.append(format("published.round", round.getName(), DAY.format(round.getDataFrom()),
                    DAY.format(round.getDataTo()), DAY.format(round.getDueTop())));
        }
        int queued = 0;
        for (UserAccount account : accounts.grantedOn(unitIds)) {
            notices.store(new Notice(account.getId(), NoticeTopic.PROGRAMME_PUBLISHED, arguments, link, clock.now()));
            if (mail && account.getEmail() != null) {
                String unitNames = String.join(", ", account.getGrants().stream().map(RoleGrant::getScope)
                        .filter(u -> unitIds.contains(u.getId())).map(OrgUnit::getName).distinct().toList());
                String subject = format("published.subject", programme.getLetter().reference(),
                        programme.getLetter().getSubject());
                String body = format("published.body", account.getFullName(), programme.getIssuer().getName(),
                        String.valueOf(programme.getYear()), programme.getLetter().reference(),
                        DAY.format(programme.getLetter().getIssuedOn()), programme.getLetter().getSubject(), unitNames,
                        rounds.toString(), baseUrl + link);
                notices.queue(new OutgoingMail(account.getEmail(), subject, body, clock.now()));
                queued++;
            }
        }
        announceMail(queued);
    }

    public void deadlineExtended(Programme programme, ReportingRound round, OrgUnit unit, LocalDate until) {
        String link = "/programmes/programme.xhtml?id=" + programme.getId();
        int queued = 0;
        for (UserAccount account : accounts.grantedOn(Set.of(unit.getId()))) {
            notices.store(new Notice(account.getId(), NoticeTopic.DEADLINE_EXTENDED,
                    List.of(programme.getLetter().reference(), round.getName(), unit.getName(), DAY.format(until)),
                    link, clock.now()));
            if (account.getEmail() != null) {
                notices.queue(new OutgoingMail(account.getEmail(), format("extended.subject", round.getName()),
                        format("extended.body", account.getFullName(), round.getName(),
                                programme.getLetter().reference(), unit.getName(), DAY.format(until), baseUrl + link),
                        clock.now()));
                queued++;
            }
        }
        announceMail(queued);
    }

    /**
     * The reviewing level acted on a unit's report: returned, accepted, reopened or marked it missing.
     * {@code comment} is the reason given, or null.
     */
    public void reportReviewed(UnitReport report, NoticeTopic topic, String reviewer, String comment) {
        String link = "/reports/report.xhtml?programme=" + report.getProgramme().getId() + "&round="
                + report.getRound().getCode() + "&unit=" + report.getUnit().getId();
        String outcome = topic.name().substring("REPORT_".length()).replace("MARKED_", "");
        List<String> arguments = comment == null
                ? List.of(report.getRound().getName(), report.getUnit().getName(), reviewer)
                : List.of(report.getRound().getName(), report.getUnit().getName(), reviewer, comment);
        int queued = 0;
        for (UserAccount account : accounts.grantedOn(Set.of(report.getUnit().getId()))) {
            notices.store(new Notice(account.getId(), topic, arguments, link, clock.now()));
            if (account.getEmail() != null) {
                notices.queue(new OutgoingMail(account.getEmail(),
                        format("reviewed.subject", report.getRound().getName(), TEMPLATES.getString("reviewed." + outcome)),
                        format("reviewed.body", account.getFullName(), report.getRound().getName(),
                                report.getUnit().getName(), TEMPLATES.getString("reviewed." + outcome),
                                comment == null ? "" : comment, baseUrl + link,
                                TEMPLATES.getString("reviewed." + outcome + ".en")),
                        clock.now()));
                queued++;
            }
        }
        announceMail(queued);
    }

    private void announceMail(int queued) {
        if (queued > 0) {
            mailQueued.fire(new MailQueued(queued));
        }
    }

    private static String format(String key, Object... arguments) {
        return new MessageFormat(TEMPLATES.getString(key), Locale.ROOT).format(arguments);
    }
}
