package vn.bdg.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.bdg.it.support.Browser;
import vn.bdg.it.support.BrowserAvailable;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.FormCells;

/**
 * The work programme on screen: a CAMPAIGN_ADMIN creates and publishes one and a school finds it with
 * its notice and its e-mail; the 2020 programme is copied to 2021; a change that would invalidate
 * entered data is refused after publishing; a school's plan is drafted, issued and seen by the Sở; a
 * school's report autosaves, keeps what was typed, shows a violation at its field, meets a second
 * editor's conflict and is submitted by the head; the annual report then shows the 6-month values,
 * recomputes as the editor types, reports the plan's activity, goes out to Excel and comes back changed,
 * and is downloaded as DOCX and PDF. These three follow a school's year, so they run in that order. The
 * domain's mail session delivers to an SMTP server this test runs on the domain's port base + 25.
 */
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(BrowserAvailable.class)
@ExtendWith(ArquillianExtension.class)
class ProgrammeJourneysIT {

    private static final String DEMO_PASSWORD = "Demo@2020";

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
    void close(TestInfo test) {
        browser.screenshot(test.getTestMethod().map(Method::getName).orElse("programme"));
        browser.close();
        smtp.stop();
    }

    @Test
    void anAdministratorPublishesAProgrammeAndASchoolSeesItAndGetsTheMail() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String number = String.valueOf(100 + System.nanoTime() % 899);
        String subject = "V/v triển khai công tác bình đẳng giới năm " + year + " (thử nghiệm " + number + ")";
        browser.login("so.ctrtt", DEMO_PASSWORD);
        browser.click("nav:menuProgrammes");
        browser.click("programmes:newProgramme");
        browser.type("tabs:letterForm:letterNumber", number);
        browser.type("tabs:letterForm:letterSymbol", "SGDĐT-CTrTT");
        browser.type("tabs:letterForm:place", "Hải Phòng");
        browser.type("tabs:letterForm:subject", subject);
        browser.type("tabs:letterForm:authorityTitle", "GIÁM ĐỐC");
        browser.type("tabs:letterForm:signerTitle", "PHÓ GIÁM ĐỐC");
        browser.type("tabs:letterForm:signerName", "Nguyễn Thị Thử");
        browser.type("tabs:letterForm:bases:0:basisNumber", "72/KH-UBND");
        browser.typeDate("tabs:letterForm:bases:0:basisDate", "13/03/" + year);
        browser.type("tabs:letterForm:bases:0:basisIssuer", "Ủy ban nhân dân thành phố");
        browser.type("tabs:letterForm:bases:0:basisTitle", "Kế hoạch thực hiện công tác bình đẳng giới năm " + year);
        browser.clickText("Trường THPT");
        browser.click("tabs:letterForm:saveLetter");
        browser.waitForText("Đã tạo chương trình.");
        assertTrue(browser.driver().getCurrentUrl().contains("programme.xhtml?id="));

        browser.clickText("Chỉ tiêu");
        browser.click("tabs:indicatorsForm:loadDefault");
        browser.waitForText("Đã thêm 60 chỉ tiêu");
        browser.clickText("Đợt báo cáo");
        browser.click("tabs:roundsForm:newRound");
        browser.type("roundDialogForm:roundCode", "6T-" + year);
        browser.type("roundDialogForm:roundName", "Báo cáo sơ kết 6 tháng đầu năm " + year);
        assertEquals("15/12/" + (year - 1), browser.byId("roundDialogForm:dataFrom_input").getAttribute("value"));
        browser.typeDate("roundDialogForm:dueTop", "31/05/" + year);
        browser.click("roundDialogForm:saveRound");
        browser.waitForText("Đã lưu đợt báo cáo.");

