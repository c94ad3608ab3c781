package vn.bdg.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.interactions.Actions;
import vn.bdg.it.support.Browser;
import vn.bdg.it.support.BrowserAvailable;
import vn.bdg.it.support.Deployments;

/** What people do on the screens, in headless Chromium against the deployed EAR with its demo data. */
@RunAsClient
@ExtendWith(BrowserAvailable.class)
@ExtendWith(ArquillianExtension.class)
class UserJourneysIT {

    private static final String DEMO_PASSWORD = "Demo@2020";

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
    void eachDemoAccountSignsInAndSeesTheMenuOfItsRoles() {
        Map<String, String> roleShown = Map.of(
                "admin", "Quản trị hệ thống",
                "so.ctrtt", "Quản lý chương trình",
                "phong.lechan", "Cán bộ duyệt báo cáo",
                "thpt.ngoquyen", "Cán bộ nhập liệu đơn vị",
                "hieutruong.ngoquyen", "Thủ trưởng đơn vị");
        roleShown.forEach((username, role) -> {
            browser.login(username, DEMO_PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().contains("index.xhtml"), username);
            assertTrue(browser.byId("grants").getText().contains(role), username);
            assertTrue(browser.byId("nav:menuOrg").isDisplayed(), username);
            boolean adminMenu = !browser.all("[id='nav:menuAdmin']").isEmpty();
            assertEquals(username.equals("admin"), adminMenu, username);
            browser.logout();
        });
    }

    @Test
    void anAnonymousVisitorIsAskedToSignInBeforeAnyWorkPage() {
        for (String page : new String[] {"programmes/index.xhtml", "reports/report.xhtml?programme=1&round=6T-2020&unit=1",
                "reviews/inbox.xhtml?programme=1", "plans/index.xhtml?programme=1", "notices.xhtml"}) {
            browser.open(page);
            browser.waitUntil(d -> !d.findElements(By.id("login:username")).isEmpty());
            assertFalse(browser.text().contains("Không tìm thấy"), page);
        }
    }

    @Test
    void aNonAdministratorIsRefusedTheAdministrationPages() {
        browser.login("thpt.ngoquyen", DEMO_PASSWORD);
        browser.open("admin/accounts.xhtml");
        browser.waitForText("Không có quyền truy cập");
        assertFalse(browser.text().contains("Exception"));
    }

    @Test
    void theInterfaceSwitchesToEnglish() {
        browser.login("phong.lechan", DEMO_PASSWORD);
        browser.click("nav:langEn");
        browser.waitForText("Your roles");
        assertTrue(browser.text().contains("Sign out"));
    }

