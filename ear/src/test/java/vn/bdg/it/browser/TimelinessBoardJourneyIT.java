package vn.bdg.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.WebElement;
import vn.bdg.it.support.Browser;
import vn.bdg.it.support.BrowserAvailable;
import vn.bdg.it.support.Deployments;

/**
 * The Sở's officer follows the 2020 demo programme's 6-month round on its timeliness board: the counts,
 * the chart, one district's units, and the list of those that have not sent as XLSX. It only reads, so
 * what other journeys submit in the shared demo database changes no assertion: the counts are checked
 * against each other and against the demo's 801 expected units.
 */
@RunAsClient
@ExtendWith(BrowserAvailable.class)
@ExtendWith(ArquillianExtension.class)
class TimelinessBoardJourneyIT {

    private static final String DEMO_PASSWORD = "Demo@2020";
    private static final String LE_CHAN = "Phòng GD&ĐT Lê Chân";
    /** The 2020 demo programme's link on the programme list. */
    private static final String DEMO_LINK =
            "//tr[td[normalize-space(.)='2020']]//a[starts-with(normalize-space(.), '571/SGDĐT-CTrTT')]";

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
    void theSoOpensTheBoardFiltersADistrictAndDownloadsTheUnitsNotSent() throws IOException {
        browser.login("so.ctrtt", DEMO_PASSWORD);
        browser.click("nav:menuProgrammes");
        browser.waitUntil(d -> !d.findElements(By.xpath(DEMO_LINK)).isEmpty());
        browser.driver().findElement(By.xpath(DEMO_LINK)).click();
        browser.click("head:board");
        browser.waitUntil(d -> d.getCurrentUrl().contains("reviews/board.xhtml"));
        browser.choose("board:round", "Báo cáo sơ kết 6 tháng đầu năm 2020");
        browser.waitForText("Hạn gửi Sở: 31/05/2020");

        assertEquals(801, count("[data-count='expected']"));
        long byState = 0;
        for (String state : List.of("NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "MISSING")) {
            byState += count("[data-state='" + state + "']");
        }
        assertEquals(801, byState, "every unit in one state");
        long byTimeliness = 0;
        for (String timeliness : List.of("ON_TIME", "LATE", "MISSING", "PENDING")) {
            byTimeliness += count("[data-timeliness='" + timeliness + "']");
        }
        assertEquals(801, byTimeliness, "every unit judged once");
        assertEquals(0, count("[data-timeliness='PENDING']"), "the round was due on 31/05/2020");
        assertFalse(browser.all("[id='board:chart'] canvas").isEmpty(), "the chart is drawn");

        List<WebElement> cells = districtRow(LE_CHAN);
        long leChanUnits = number(cells.get(1).getText());
        long leChanSent = number(cells.get(4).getText()) + number(cells.get(6).getText());
        assertEquals(39, leChanUnits, "17 preschools, 12 primary and 10 lower-secondary schools");

        browser.choose("board:units:districtFilter", LE_CHAN);
        browser.waitUntil(d -> d.findElement(By.cssSelector("[id='board:units'] .ui-paginator-current")).getText()
                .endsWith("/ " + leChanUnits + " đơn vị"));
        List<WebElement> rows = browser.all("[id='board:units'] tbody tr");
        assertEquals(25, rows.size(), "one page of 25");
        for (WebElement row : rows) {
            assertEquals(LE_CHAN, row.findElements(By.tagName("td")).get(2).getText());
        }
        String report = rows.get(0).findElement(By.tagName("a")).getAttribute("href");
        assertTrue(report.contains("reports/report.xhtml") && report.contains("round=6T-2020"), report);

        Path missing = browser.download("board:downloadMissing");
        try (InputStream in = Files.newInputStream(missing); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Hạn gửi", sheet.getRow(2).getCell(3).getStringCellValue());
            Map<String, Row> byUnit = new HashMap<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertEquals(LE_CHAN, row.getCell(2).getStringCellValue(), "only the district filtered on");
                byUnit.put(row.getCell(0).getStringCellValue(), row);
            }
            assertEquals(leChanUnits - leChanSent, byUnit.size(), "the district's units that have not sent");
            // Other journeys move some of Lê Chân's schools along (An Biên is reviewed in ReviewJourneysIT),
            // so any unsent row serves: each has its due date as a real date cell.
            Row unsent = byUnit.values().iterator().next();
            Cell due = unsent.getCell(3);
            assertEquals(CellType.NUMERIC, due.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(due));
            assertEquals(LocalDate.of(2020, 5, 31), due.getLocalDateTimeCellValue().toLocalDate());
            assertFalse(unsent.getCell(4).getStringCellValue().isBlank());
        }

        long direct = number(districtRow("Trực thuộc Sở").get(1).getText());
        browser.choose("board:level", "Trường báo cáo Phòng GD&ĐT");
        browser.waitUntil(d -> count("[data-count='expected']") == 801 - direct);
        assertTrue(browser.all("[id='board:districts'] tbody tr").stream()
                .noneMatch(row -> row.getText().startsWith("Trực thuộc Sở")), "only schools under a Phòng");
    }

    /** The cells of a district's row in the table of counts per district. */
    private List<WebElement> districtRow(String district) {
        return browser.driver().findElement(By.xpath(
                "//*[@id='board:districts']//tr[td[1][normalize-space(.)='" + district + "']]"))
                .findElements(By.tagName("td"));
    }

    /** The count shown on the card the selector finds. */
    private long count(String card) {
        return number(browser.driver().findElement(By.cssSelector(card + " .bdg-count-value")).getText());
    }

    /** A count as the page writes it, "1.234". */
    private static long number(String shown) {
        return Long.parseLong(shown.replace(".", "").trim());
    }
}
