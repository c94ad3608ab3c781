package vn.bdg.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.bdg.it.support.Browser;
import vn.bdg.it.support.BrowserAvailable;
import vn.bdg.it.support.Deployments;

/**
 * The Sở's CAMPAIGN_ADMIN consolidates the 2020 demo programme's 6-month round: from the programme page
 * to the consolidation screen, starts a run, watches its progress bar and steps until it is published,
 * finds it in the history with its executions, opens the dashboard (its charts drawn), downloads the
 * consolidated tables as XLSX and the Sở's report as DOCX and finds the page's staff total in both (read
 * with POI), then drills down to a district and into one of its unit reports. A Phòng's reviewer may not
 * open the consolidation screen.
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
        // The server consolidates the demo's past rounds by itself a minute after it starts: wait for that.
        new WebDriverWait(browser.driver(), Duration.ofMinutes(3)).until(d -> {
            try {
                return d.findElement(By.id("runs:start")).isEnabled() && d.findElements(By.id("runs:poll")).isEmpty()
                        && d.findElements(By.cssSelector(".bdg-run-RUNNING")).isEmpty();
            } catch (StaleElementReferenceException | NoSuchElementException rendering) {
                return false;
            }
        });
        int runsBefore = historyRows();

        browser.click("runs:start");
        browser.click("confirmYes");
        browser.waitForText("Đã bắt đầu tổng hợp.");
        List<String> seen = new ArrayList<>();
        browser.waitUntil(d -> {
            String status;
            try {
                status = d.findElement(By.id("runs:runStatus")).getText();
            } catch (StaleElementReferenceException | NoSuchElementException rendering) {
                return false; // the poll re-rendered the panel between finding and reading it
            }
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

        browser.click("runs:dashboard");
        browser.waitUntil(d -> d.getCurrentUrl().contains("consolidation/dashboard.xhtml"));
        for (String chart : List.of("timelinessChart", "districtChart", "typeChart", "unitShareChart", "gapChart")) {
            browser.waitUntil(d -> !d.findElements(By.cssSelector("[id='dashboard:" + chart + "'] canvas")).isEmpty());
        }
        String staff = indicatorTotal("BDG-01");
        assertTrue(staff.matches("\\d{1,3}(\\.\\d{3})+"), "the staff of a whole Sở, written the Vietnamese way: " + staff);
        BigDecimal staffTotal = new BigDecimal(staff.replace(".", ""));

        Path xlsx = browser.download("dashboard:exportXlsx");
        assertEquals(staffTotal, numberBeside(xlsx, "BDG-01"), "the XLSX has the page's figure as a number");
        Path docx = browser.download("dashboard:reportDocx");
        String report = documentText(docx);
        assertTrue(report.contains("BÁO CÁO") && report.contains("Số:"), "a Decree 30 report");
        assertTrue(report.contains(staff), "the Sở's report carries the consolidated staff " + staff);

        browser.driver().findElement(By.cssSelector("[id='dashboard:districts_data'] a[id$=':drill']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("district="));
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[id='dashboard:units_data'] a[id$=':report']")).isEmpty());
        browser.driver().findElement(By.cssSelector("[id='dashboard:units_data'] a[id$=':report']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("reports/report.xhtml"));
    }

    /** The Tổng column of an indicator's overall row in the dashboard's indicator table. */
    private String indicatorTotal(String code) {
        for (WebElement row : browser.all("[id='dashboard:indicators_data'] > tr")) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.size() > 3 && cells.get(0).getText().trim().equals(code)) {
                return cells.get(3).getText().trim();
            }
        }
        throw new AssertionError(code + " is not in the indicator table");
    }

    /** The first numeric cell to the right of the cell holding {@code code}, in any sheet. */
    private static BigDecimal numberBeside(Path xlsx, String code) {
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    boolean found = false;
                    for (Cell cell : row) {
                        if (found && cell.getCellType() == CellType.NUMERIC) {
                            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                        }
                        found |= cell.getCellType() == CellType.STRING && code.equals(cell.getStringCellValue().trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(code + " has no number in " + xlsx);
    }

    private static String documentText(Path docx) {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            return text.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The rows of the history table, read again if an update replaces the table while it is read. */
    private int historyRows() {
        int[] rows = {0};
        browser.waitUntil(d -> {
            rows[0] = (int) d.findElements(By.cssSelector("[id='runs:history_data'] > tr")).stream()
                    .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message")).count();
            return true;
        });
        return rows[0];
    }
}