    @Test
    void aWrongPasswordIsRefusedAndFiveFailuresLockTheAccount() {
        String username = createAccount("lock", "Người xem", "le chan", "Phòng Giáo dục và Đào tạo quận Lê Chân");
        for (int i = 0; i < 5; i++) {
            browser.login(username, "Wrong2020x");
            browser.waitForText("Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        browser.login(username, "Start2020x");
        browser.waitForText("Tài khoản tạm khóa 15 phút");
        assertFalse(browser.driver().getCurrentUrl().contains("index.xhtml"));
    }

    @Test
    void anAccountScopedToOneDistrictSeesOnlyThatDistrict() {
        String username = createAccount("district", "Người xem", "duong kinh",
                "Phòng Giáo dục và Đào tạo quận Dương Kinh");
        browser.login(username, "Start2020x");
        browser.click("nav:menuOrg");
        browser.waitForText("Phòng GD&ĐT Dương Kinh");
        String tree = browser.byId("org:tree").getText();
        assertFalse(tree.contains("Sở GD&ĐT Hải Phòng"), tree);
        assertFalse(tree.contains("Lê Chân"), tree);
        browser.type("org:query", "ngo quyen");
        browser.click("org:searchButton");
        browser.waitForText("Không tìm thấy đơn vị phù hợp.");
    }

    @Test
    void searchIgnoresDiacritics() {
        browser.login("admin", DEMO_PASSWORD);
        browser.open("org/units.xhtml");
        browser.type("org:query", "le chan");
        browser.click("org:searchButton");
        browser.waitForText("Phòng Giáo dục và Đào tạo quận Lê Chân");
        browser.type("org:query", "duong kinh");
        browser.click("org:searchButton");
        browser.waitForText("Phòng Giáo dục và Đào tạo quận Dương Kinh");
        browser.clickLink("Phòng Giáo dục và Đào tạo quận Dương Kinh");
        browser.waitUntil(d -> d.findElement(By.id("detailCode")).getText().equals("PGD-DUONGKINH"));
    }

    @Test
    void anImportWithOneBadRowIsRefusedNamingTheRow() throws IOException {
        String code = "SEL-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Path csv = Files.createTempFile("bdg-import-", ".csv");
        Files.writeString(csv, String.join("\n",
                "code,parent_code,type,name,short_name,symbol,address,email,valid_from",
                code + ",PGD-LECHAN,TH,Trường Tiểu học Selenium,,,,,01/09/2020",
                code + "-B,PGD-LECHAN,KHONG_CO,Trường sai loại,,,,,01/09/2020"), StandardCharsets.UTF_8);
        browser.login("admin", DEMO_PASSWORD);
        browser.open("admin/import.xhtml");
        browser.driver().findElement(By.id("import:file_input")).sendKeys(csv.toString());
        browser.waitForText("Danh sách lỗi");
        String problems = browser.byId("import:problems").getText();
        assertTrue(problems.contains("3"), problems);
        assertTrue(problems.contains("Loại đơn vị \"KHONG_CO\" không hợp lệ."), problems);
        browser.open("org/units.xhtml");
        browser.type("org:query", code);
        browser.click("org:searchButton");
        browser.waitForText("Không tìm thấy đơn vị phù hợp.");
        Files.delete(csv);
    }

    @Test
    void everyoneChangesTheirOwnPassword() {
        String username = createAccount("pw", "Người xem", "le chan", "Phòng Giáo dục và Đào tạo quận Lê Chân");
        browser.login(username, "Start2020x");
        browser.click("nav:menuPassword");
        browser.type("password:current", "Start2020x");
        browser.type("password:newPassword", "Changed2021y");
        browser.type("password:confirmation", "Changed2021y");
        browser.click("password:save");
        browser.waitForText("Đã đổi mật khẩu.");
        browser.logout();
        browser.login(username, "Start2020x");
        browser.waitForText("Tên đăng nhập hoặc mật khẩu không đúng.");
        browser.login(username, "Changed2021y");
        assertTrue(browser.driver().getCurrentUrl().contains("index.xhtml"));
    }

    @Test
    void anAdministratorCreatesMovesAndClosesAUnit() {
        String code = "SEL-U-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        browser.login("admin", DEMO_PASSWORD);
        browser.open("org/units.xhtml");
        browser.type("org:query", "le chan");
        browser.click("org:searchButton");
        browser.clickLink("Phòng Giáo dục và Đào tạo quận Lê Chân");
        browser.waitUntil(d -> d.findElement(By.id("detailCode")).getText().equals("PGD-LECHAN"));

        browser.click("org:createButton");
        browser.type("createForm:createCode", code);
        browser.choose("createForm:createType", "Trường Tiểu học");
        browser.type("createForm:createName", "Trường Tiểu học Thử Nghiệm " + code);
        browser.typeDate("createForm:createValidFrom", "01/09/2020");
        browser.click("createForm:createSave");
        browser.waitForText("Đã thêm đơn vị Trường Tiểu học Thử Nghiệm " + code);
        browser.waitUntil(d -> d.findElement(By.id("detailCode")).getText().equals(code));

        browser.click("org:moveButton");
        browser.complete("moveForm:moveParent", "duong kinh", "Phòng Giáo dục và Đào tạo quận Dương Kinh");
        browser.click("moveForm:moveSave");
        browser.waitForText("về trực thuộc Phòng Giáo dục và Đào tạo quận Dương Kinh");

        browser.click("org:closeButton");
        browser.type("closeForm:closeReason", "Sáp nhập vào trường khác");
        browser.click("closeForm:closeSave");
        browser.waitForText("Đã đóng đơn vị Trường Tiểu học Thử Nghiệm " + code);
        assertTrue(browser.byId("org:links").getText().contains("Phòng Giáo dục và Đào tạo quận Lê Chân"));
    }

    @Test
    void anAdministratorReadsWhatAUserDidWithTheAddressOfTheirLogin() {
        browser.login("thpt.ngoquyen", DEMO_PASSWORD);
        browser.logout();
        browser.login("admin", DEMO_PASSWORD);
        new Actions(browser.driver()).moveToElement(browser.byId("nav:menuAdmin")).perform();
        browser.click("nav:menuAudit");
        browser.waitForText("Nhật ký hoạt động của người dùng");
        browser.complete("audit:username", "ngoquyen", "thpt.ngoquyen");
        browser.click("audit:searchButton");
        browser.waitForText("Đăng nhập thành công.");
        String newest = browser.all("[id='audit:entries_data'] tr").get(0).getText();
        assertTrue(newest.contains("thpt.ngoquyen") && newest.contains("Đăng nhập thành công."), newest);
        assertTrue(newest.contains("127.0.0.1") || newest.contains("0:0:0:0:0:0:0:1"),
                "the browser's address, as the server saw it: " + newest);
    }

    @Test
    void healthIsReadyWithTheDatabaseCheck() throws IOException, InterruptedException {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("UP"), ready.body());
    }

    /** The SYS_ADMIN creates an account with one role on one unit, on the accounts screen; signs out. */
    private String createAccount(String prefix, String roleLabel, String unitTyped, String unitName) {
        String username = "sel." + prefix + "." + Long.toString(System.nanoTime(), 36);
        browser.login("admin", DEMO_PASSWORD);
        browser.open("admin/accounts.xhtml");
        browser.click("accounts:newButton");
        browser.type("accounts:newUsername", username);
        browser.type("accounts:newFullName", "Tài khoản thử " + prefix);
        browser.type("accounts:newPassword", "Start2020x");
        browser.click("accounts:createSave");
        browser.waitForText("Đã tạo tài khoản " + username);
        browser.choose("accounts:grantRole", roleLabel);
        browser.complete("accounts:grantUnit", unitTyped, unitName);
        browser.click("accounts:grantButton");
        browser.waitUntil(d -> d.findElement(By.id("accounts:grants")).getText().contains(unitName));
        browser.logout();
        return username;
    }
}