        browser.click("head:publish");
        browser.waitUntil(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("Đã ban hành chương trình tới");
        String recipient = "thpt.ngoquyen@haiphong.example";
        MimeMessage mail = awaitMail(recipient, number + "/SGDĐT-CTrTT", System.nanoTime());
        browser.logout();

        browser.login("thpt.ngoquyen", DEMO_PASSWORD);
        String unread = browser.byId("nav:menuNotices").getText().trim();
        assertTrue(Integer.parseInt(unread) >= 1, unread);
        browser.click("nav:menuNotices");
        browser.waitForText("Công văn số " + number + "/SGDĐT-CTrTT: chương trình công tác bình đẳng giới năm " + year);
        browser.driver().findElement(By.xpath("//a[contains(.,'" + number + "/SGDĐT-CTrTT')]")).click();
        browser.waitUntil(d -> d.findElement(By.id("letterSubject")).getText().equals(subject));
        browser.click("nav:menuProgrammes");
        browser.waitForText(subject);
        browser.clickLink(number + "/SGDĐT-CTrTT");
        browser.waitUntil(d -> d.findElement(By.id("letterSubject")).getText().equals(subject));
        assertTrue(browser.byId("tabs:letterView:myDeadlines").getText().contains("31/05/" + year));

        String body = mail.getContent().toString();
        assertTrue(mail.getSubject().contains(subject), mail.getSubject());
        assertTrue(body.contains("Kính gửi Thư ký Ban VSTBPN THPT Ngô Quyền"), body);
        assertTrue(body.contains("hạn gửi hết ngày 31/05/" + year), body);
        assertTrue(body.contains("/programmes/programme.xhtml?id="), body);
    }

    @Test
    void theProgrammeOf2020IsCopiedTo2021AndTheOriginalStaysAsItWas() {
        browser.login("so.ctrtt", DEMO_PASSWORD);
        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.waitForText("571/SGDĐT-CTrTT (2020)");
        browser.click("head:copy");
        browser.waitForText("Đã sao chép sang năm 2021.");
        browser.waitForText("…/SGDĐT-CTrTT (2021)");
        assertEquals("V/v triển khai thực hiện công tác bình đẳng giới năm 2021",
                browser.byId("tabs:letterForm:subject").getAttribute("value"));
        browser.type("tabs:letterForm:letterNumber", "15");
        browser.typeDate("tabs:letterForm:issuedOn", "10/03/2021");
        browser.click("tabs:letterForm:saveLetter");
        browser.waitForText("Đã lưu văn bản hướng dẫn.");
        browser.waitForText("15/SGDĐT-CTrTT (2021)");
        browser.clickText("Đợt báo cáo");
        browser.waitForText("31/05/2021");

        browser.click("nav:menuProgrammes");
        browser.waitForText("15/SGDĐT-CTrTT");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.waitForText("571/SGDĐT-CTrTT (2020)");
        assertEquals("V/v triển khai thực hiện công tác bình đẳng giới năm 2020",
                browser.byId("tabs:letterForm:subject").getAttribute("value"));
        browser.clickText("Đợt báo cáo");
        browser.waitForText("31/05/2020");
    }

    @Test
    void afterPublishingAChangeOfKindIsRefusedWithItsReasonAndBadDatesSaveNothing() {
        browser.login("so.ctrtt", DEMO_PASSWORD);
        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.clickText("Chỉ tiêu");
        browser.type("tabs:indicatorsForm:indicators:codeCol:filter", "BDG-01");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[id='tabs:indicatorsForm:indicators_data'] > tr")).size() == 1);
        browser.click("tabs:indicatorsForm:indicators:0:editIndicator");
        browser.waitUntil(d -> "BDG-01".equals(d.findElement(By.id("indicatorDialogForm:code")).getAttribute("value")));
        browser.choose("indicatorDialogForm:kind", "Phát sinh trong kỳ (F)");
        browser.click("indicatorDialogForm:saveIndicator");
        browser.waitForText("không thể đổi loại của chỉ tiêu BDG-01");
        browser.driver().navigate().refresh();
        browser.clickText("Chỉ tiêu");
        browser.type("tabs:indicatorsForm:indicators:codeCol:filter", "BDG-01");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[id='tabs:indicatorsForm:indicators_data'] > tr")).size() == 1);
        assertTrue(browser.byId("tabs:indicatorsForm:indicators_data").getText().contains("Thời điểm (S)"));

        browser.type("tabs:indicatorsForm:indicators:codeCol:filter", "BDG-0");
        browser.type("tabs:indicatorsForm:indicators:nameCol:filter", "lanh dao chu chot la nu");
        browser.waitUntil(d -> d.findElement(By.id("tabs:indicatorsForm:indicators_data")).getText().contains("BDG-06")
                && d.findElements(By.cssSelector("[id='tabs:indicatorsForm:indicators_data'] > tr")).size() == 1);

        browser.clickText("Đợt báo cáo");
        browser.click("tabs:roundsForm:newRound");
        browser.type("roundDialogForm:roundCode", "SAI-HAN");
        browser.type("roundDialogForm:roundName", "Đợt có hạn sai");
        browser.typeDate("roundDialogForm:dueTop", "01/01/2019");
        browser.typeDate("roundDialogForm:dueIntermediate", "01/01/2019");
        browser.click("roundDialogForm:saveRound");
        browser.waitForText("hạn gửi trước ngày bắt đầu kỳ số liệu");
        assertTrue(!browser.byId("tabs:roundsForm:rounds").getText().contains("SAI-HAN"));
    }

