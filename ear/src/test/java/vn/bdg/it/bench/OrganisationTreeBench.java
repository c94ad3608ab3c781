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
import org.openqa.selenium.By;
import vn.bdg.it.support.Browser;
import vn.bdg.it.support.BrowserAvailable;
import vn.bdg.it.support.Deployments;

/**
 * How long a person waits on the organisation tree with the 812 demo units, measured in headless
 * Chromium against the deployed EAR: opening the page (the Sở open with its 100 children),
 * selecting a unit to see its details, and a diacritic-free search. Prints and writes
 * target/bench/organisation-tree.md; asserts nothing.
 * Run with {@code mvn -B verify -Pbench}.
 */
@RunAsClient
@ExtendWith(BrowserAvailable.class)
@ExtendWith(ArquillianExtension.class)
class OrganisationTreeBench {

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
            browser.login("admin", "Demo@2020");
            timings.measure("open org/units.xhtml until the tree shows", () -> {
                browser.open("org/units.xhtml");
                browser.byId("org:tree");
                browser.waitUntil(d -> !d.findElements(By.cssSelector("#org\\:tree .ui-treenode-leaf")).isEmpty());
            });
            String[] codes = {"PGD-LECHAN", "PGD-DUONGKINH"};
            String[] labels = {"Phòng GD&ĐT Lê Chân", "Phòng GD&ĐT Dương Kinh"};
            int[] turn = {0};
            timings.measure("select a unit in the tree until its details show", () -> {
                int i = turn[0]++ % 2;
                browser.driver().findElement(By.xpath("//span[contains(@class,'ui-treenode-label')][contains(.,'"
                        + labels[i] + "')]")).click();
                browser.waitUntil(d -> !d.findElements(By.id("detailCode")).isEmpty()
                        && d.findElement(By.id("detailCode")).getText().equals(codes[i]));
            });
            String[] queries = {"le chan", "duong kinh"};
            String[] found = {"Phòng Giáo dục và Đào tạo quận Lê Chân", "Phòng Giáo dục và Đào tạo quận Dương Kinh"};
            timings.measure("search without diacritics (type, click) until the results show", () -> {
                int i = turn[0]++ % 2;
                browser.type("org:query", queries[i]);
                browser.click("org:searchButton");
                browser.waitUntil(d -> d.findElement(By.id("org:results")).getText().contains(found[i]));
            });
        }
        timings.report("organisation-tree.md");
    }
}
