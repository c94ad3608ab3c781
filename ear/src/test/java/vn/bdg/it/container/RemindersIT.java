package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.NoticeService;
import vn.bdg.application.OrgService;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.programme.RoundForm;
import vn.bdg.application.reminder.ReminderService;
import vn.bdg.application.report.ReportService;
import vn.bdg.domain.model.notice.Notice;
import vn.bdg.domain.model.notice.NoticeRepository;
import vn.bdg.domain.model.notice.NoticeTopic;
import vn.bdg.domain.model.notice.OutgoingMail;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;
import vn.bdg.it.support.SeededRound;

/**
 * Reminders and the reviewers' digest through the real services and the mail queue, on H2 and
 * PostgreSQL. Each test publishes its own programme whose round has a name no other data has, and
 * looks only at the mails and notices about that round: remind() and digest() cover every programme
 * in the database, and the application's own runs (after its start) may send others meanwhile.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    private static final String EDITOR = "thpt.ngoquyen@haiphong.example";
    private static final String HEAD = "hieutruong.ngoquyen@haiphong.example";
    private static final String SO_REVIEWER = "so.ctrtt@haiphong.example";
    private static final String PHONG_REVIEWER = "phong.lechan@haiphong.example";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** How many submissions a digest lists one by one (the application's ReminderNotices.DIGEST_LISTED). */
    private static final int DIGEST_LISTED = 30;
    private static final Pattern DIGEST_COUNT = Pattern.compile("\\[BĐG\\] (\\d+) báo cáo mới chờ tiếp nhận");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(RemindersIT.class);
    }

    @Inject
    ReminderService reminders;

    @Inject
    ProgrammeService programmes;

    @Inject
    ReportService reports;

    @Inject
    OrgService org;

    @Inject
    NoticeService noticeService;

    @Inject
    NoticeRepository notices;

    @Inject
    AuthenticationService authentication;

    @Resource
    ManagedExecutorService executor;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    /** A programme for THPT schools with one round due on {@code due}, named uniquely; returns the round's name. */
    private Round publishedRound(LocalDate due) {
        Actor admin = actor("so.ctrtt");
        String token = String.valueOf(System.nanoTime() % 1_000_000);
        long programmeId = TestProgrammes.draft(programmes, admin, due.getYear());
        programmes.loadDefaultCatalogue(admin, programmeId);
        RoundForm round = RoundForm.defaults(RoundKind.SIX_MONTH, due.getYear());
        round.setCode("NH-" + token);
        round.setName("Báo cáo sơ kết 6 tháng (nhắc hạn " + token + ")");
        round.setDueTop(due);
        programmes.addRound(admin, programmeId, round);
        programmes.publish(admin, programmeId);
        return new Round(programmeId, round.getCode(), round.getName(), due);
    }

    private record Round(long programmeId, String code, String name, LocalDate due) {
    }

    private List<OutgoingMail> mailsAbout(String recipient, String text) {
        return notices.mailsTo(recipient).stream().filter(m -> m.getSubject().contains(text)).toList();
    }

    private List<Notice> noticesAbout(String username, String roundName) {
        return noticeService.latest(actor(username)).stream()
                .filter(n -> !n.getArguments().isEmpty() && n.getArguments().get(0).equals(roundName))
                .toList();
    }

    /** Ngô Quyền's editor fills in the round's report completely and its head submits it. */
    private long submitNgoQuyen(Round round) {
        Actor editor = actor("thpt.ngoquyen");
        long unitId = org.unitByCode(editor, "THPT-NGOQUYEN").getId();
        long reportId = reports.open(editor, round.programmeId(), round.code(), unitId);
        int opened = reports.find(editor, round.programmeId(), round.code(), unitId).orElseThrow().getVersion();
        reports.record(editor, reportId, opened, TestProgrammes.completeSchoolReport());
        reports.submit(actor("hieutruong.ngoquyen"), reportId);
        return unitId;
    }


    @Test
    void aUnitIsRemindedOnTheConfiguredDaysTheDueDateAndWeeklyAfterEachMailQueuedOnce() {
        Round round = publishedRound(LocalDate.of(TestProgrammes.someYear(), 5, 31));
        LocalDate due = round.due();

        for (int run = 0; run < 2; run++) {
            reminders.remind(due.minusDays(7));
        }
        List<OutgoingMail> toEditor = mailsAbout(EDITOR, round.name());
        assertEquals(1, toEditor.size(), "seven days before, once however often the day runs");
        assertTrue(toEditor.get(0).getSubject().contains("còn 7 ngày"), toEditor.get(0).getSubject());
        assertTrue(toEditor.get(0).getBody().contains("cần được gửi đến hết ngày " + DAY.format(due)),
                toEditor.get(0).getBody());
        assertTrue(toEditor.get(0).getBody().contains("/reports/report.xhtml?programme=" + round.programmeId()
                + "&round=" + round.code() + "&unit="), toEditor.get(0).getBody());
        assertEquals(1, mailsAbout(HEAD, round.name()).size(), "the head is reminded too");
        List<Notice> near = noticesAbout("thpt.ngoquyen", round.name());
        assertEquals(1, near.size());
        assertEquals(NoticeTopic.DEADLINE_NEAR, near.get(0).getTopic());
        assertEquals(List.of(round.name(), "Trường THPT Ngô Quyền", DAY.format(due), "7"), near.get(0).getArguments());

        reminders.remind(due.minusDays(6));
        reminders.remind(due.minusDays(5));
        assertEquals(1, mailsAbout(EDITOR, round.name()).size(), "no reminder six or five days before");

        reminders.remind(due);
        reminders.remind(due);
        toEditor = mailsAbout(EDITOR, round.name());
        assertEquals(2, toEditor.size());
        assertTrue(toEditor.get(1).getSubject().startsWith("[BĐG] Hôm nay là hạn gửi báo cáo"), toEditor.get(1).getSubject());
        assertEquals(NoticeTopic.DEADLINE_TODAY, noticesAbout("thpt.ngoquyen", round.name()).get(0).getTopic());

        reminders.remind(due.plusDays(7));
        reminders.remind(due.plusDays(7));
        reminders.remind(due.plusDays(8));
        toEditor = mailsAbout(EDITOR, round.name());
        assertEquals(3, toEditor.size(), "a week overdue once, and nothing on the eighth day");
        assertTrue(toEditor.get(2).getSubject().startsWith("[BĐG] Quá hạn báo cáo"), toEditor.get(2).getSubject());
        assertTrue(toEditor.get(2).getBody().contains("đã quá hạn 7 ngày"), toEditor.get(2).getBody());
        Notice overdue = noticesAbout("thpt.ngoquyen", round.name()).get(0);
        assertEquals(NoticeTopic.OVERDUE, overdue.getTopic());
        assertEquals("7", overdue.getArguments().get(3));
        assertEquals(3, mailsAbout(HEAD, round.name()).size());
        assertEquals(3, noticesAbout("hieutruong.ngoquyen", round.name()).size());
    }

    @Test
    void twoRunsOfTheSameDayAtTheSameMomentQueueEachMailOnce() throws Exception {
        Round round = publishedRound(LocalDate.of(TestProgrammes.someYear(), 5, 31));
        LocalDate twoWeeksLate = round.due().plusDays(14);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                return reminders.remind(twoWeeksLate);
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Integer> run : runs) {
            try {
                run.get(2, TimeUnit.MINUTES);
                succeeded++;
            } catch (ExecutionException lostTheRace) {
                assertEquals("23505", sqlState(lostTheRace), "only a duplicate key may stop a run");
            } catch (TimeoutException e) {
                throw new AssertionError("a run did not finish", e);
            }
        }
        assertTrue(succeeded >= 1, "at least one run completes");
        assertEquals(1, mailsAbout(EDITOR, round.name()).size());
        assertEquals(1, mailsAbout(HEAD, round.name()).size());
        assertEquals(1, noticesAbout("thpt.ngoquyen", round.name()).size());
    }

    /** The SQLSTATE under a failure: 23505 is a duplicate key on H2 and PostgreSQL alike. */
    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        throw new AssertionError("not a database failure", failure);
    }

    @Test
    void theDemoProgrammesEightHundredUnitsAreCheckedInOneRunAndASecondRunSendsNothing() {
        LocalDate annualRoundWeeklyOverdue = LocalDate.of(2020, 11, 30).plusWeeks(950);
        long started = System.nanoTime();
        int first = reminders.remind(annualRoundWeeklyOverdue);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        int second = reminders.remind(annualRoundWeeklyOverdue);
        long secondMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("remind(" + annualRoundWeeklyOverdue + ") over every published programme: " + first
                + " reminders in " + firstMillis + " ms; again: " + second + " in " + secondMillis + " ms");
        assertEquals(0, second);
    }

    @Test
    void aUnitThatSubmittedIsNotRemindedAgain() {
        Round round = publishedRound(LocalDate.of(TestProgrammes.someYear(), 5, 31));
        reminders.remind(round.due().minusDays(3));
        assertEquals(1, mailsAbout(EDITOR, round.name()).size());

        submitNgoQuyen(round);
        reminders.remind(round.due().minusDays(1));
        reminders.remind(round.due());
        reminders.remind(round.due().plusDays(7));
        assertEquals(1, mailsAbout(EDITOR, round.name()).size(), "nothing after the report was sent up");
        assertEquals(1, mailsAbout(HEAD, round.name()).size());
    }

    @Test
    void aReviewerGetsOneDigestADayListingTheNewSubmissionsOfTheirLevel() {
        Round round = publishedRound(LocalDate.of(TestProgrammes.someYear(), 5, 31));
        long unitId = submitNgoQuyen(round);
        String link = "/reports/report.xhtml?programme=" + round.programmeId() + "&round=" + round.code()
                + "&unit=" + unitId;
        LocalDate day = round.due().plusDays(1);

        reminders.digest(day);
        reminders.digest(day);
        List<OutgoingMail> digests = notices.mailsTo(SO_REVIEWER).stream()
                .filter(m -> m.getSubject().contains("báo cáo mới chờ tiếp nhận") && m.getBody().contains(link))
                .toList();
        assertEquals(1, digests.size(), "the Sở reviews a THPT school's report, and hears of it once");
        OutgoingMail digest = digests.get(0);
        Matcher count = DIGEST_COUNT.matcher(digest.getSubject());
        assertTrue(count.find(), digest.getSubject());
        int listed = digest.getBody().split("/reports/report.xhtml\\?", -1).length - 1;
        assertEquals(Integer.parseInt(count.group(1)), listed, "the count is the number of reports listed: " + digest.getBody());
        assertTrue(digest.getBody().contains(round.name() + " — Trường THPT Ngô Quyền"), digest.getBody());
        assertTrue(digest.getBody().startsWith("Kính gửi "), digest.getBody());
        assertEquals(1, noticeService.latest(actor("so.ctrtt")).stream()
                .filter(n -> n.getTopic() == NoticeTopic.SUBMISSIONS_DIGEST && n.getArguments().get(1).contains(round.name()))
                .count(), "and one notice in the application");
        assertTrue(notices.mailsTo(PHONG_REVIEWER).stream().noneMatch(m -> m.getBody().contains(link)),
                "a Phòng does not review a school directly under the Sở");

        int sent = notices.mailsTo(SO_REVIEWER).size();
        reminders.digest(day);
        assertEquals(sent, notices.mailsTo(SO_REVIEWER).size(), "one digest a day");
        reminders.digest(day.plusDays(1));
        assertTrue(notices.mailsTo(SO_REVIEWER).stream().filter(m -> m.getBody().contains(link)).count() == 1,
                "the next day's digest does not list it again");
    }

    /**
     * A day after a deadline brings hundreds of submissions; the digest lists 30 and counts the rest with
     * the inbox's address, so that its body fits the mail queue's 8,000 characters (a longer body once made
     * the whole day's digest transaction fail). The round's reports are seeded and stamped as sent now.
     */
    @Test
    void aDigestOfManySubmissionsListsThirtyAndCountsTheRest() throws SQLException, NamingException {
        Round round = publishedRound(LocalDate.of(TestProgrammes.someYear(), 5, 31));
        Actor admin = actor("so.ctrtt");
        Programme programme = programmes.programme(admin, round.programmeId());
        long roundId = programme.round(round.code()).getId();
        List<SeededRound.Unit> units = programme.getExpectedUnits().stream().sorted()
                .map(id -> new SeededRound.Unit(id, UnitType.THPT, 0)).toList();
        SeededRound.seed(round.programmeId(), roundId, round.due(), units);
        int stamped;
        try (Connection connection = SeededRound.dataSource().getConnection();
             PreparedStatement sent = connection.prepareStatement(
                     "UPDATE unit_report SET status = 'SUBMITTED', submitted_at = ? WHERE round_id = ?")) {
            sent.setTimestamp(1, Timestamp.from(Instant.now()));
            sent.setLong(2, roundId);
            stamped = sent.executeUpdate();
        }
        assertTrue(stamped > DIGEST_LISTED, "more submissions than a digest lists: " + stamped);

        reminders.digest(round.due().plusDays(1));

        OutgoingMail digest = notices.mailsTo(SO_REVIEWER).stream()
                .filter(m -> m.getSubject().contains("báo cáo mới chờ tiếp nhận"))
                .max(java.util.Comparator.comparing(OutgoingMail::getId)).orElseThrow();
        Matcher count = DIGEST_COUNT.matcher(digest.getSubject());
        assertTrue(count.find(), digest.getSubject());
        int submissions = Integer.parseInt(count.group(1));
        assertTrue(submissions >= stamped, "today's digest counts the round's " + stamped + " reports: " + submissions);
        assertEquals(DIGEST_LISTED, digest.getBody().split("/reports/report.xhtml\\?", -1).length - 1,
                digest.getBody());
        assertTrue(digest.getBody().contains("- … và " + (submissions - DIGEST_LISTED)
                + " báo cáo khác / and " + (submissions - DIGEST_LISTED) + " more: "), digest.getBody());
        assertTrue(digest.getBody().contains("/reviews/inbox.xhtml?programme="), digest.getBody());
        assertTrue(digest.getBody().length() <= 8_000, "the body fits its column: " + digest.getBody().length());
    }
}