    @Test
    @Order(1)
    void aSchoolsEditorBuildsItsPlanTheHeadIssuesItAndTheSoSeesItIssued() throws IOException {
        browser.login("thpt.ngoquyen", DEMO_PASSWORD);
        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.click("head:plans");
        browser.clickLink("Trường THPT Ngô Quyền");
        browser.click("plan:startDraft");
        browser.waitForText("Đã mở bản dự thảo kế hoạch.");
        String planPage = browser.driver().getCurrentUrl();
        browser.type("plan:documentNumber", "15/KH-THPTNQ");
        browser.typeDate("plan:documentDate", "25/03/2020");
        browser.click("plan:saveDocument");
        browser.waitForText("Đã lưu số và ngày kế hoạch.");

        browser.click("plan:newActivity");
        browser.choose("activityForm:task", "I.1 Đẩy mạnh các hoạt động tuyên truyền, phổ biến, giáo dục chính sách, pháp luật về bình đẳng giới");
        browser.type("activityForm:title", "Nói chuyện chuyên đề Luật Bình đẳng giới");
        browser.type("activityForm:targetGroup", "Học sinh khối 10");
        browser.type("activityForm:responsible", "Bí thư Đoàn trường");
        browser.typeDate("activityForm:plannedFrom", "06/04/2020");
        browser.typeDate("activityForm:plannedTo", "06/04/2020");
        browser.type("activityForm:budget_input", "2000000");
        browser.choose("activityForm:targets:0:targetIndicator", "BDG-19 — Số lượt người tham dự tuyên truyền (lượt người)");
        browser.type("activityForm:targets:0:targetValue_input", "600");
        browser.click("activityForm:saveActivity");
        browser.waitForText("Đã lưu hoạt động.");
        String activities = browser.byId("plan:activities").getText();
        assertTrue(activities.contains("Nói chuyện chuyên đề Luật Bình đẳng giới"), activities);
        assertTrue(activities.contains("BDG-19 — Số lượt người tham dự tuyên truyền (lượt người): 600"), activities);
        assertTrue(activities.contains("2.000.000"), activities);

        Path minutes = Files.createTempFile("bien-ban-", ".pdf");
        Files.writeString(minutes, "%PDF-1.4\n% bien ban buoi noi chuyen\n", StandardCharsets.US_ASCII);
        Path disguised = Files.createTempFile("anh-", ".png");
        Files.writeString(disguised, "<html><body>not an image</body></html>", StandardCharsets.US_ASCII);
        browser.click("plan:activities:0:attach");
        browser.driver().findElement(By.id("evidenceForm:file_input")).sendKeys(disguised.toString());
        browser.waitForText("không phải PDF, DOCX, XLSX, JPG hay PNG");
        browser.driver().findElement(By.id("evidenceForm:file_input")).sendKeys(minutes.toString());
        browser.waitForText("Đã đính kèm minh chứng.");
        browser.waitUntil(d -> d.findElement(By.id("plan:activities")).getText().contains(minutes.getFileName().toString()));
        Files.delete(minutes);
        Files.delete(disguised);
        browser.logout();

        browser.login("hieutruong.ngoquyen", DEMO_PASSWORD);
        browser.driver().get(planPage);
        browser.click("plan:issue");
        browser.waitUntil(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("Đã ban hành kế hoạch.");
        assertTrue(browser.all("[id='plan:newActivity']").isEmpty(), "an issued plan is read-only");
        browser.logout();

        browser.login("so.ctrtt", DEMO_PASSWORD);
        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.click("head:plans");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[id='plans:chart'] canvas")).isEmpty());
        browser.type("plans:standings:unitCol:filter", "ngo quyen");
        browser.waitUntil(d -> d.findElement(By.id("plans:standings_data")).getText().contains("15/KH-THPTNQ"));
        assertTrue(browser.byId("plans:standings_data").getText().contains("Đã ban hành"));
        assertTrue(browser.byId("issuedCount").getText().contains("1 /"), browser.byId("issuedCount").getText());
    }

    @Test
    @Order(2)
    void anEditorFillsTheReportFindsItAgainSeesAViolationAtItsFieldMeetsAConflictAndTheHeadSubmits()
            throws InterruptedException, IOException {
        browser.login("thpt.ngoquyen", DEMO_PASSWORD);
        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[id='tabs:letterView:myDeadlines'] tbody a")).isEmpty());
        browser.driver().findElement(By.cssSelector("[id='tabs:letterView:myDeadlines'] tbody a")).click();
        browser.waitForText("Báo cáo sơ kết 6 tháng đầu năm 2020");
        if (!browser.all("[id='report:open']").isEmpty()) {
            browser.click("report:open");
            browser.waitForText("Đã mở bản nháp báo cáo.");
        }
        String reportPage = browser.driver().getCurrentUrl();
        typeCell(browser, "BDG-02", "3");
        Thread.sleep(18_000);
        browser.driver().navigate().refresh();
        browser.waitUntil(d -> "3".equals(cell(d, "BDG-02").getAttribute("value")));

        typeCell(browser, "BDG-01", "1.029");
        typeCell(browser, "BDG-01.nu", "1.030");
        typeCell(browser, "BDG-01[Nhóm=GV]", "924");
        java.util.function.Supplier<org.openqa.selenium.WebElement> editor =
                () -> browser.driver().findElements(By.cssSelector(".ql-editor")).get(0);
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".ql-editor")).isEmpty());
        editor.get().click();
        editor.get().sendKeys("Tổ chức 3 buổi nói chuyện chuyên đề cho học sinh khối 10.");
        browser.click("report:save");
        browser.waitForText("Đã lưu nháp; còn lỗi");
        browser.waitUntil(d -> d.findElements(By.cssSelector("[data-finding='BDG-01']")).stream()
                .anyMatch(e -> e.getText().contains("BDG-01.nu <= BDG-01")));

        browser.driver().navigate().refresh();
        browser.waitUntil(d -> "1.029".equals(cell(d, "BDG-01").getAttribute("value")));
        assertEquals("1.030", cell(browser.driver(), "BDG-01.nu").getAttribute("value"));
        assertEquals("924", cell(browser.driver(), "BDG-01[Nhóm=GV]").getAttribute("value"));
        browser.waitUntil(d -> d.findElements(By.cssSelector(".ql-editor")).get(0).getText()
                .contains("Tổ chức 3 buổi nói chuyện chuyên đề cho học sinh khối 10."));

        try (Browser second = new Browser(base.toString())) {
            second.login("thpt.ngoquyen", DEMO_PASSWORD);
            second.driver().get(reportPage);
            second.waitUntil(d -> "1.029".equals(cell(d, "BDG-01").getAttribute("value")));
            typeCell(browser, "BDG-01.nu", "823");
            browser.click("report:save");
            browser.waitForText("Đã lưu nháp");
            typeCell(second, "BDG-01", "1.031");
            second.click("report:save");
            second.waitForText("Báo cáo vừa được thpt.ngoquyen lưu lúc");
            assertEquals("1.031", cell(second.driver(), "BDG-01").getAttribute("value"), "what was typed stays on screen");
        }

        Map<String, String> mandatory = new java.util.LinkedHashMap<>();
        mandatory.put("BDG-02", "3");
        mandatory.put("BDG-02.nu", "2");
        mandatory.put("BDG-03", "1");
        mandatory.put("BDG-04", "1");
        mandatory.put("BDG-07", "924");
        mandatory.put("BDG-07.nu", "720");
        mandatory.put("BDG-09", "16");
        mandatory.put("BDG-09.nu", "10");
        mandatory.put("BDG-16", "1.900");
        mandatory.put("BDG-16.nu", "980");
        mandatory.put("BDG-18", "6");
        mandatory.put("BDG-19", "1.200");
        mandatory.put("BDG-19.nu", "640");
        mandatory.put("BDG-49", "0");
        mandatory.put("BDG-50", "0");
        mandatory.forEach((key, value) -> typeCell(browser, key, value));
        for (String yes : new String[] {"BDG-29", "BDG-34", "BDG-45"}) {
            browser.choose(cell(browser.driver(), yes).getAttribute("id"), "Có");
        }
        browser.click("report:save");
        browser.waitForText("Đã lưu nháp.");
        Path minutes = Files.createTempFile("bien-ban-hop-", ".pdf");
        Files.writeString(minutes, "%PDF-1.4\n% bien ban hop Ban VSTBPN\n", StandardCharsets.US_ASCII);
        browser.driver().findElement(By.id("reportEvidence:file_input")).sendKeys(minutes.toString());
        browser.waitUntil(d -> d.findElement(By.id("report:evidence")).getText().contains(minutes.getFileName().toString()));
        Files.delete(minutes);
        browser.logout();

        browser.login("hieutruong.ngoquyen", DEMO_PASSWORD);
        browser.driver().get(reportPage);
        browser.click("report:submit");
        browser.waitUntil(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("Đã gửi báo cáo; báo cáo được ghi nhận quá hạn.");
        assertEquals("Quá hạn", browser.byId("report:late").getText());
        assertTrue(browser.all("[id='report:save']").isEmpty(), "a submitted report is read-only");
    }

    @Test
    @Order(3)
    void theAnnualReportShowsTheHalfYearComputesAsYouTypeReportsProgressAndGoesThroughExcelAndWord()
            throws IOException {
        browser.login("thpt.ngoquyen", DEMO_PASSWORD);
        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("a[href*='round=NAM-2020']")).isEmpty());
        browser.driver().findElement(By.cssSelector("a[href*='round=NAM-2020']")).click();
        browser.waitForText("Báo cáo tổng kết năm 2020");
        browser.click("report:open");
        browser.waitForText("Đã mở bản nháp báo cáo.");
        String annualPage = browser.driver().getCurrentUrl();
        browser.waitUntil(d -> d.findElement(By.cssSelector("[data-half-year='BDG-16']")).getText().contains("1.900"));

        typeCell(browser, "BDG-02", "4");
        typeCell(browser, "BDG-02.nu", "3");
        typeCell(browser, "BDG-03", "1");
        typeCell(browser, "BDG-04", "2");
        browser.waitUntil(d -> "75".equals(d.findElement(By.cssSelector("[data-derived='BDG-05']")).getText()));
        browser.waitUntil(d -> "1".equals(d.findElement(By.cssSelector("[data-male='BDG-02']")).getText()));

        String activity = "tr[data-activity='Nói chuyện chuyên đề Luật Bình đẳng giới'] ";
        browser.waitUntil(d -> !d.findElements(By.cssSelector(activity + "[id$='progressStatus']")).isEmpty());
        browser.choose(browser.driver().findElement(By.cssSelector(activity + "[id$='progressStatus']")).getAttribute("id"),
                "Đã hoàn thành");
        browser.driver().findElement(By.cssSelector(activity + "input[data-actual='BDG-19']")).sendKeys("612");
        browser.click("report:save");
        browser.waitForText("Đã lưu nháp");
        browser.driver().navigate().refresh();
        browser.waitUntil(d -> "612".equals(d.findElement(By.cssSelector(activity + "input[data-actual='BDG-19']"))
                .getAttribute("value")));
        assertEquals("Đã hoàn thành",
                browser.driver().findElement(By.cssSelector(activity + "[id$='progressStatus_label']")).getText());

        byte[] form = Files.readAllBytes(browser.download("report:downloadXlsx"));
        assertEquals("4", FormCells.shown(form, "BDG-02"));
        Map<String, Object> offline = new java.util.HashMap<>();
        offline.put("BDG-07", 930);
        offline.put("BDG-07.nu", "700");
        Path filled = Files.createTempFile("bieu-mau-", ".xlsx");
        Files.write(filled, FormCells.edit(form, offline));
        browser.driver().findElement(By.id("reportWorkbook:file_input")).sendKeys(filled.toString());
        browser.waitForText("Đã nhập số liệu từ tệp Excel");
        browser.waitUntil(d -> "930".equals(cell(d, "BDG-07").getAttribute("value")));
        assertEquals("700", cell(browser.driver(), "BDG-07.nu").getAttribute("value"));

        byte[] again = Files.readAllBytes(browser.download("report:downloadXlsx"));
        Files.write(filled, FormCells.edit(again, Map.of("BDG-09", "12.5")));
        browser.driver().findElement(By.id("reportWorkbook:file_input")).sendKeys(filled.toString());
        browser.waitForText("Chưa nhập ô nào");
        String where = FormCells.where(again, "BDG-09");
        String problems = browser.byId("reportWorkbook:problems").getText();
        assertTrue(problems.contains(where.substring(where.indexOf('!') + 1)) && problems.contains("BDG-09"), problems);
        assertEquals("", cell(browser.driver(), "BDG-09").getAttribute("value"), "nothing was imported");
        Files.delete(filled);

        byte[] docx = Files.readAllBytes(browser.download("report:downloadDocx"));
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                     new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
            assertTrue(text.contains("Kết quả thực hiện công tác bình đẳng giới năm 2020"), text);
            assertTrue(text.contains("Nói chuyện chuyên đề Luật Bình đẳng giới") && text.contains("Đã hoàn thành"), text);
            assertTrue(text.contains("930"), text);
        }
        byte[] pdf = Files.readAllBytes(browser.download("report:downloadPdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        Path kept = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(kept.resolve("annual-report.docx"), docx);
        Files.write(kept.resolve("annual-report.pdf"), pdf);
        String planPage = annualPage.replace("reports/report", "plans/plan").replace("&round=NAM-2020", "");
        browser.driver().get(planPage);
        browser.waitForText("15/KH-THPTNQ");
        browser.logout();

        browser.login("phong.lechan", DEMO_PASSWORD);
        for (String foreign : new String[] {annualPage, annualPage.replace("round=NAM-2020", "round=6T-2020"), planPage}) {
            browser.driver().get(foreign);
            browser.waitForText("Không tìm thấy trang");
            assertTrue(!browser.text().contains("BDG-16") && !browser.text().contains("Ngô Quyền"),
                    "another district's report shows nothing of it: " + foreign);
        }
    }

    private static org.openqa.selenium.WebElement cell(org.openqa.selenium.WebDriver driver, String key) {
        return driver.findElement(By.cssSelector("[data-cell='" + key + "']"));
    }

    private static void typeCell(Browser on, String key, String value) {
        on.waitUntil(d -> cell(d, key).isDisplayed());
        org.openqa.selenium.WebElement input = cell(on.driver(), key);
        input.clear();
        input.sendKeys(value);
    }

    private MimeMessage awaitMail(String recipient, String subjectPart, long publishedAt)
            throws MessagingException, InterruptedException {
        for (int i = 0; i < 120; i++) {
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> hasRecipient(m, recipient) && subject(m).contains(subjectPart))
                    .findFirst();
            if (found.isPresent()) {
                System.out.println("Mail to " + recipient + " arrived " + (System.nanoTime() - publishedAt) / 1_000_000
                        + " ms after publishing was confirmed");
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No mail to " + recipient + " about " + subjectPart + " within 60 s; got "
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
