package vn.bdg.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.bdg.it.support.Browser;
import vn.bdg.it.support.BrowserAvailable;
import vn.bdg.it.support.Deployments;

/**
 * Review up the tree on screen, with the 2020 demo programme (which consolidates at the Phòng): a
 * primary school of Lê Chân submits, the Phòng returns it with a comment on one field, the school sees
 * the comment there, fixes and resubmits, the Phòng sees what changed and accepts, closes the round for
 * its other schools, and its own report carries the school's figures; the Phòng's head submits it and
 * the Sở accepts it from its inbox; the Sở's timeliness board then counts the district as it now stands.
 */
@RunAsClient
@ExtendWith(BrowserAvailable.class)
@ExtendWith(ArquillianExtension.class)
class ReviewJourneysIT {

    private static final String DEMO_PASSWORD = "Demo@2020";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(base.toString());
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot(test.getTestMethod().map(Method::getName).orElse("review"));
        browser.close();
    }

    @Test
    void aSchoolIsReturnedFixesItsFieldIsAcceptedAndThePhongReportReachesTheSo() {
        browser.login("th.anbien", DEMO_PASSWORD);
        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("a[href*='round=6T-2020']")).isEmpty());
        browser.driver().findElement(By.cssSelector("a[href*='round=6T-2020']")).click();
        browser.click("report:open");
        browser.waitForText("Đã mở bản nháp báo cáo.");
        String schoolPage = browser.driver().getCurrentUrl();
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("BDG-01", "60");
        figures.put("BDG-01.nu", "50");
        figures.put("BDG-02", "3");
        figures.put("BDG-02.nu", "2");
        figures.put("BDG-03", "1");
        figures.put("BDG-04", "1");
        figures.put("BDG-07", "45");
        figures.put("BDG-07.nu", "40");
        figures.put("BDG-09", "20");
        figures.put("BDG-09.nu", "16");
        figures.put("BDG-16", "900");
        figures.put("BDG-16.nu", "430");
        figures.put("BDG-18", "4");
        figures.put("BDG-19", "700");
        figures.put("BDG-19.nu", "380");
        figures.put("BDG-49", "0");
        figures.put("BDG-50", "0");
        figures.forEach((key, value) -> typeCell(browser, key, value));
        for (String yes : new String[] {"BDG-29", "BDG-34", "BDG-45"}) {
            browser.choose(cell(browser.driver(), yes).getAttribute("id"), "Có");
        }
        browser.click("report:save");
        browser.waitForText("Đã lưu nháp.");
        browser.logout();
        submitAs("hieutruong.anbien", schoolPage);

        browser.login("phong.lechan", DEMO_PASSWORD);
        openInbox();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("a[data-unit='TH-LECHAN-01']")).isEmpty());
        browser.driver().findElement(By.cssSelector("a[data-unit='TH-LECHAN-01']")).click();
        browser.waitUntil(d -> !d.findElements(By.id("review:return")).isEmpty());
        browser.click("review:return");
        browser.waitUntil(d -> d.findElement(By.id("review:returnComment")).isDisplayed());
        browser.type("review:returnComment", "Số giáo viên nữ chưa khớp hồ sơ.");
        browser.click("review:addComment");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[id$='targetComment']")).isEmpty());
        String target = browser.driver().findElement(By.cssSelector("[id$=':target']")).getAttribute("id");
        browser.choose(target, "BDG-07.nu — Số giáo viên");
        browser.driver().findElement(By.cssSelector("[id$='targetComment']")).sendKeys("Hồ sơ có 41 giáo viên nữ.");
        browser.click("review:confirmReturn");
        browser.waitForText("Đã trả lại báo cáo cho đơn vị.");
        browser.logout();

        browser.login("th.anbien", DEMO_PASSWORD);
        browser.driver().get(schoolPage);
        browser.waitForText("Báo cáo bị trả lại: Số giáo viên nữ chưa khớp hồ sơ.");
        assertTrue(browser.driver().findElement(By.cssSelector("[data-comment='BDG-07']")).getText()
                .contains("Hồ sơ có 41 giáo viên nữ."));
        typeCell(browser, "BDG-07.nu", "41");
        browser.click("report:save");
        browser.waitForText("Đã lưu nháp.");
        browser.logout();
        submitAs("hieutruong.anbien", schoolPage);

        browser.login("phong.lechan", DEMO_PASSWORD);
        browser.driver().get(schoolPage);
        browser.waitUntil(d -> d.findElement(By.cssSelector("[data-change='BDG-07.nu']")).getText().contains("40 → 41"));
        browser.click("review:accept");
        confirm();
        browser.waitForText("Đã tiếp nhận báo cáo.");
        assertEquals("Đã tiếp nhận", browser.byId("report:status").getText());

        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        String phongDeadline = "[id='tabs:letterView:myDeadlines'] a[href*='round=6T-2020']";
        browser.waitUntil(d -> !d.findElements(By.cssSelector(phongDeadline)).isEmpty());
        browser.driver().findElement(By.cssSelector(phongDeadline)).click();
        browser.click("report:open");
        browser.waitForText("Đã mở bản nháp báo cáo.");
        String phongPage = browser.driver().getCurrentUrl();
        browser.type("report:closeReason", "Hết hạn tổng hợp của Phòng.");
        browser.click("report:closeSchools");
        confirm();
        browser.waitForText("trường không nộp báo cáo.");
        for (String yes : new String[] {"BDG-29", "BDG-34", "BDG-45"}) {
            browser.choose(cell(browser.driver(), yes).getAttribute("id"), "Có");
        }
        browser.click("report:save");
        browser.waitForText("Đã lưu nháp");
        browser.waitUntil(d -> "60".equals(cell(d, "BDG-01").getAttribute("value")));
        assertEquals("41", cell(browser.driver(), "BDG-07.nu").getAttribute("value"), "the school's accepted figure");
        browser.logout();
        submitAs("truongphong.lechan", phongPage);

        browser.login("so.ctrtt", DEMO_PASSWORD);
        openInbox();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("a[data-unit='PGD-LECHAN']")).isEmpty());
        assertTrue(browser.all("a[data-unit='TH-LECHAN-01']").isEmpty(), "the Sở takes the Phòng, not its schools");
        browser.driver().findElement(By.cssSelector("a[data-unit='PGD-LECHAN']")).click();
        browser.waitUntil(d -> !d.findElements(By.id("review:accept")).isEmpty());
        browser.click("review:accept");
        confirm();
        browser.waitForText("Đã tiếp nhận báo cáo.");

        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.click("head:board");
        browser.choose("board:round", "Báo cáo sơ kết 6 tháng đầu năm 2020");
        browser.waitForText("Hạn gửi Sở: 31/05/2020");
        List<WebElement> leChan = browser.driver().findElements(By.xpath(
                "//*[@id='board:districts']//tr[td[1][normalize-space(.)='Phòng GD&ĐT Lê Chân']]/td"));
        assertEquals("39", leChan.get(1).getText(), "the district's expected schools");
        assertEquals("1", leChan.get(6).getText(), "An Biên accepted");
        assertEquals("38", leChan.get(7).getText(), "the others marked missing when the Phòng closed the round");
        assertEquals("1", leChan.get(9).getText(), "An Biên late");
    }

    private void openInbox() {
        browser.click("nav:menuProgrammes");
        browser.clickLink("571/SGDĐT-CTrTT");
        browser.click("head:inbox");
        browser.waitUntil(d -> !d.findElements(By.id("inbox:reports")).isEmpty());
    }

    private void submitAs(String head, String page) {
        browser.login(head, DEMO_PASSWORD);
        browser.driver().get(page);
        browser.click("report:submit");
        confirm();
        browser.waitForText("Đã gửi báo cáo");
        browser.logout();
    }

    private void confirm() {
        browser.waitUntil(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
    }

    private static WebElement cell(WebDriver driver, String key) {
        return driver.findElement(By.cssSelector("[data-cell='" + key + "']"));
    }

    private static void typeCell(Browser on, String key, String value) {
        on.waitUntil(d -> cell(d, key).isDisplayed());
        WebElement input = cell(on.driver(), key);
        input.clear();
        input.sendKeys(value);
    }
}
