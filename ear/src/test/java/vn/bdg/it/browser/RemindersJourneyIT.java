package vn.bdg.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import vn.bdg.it.support.Browser;
import vn.bdg.it.support.BrowserAvailable;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.TestDomain;

/**
 * A unit's overdue reminder arrives exactly once, also after the server restarts. Ngô Quyền's Action
 * Month report of 2020 is made a week overdue today by an extension (the demo's own due dates are
 * weekly overdue only on one weekday each), an administrator presses <em>Gửi nhắc hạn ngay</em> and the
 * mail arrives in the SMTP server this test runs on the domain's port base + 25. Then the test domain
 * is restarted with asadmin; the catch-up run after the start and the mail dispatcher's next minute
 * pass, the button is pressed again, and there is still exactly one such mail.
 *
 * <p>The restart happens inside the H2 run, between test classes: the domain comes back with the same
 * database (test-domains.sh clears it only when it creates the domain) and this class waits until the
 * application answers again, so the classes after it find the server as before.
 */
@RunAsClient
@ExtendWith(BrowserAvailable.class)
@ExtendWith(ArquillianExtension.class)
class RemindersJourneyIT {

    private static final String DEMO_PASSWORD = "Demo@2020";
    private static final String SCHOOL = "Trường THPT Ngô Quyền";
    private static final String RECIPIENT = "thpt.ngoquyen@haiphong.example";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The application's run after its start comes this long after it (ReminderTimer.CATCH_UP_SECONDS). */
    private static final Duration CATCH_UP = Duration.ofSeconds(30);
    private static final Duration DISPATCHER_MINUTE = Duration.ofSeconds(65);
    private static final Pattern CATCH_UP_LOGGED = Pattern.compile(
            "\\[timeMillis: (\\d+)\\][^\\n]*\\n\\s*Reminders of \\S+ \\(the run after start\\): (\\d+) reminders");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser browser;
    private GreenMail smtp;

    @BeforeEach
    void open() {
        smtp = new GreenMail(new ServerSetup(base.getPort() - 80 + 25, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        browser = new Browser(base.toString());
    }

    @AfterEach
    void close() {
        browser.screenshot("remindersAfterRestart");
        browser.close();
        smtp.stop();
    }

    @Test
    void theOverdueReminderArrivesOnceAndNotAgainAfterARestart() throws Exception {
        LocalDate today = LocalDate.now(VIETNAM);
        Round round = roundNotOverdueByItsOwnDateToday(today);
        String subject = "[BĐG] Quá hạn báo cáo \"" + round.name() + "\" — " + SCHOOL;

        browser.login("so.ctrtt", DEMO_PASSWORD);
        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.waitForText("571/SGDĐT-CTrTT (2020)");
        browser.clickText("Đợt báo cáo");
        browser.click("tabs:roundsForm:rounds:" + round.row() + ":extend");
        browser.complete("extensionDialogForm:extensionUnit", "thpt ngo quyen", SCHOOL);
        browser.typeDate("extensionDialogForm:extensionUntil", DAY.format(today.minusDays(7)));
        browser.type("extensionDialogForm:extensionReason", "Thử nghiệm: quá hạn đúng một tuần hôm nay");
        browser.click("extensionDialogForm:saveExtension");
        browser.waitForText("Đã gia hạn; đơn vị đã được thông báo.");
        browser.logout();

        browser.login("admin", DEMO_PASSWORD);
        new Actions(browser.driver()).moveToElement(browser.byId("nav:menuAdmin")).perform();
        browser.click("nav:menuReminders");
        browser.waitForText("Gửi nhắc hạn ngay");
        browser.click("reminders:sendNow");
        browser.waitForText("lời nhắc hạn và");
        awaitMail(subject);
        Thread.sleep(5_000);
        assertEquals(1, received(subject), "the reminder arrives once");
        browser.waitUntil(d -> d.findElement(By.id("reminders:sent")).getText()
                .contains(round.name()));
        String listed = browser.byId("reminders:sent").getText();
        assertTrue(listed.contains(SCHOOL) && listed.contains("Quá hạn") && listed.contains(DAY.format(today)), listed);

        long restartedAt = System.currentTimeMillis();
        TestDomain.restart(base);
        int catchUpReminders = awaitCatchUpRunSince(restartedAt);
        assertEquals(0, catchUpReminders, "the run after the start finds today's reminders sent");
        Thread.sleep(DISPATCHER_MINUTE.toMillis());

        browser.login("admin", DEMO_PASSWORD);
        browser.open("admin/reminders.xhtml");
        browser.click("reminders:sendNow");
        browser.waitForText("Đã gửi 0 lời nhắc hạn");
        Thread.sleep(10_000);
        assertEquals(1, received(subject), "still exactly one reminder after the restart, the catch-up run,"
                + " the mail dispatcher's minute and a second press of the button");
    }

    /** A 2020 demo round with its row on the programme page, and its name. */
    private record Round(int row, String name) {
    }

    /**
     * The annual round or the Action Month addendum, whichever is not weekly overdue today by its own
     * due date: that one's reminder of today may already have been sent by a run before this test,
     * perhaps to an SMTP server that is gone. The 6-month report is submitted by another journey.
     */
    private static Round roundNotOverdueByItsOwnDateToday(LocalDate today) {
        long sinceActionMonthDue = ChronoUnit.DAYS.between(LocalDate.of(2020, 12, 22), today);
        return sinceActionMonthDue % 7 != 0
                ? new Round(2, "Báo cáo bổ sung Tháng hành động vì bình đẳng giới năm 2020")
                : new Round(1, "Báo cáo tổng kết năm 2020");
    }

    /**
     * Waits for the reminder timer's run after the start, which the server logs with how many reminders
     * it sent; returns that number.
     */
    private int awaitCatchUpRunSince(long restartedAt) throws IOException, InterruptedException {
        Path log = Path.of(System.getProperty("bdg.it.serverDir", "target/it-server"), "payara6", "glassfish",
                "domains", "bdg-it-" + System.getProperty("bdg.it.database", "h2"), "logs", "server.log");
        long deadline = System.nanoTime() + CATCH_UP.plusMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher logged = CATCH_UP_LOGGED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            while (logged.find()) {
                if (Long.parseLong(logged.group(1)) > restartedAt) {
                    return Integer.parseInt(logged.group(2));
                }
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("no run of the reminders after the start was logged in " + log);
    }

    private long received(String subject) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> hasRecipient(m, RECIPIENT) && subject.equals(subject(m)))
                .count();
    }

    private void awaitMail(String subject) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            if (received(subject) > 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No mail \"" + subject + "\" to " + RECIPIENT + " within 60 s; got "
                + smtp.getReceivedMessages().length + " other messages");
    }

    private static boolean hasRecipient(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
