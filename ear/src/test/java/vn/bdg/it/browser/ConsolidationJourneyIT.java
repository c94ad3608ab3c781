package vn.bdg.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
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
import vn.bdg.it.support.Browser;
import vn.bdg.it.support.BrowserAvailable;
import vn.bdg.it.support.Deployments;

/**
 * The Sở's CAMPAIGN_ADMIN consolidates the 2020 demo programme's 6-month round: from the programme page
 * to the consolidation screen, starts a run, watches its progress bar and steps until it is published,
 * finds it in the history with its executions; a Phòng's reviewer may not open the screen.
 */
@RunAsClient
@ExtendWith(BrowserAvailable.class)
@ExtendWith(ArquillianExtension.class)
class ConsolidationJourneyIT {

    private static final String DEMO_PASSWORD = "Demo@2020";
    private static final String SIX_MONTH = "Báo cáo sơ kết 6 tháng đầu năm 2020";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base.toString());
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot(test.getTestMethod().map(Method::getName).orElse("journey"));
        browser.close();
    }

    @Test
    void theSoConsolidatesTheRoundWatchingItsProgressUntilItIsPublished() {
        browser.login("so.ctrtt", DEMO_PASSWORD);
        browser.openProgramme("571/SGDĐT-CTrTT", 2020);
        browser.click("head:consolidation");
        browser.waitUntil(d -> d.getCurrentUrl().contains("consolidation/runs.xhtml"));
        browser.choose("runs:round", SIX_MONTH);
        int runsBefore = historyRows();

        browser.click("runs:start");
        browser.click("confirmYes");
        browser.waitForText("Đã bắt đầu tổng hợp.");
        List<String> seen = new ArrayList<>();
        browser.waitUntil(d -> {
            String status = d.findElement(By.id("runs:runStatus")).getText();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                seen.add(status);
            }
            return status.startsWith("Đã công bố");
        });
        assertTrue(seen.size() >= 2, "the page followed the run while it computed: " + seen);
        assertEquals("100%", browser.byId("runs:progress").getText().trim());
        browser.waitForText("Tổng hợp xong; kết quả mới đã được công bố.");
        assertEquals(runsBefore + 1, historyRows(), "the run is in the history");
        String latest = browser.all("[id='runs:history_data'] > tr").get(0).getText();
        assertTrue(latest.contains("Đã công bố") && latest.contains("so.ctrtt"), latest);

        browser.driver().findElement(By.cssSelector("[id='runs:history_data'] > tr .ui-row-toggler")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".bdg-run-executions td")).isEmpty());
        String execution = browser.all(".bdg-run-executions tbody tr").get(0).getText();
        assertTrue(execution.contains("COMPLETED") && execution.contains("Cộng theo quận, huyện"), execution);
    }

    @Test
    void aPhongReviewerCannotOpenTheConsolidationScreen() {
        browser.login("phong.lechan", DEMO_PASSWORD);
        browser.openProgramme("571/SGDĐT-CTrTT", 2020);
        browser.waitUntil(d -> d.getCurrentUrl().contains("programme.xhtml"));
        String programme = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.open("consolidation/runs.xhtml?programme=" + programme);
        assertTrue(browser.all("[id='runs:start']").isEmpty(), "no start button for a Phòng");
        assertEquals("Bạn không có quyền xem trang này.", browser.byId("errorText").getText());
    }

    private int historyRows() {
        return (int) browser.all("[id='runs:history_data'] > tr").stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message")).count();
    }
}
