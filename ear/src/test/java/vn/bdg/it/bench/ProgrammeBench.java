package vn.bdg.it.bench;

import java.io.IOException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.bdg.it.support.Browser;
import vn.bdg.it.support.BrowserAvailable;
import vn.bdg.it.support.Deployments;

/**
 * How long the CAMPAIGN_ADMIN waits on the 2020 demo programme (60 indicators, 36 rules, published
 * to about 800 units), in headless Chromium against the deployed EAR: opening the programme, showing the
 * catalogue, and a diacritic-free filter of the indicator names. Prints and writes
 * target/bench/programme.md; asserts nothing. Run with {@code mvn -B verify -Pbench}.
 */
@RunAsClient
@ExtendWith(BrowserAvailable.class)
@ExtendWith(ArquillianExtension.class)
class ProgrammeBench {

    private static final By ROWS = By.cssSelector("[id='tabs:indicatorsForm:indicators_data'] > tr");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void measure() throws IOException {
        Timings timings = new Timings();
        try (Browser browser = new Browser(base.toString())) {
            browser.login("so.ctrtt", "Demo@2020");
            browser.open("programmes/index.xhtml");
            String href = browser.driver().findElement(By.linkText("571/SGDĐT-CTrTT")).getAttribute("href");
            timings.measure("open the 2020 programme until its letter form shows", () -> {
                browser.driver().get(href);
                browser.waitUntil(d -> "571".equals(d.findElement(By.id("tabs:letterForm:letterNumber")).getAttribute("value")));
            });
            navigationTimings(browser, href).forEach(timings::note);
            timings.measure("open it and show the catalogue tab (60 indicators, 20 per page)", () -> {
                browser.driver().get(href);
                browser.clickText("Chỉ tiêu");
                browser.waitUntil(d -> d.findElements(ROWS).size() == 20);
            });
            String[] filters = {"lanh dao", "tuyen truyen"};
            int[] turn = {0};
            timings.measure("filter indicator names without diacritics until the rows change", () -> {
                String filter = filters[turn[0]++ % 2];
                String before = browser.driver().findElement(By.id("tabs:indicatorsForm:indicators_data")).getText();
                browser.type("tabs:indicatorsForm:indicators:nameCol:filter", filter);
                browser.waitUntil(d -> !d.findElement(By.id("tabs:indicatorsForm:indicators_data")).getText().equals(before));
            });
        }
        timings.report("programme.md");
    }

    /** Where the page load's time goes, from the browser's Navigation Timing: server, then rendering. */
    private static List<String> navigationTimings(Browser browser, String href) {
        List<String> notes = new ArrayList<>();
        for (String phase : new String[] {"responseStart", "responseEnd", "domContentLoadedEventEnd", "loadEventEnd"}) {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < Timings.RUNS; i++) {
                browser.driver().get(href);
                Object value = ((JavascriptExecutor) browser.driver()).executeScript(
                        "const n = performance.getEntriesByType('navigation')[0];"
                                + " return Math.round(n." + phase + " - n.requestStart);");
                millis.add(((Number) value).longValue());
            }
            Collections.sort(millis);
            notes.add("- programme page, request start to " + phase + ": median " + millis.get(millis.size() / 2) + " ms");
        }
        return notes;
    }
}
