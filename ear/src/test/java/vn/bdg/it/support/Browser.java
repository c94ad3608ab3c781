package vn.bdg.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for a test class, with a fresh profile, driven by the system's
 * chromedriver (nothing is downloaded), and the few PrimeFaces gestures the tests need.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;
    private final String base;

    public Browser(String baseUrl) {
        try {
            profile = Files.createTempDirectory("bdg-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        downloads = profile.resolve("downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver = chrome;
        base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /**
     * Clicks the button with {@code id} and returns the file it downloads, once Chromium has finished
     * writing it (a download in progress ends in ".crdownload"). Earlier downloads are removed first,
     * because a second download of the same name may overwrite the first.
     */
    public Path download(String id) {
        try {
            Files.createDirectories(downloads);
            try (var listed = Files.list(downloads)) {
                for (Path earlier : listed.toList()) {
                    Files.delete(earlier);
                }
            }
            click(id);
            Path[] file = {null};
            waitUntil(d -> {
                try (var listed = Files.list(downloads)) {
                    file[0] = listed.filter(p -> !p.toString().endsWith(".crdownload")
                            && !p.toString().endsWith(".tmp")).findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return file[0] != null;
            });
            return file[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void login(String username, String password) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        waitUntil(d -> d.getCurrentUrl().contains("index.xhtml") || !d.findElements(By.cssSelector(
                ".ui-messages-error")).isEmpty());
    }

    /**
     * Opens the programme list and the programme whose letter reference starts with {@code reference}
     * and whose year is {@code year}, paging through the list (newest year first, 20 a page) as far as
     * needed: the tests add programmes of later years to the shared database.
     */
    public void openProgramme(String reference, int year) {
        By link = By.xpath("//tr[td[normalize-space(.)='" + year + "']]//a[starts-with(normalize-space(.), '"
                + reference + "')]");
        open("programmes/index.xhtml");
        while (true) {
            waitUntil(d -> !d.findElements(By.cssSelector("[id$='list_data'] > tr")).isEmpty());
            List<WebElement> found = driver.findElements(link);
            if (!found.isEmpty()) {
                found.get(0).click();
                return;
            }
            List<WebElement> next = driver.findElements(By.cssSelector(".ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                throw new AssertionError("programme " + reference + " of " + year + " is not listed");
            }
            String firstRow = driver.findElement(By.cssSelector("[id$='list_data'] > tr")).getText();
            next.get(0).click();
            waitUntil(d -> !d.findElement(By.cssSelector("[id$='list_data'] > tr")).getText().equals(firstRow));
        }
    }

    public void logout() {
        click("nav:logout");
        waitUntil(d -> d.getCurrentUrl().contains("login.xhtml"));
    }

    public WebElement byId(String id) {
        return waitFor(15)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public void type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks the link with this text once it has appeared. */
    public void clickLink(String text) {
        waitFor(15)
                .until(ExpectedConditions.elementToBeClickable(By.linkText(text))).click();
    }

    /** Clicks the element (a tab header, a checkbox label) whose whole visible text is {@code text}. */
    public void clickText(String text) {
        By element = By.xpath("//*[(self::a or self::label or self::span) and normalize-space(.)='" + text + "']");
        waitFor(15)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    for (WebElement candidate : d.findElements(element)) {
                        if (candidate.isDisplayed()) {
                            candidate.click();
                            return true;
                        }
                    }
                    return false;
                });
    }

    /**
     * Types a dd/MM/yyyy date into a PrimeFaces datePicker and leaves it, which closes its calendar. A
     * dialog's datePicker may still be initialising when it becomes visible and then resets the input,
     * so the typing is repeated until the value stays.
     */
    public void typeDate(String datePickerId, String day) {
        for (int attempt = 0; attempt < 5; attempt++) {
            WebElement input = byId(datePickerId + "_input");
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            input.sendKeys(day);
            input.sendKeys(Keys.TAB);
            try {
                WebDriverWait settled = waitFor(2);
                settled.until(d -> day.equals(d.findElement(By.id(datePickerId + "_input")).getAttribute("value")));
                Thread.sleep(300);
                if (day.equals(byId(datePickerId + "_input").getAttribute("value"))) {
                    return;
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            } catch (org.openqa.selenium.TimeoutException stillResetting) {
                System.out.println("datePicker " + datePickerId + " did not keep " + day + "; typing again");
            }
        }
        throw new IllegalStateException("datePicker " + datePickerId + " never kept " + day);
    }

    /** Clicks once the element can take the click (a closing dialog's overlay may still cover it). */
    public void click(String id) {
        waitFor(15)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its visible label, and checks that the menu shows
     * it: a click that lands while the panel is still opening is tried again.
     */
    public void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                List<WebElement> shown = driver.findElements(item);
                if (shown.isEmpty() || !shown.get(0).isDisplayed()) {
                    click(menuId);
                }
                waitFor(10).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
                    d.findElement(item).click();
                    return true;
                });
                waitFor(3).until(d -> label.equals(d.findElement(By.id(menuId + "_label")).getText()));
                return;
            } catch (org.openqa.selenium.WebDriverException notTaken) {
                System.out.println("selectOneMenu " + menuId + " did not take " + label + "; choosing again");
            }
        }
        throw new IllegalStateException("selectOneMenu " + menuId + " never took " + label);
    }

    /** Types into a PrimeFaces autoComplete and picks the suggestion with the given text. */
    public void complete(String autoCompleteId, String typed, String suggestion) {
        type(autoCompleteId + "_input", typed);
        WebElement item = waitFor(15).until(ExpectedConditions
                .visibilityOfElementLocated(By.xpath("//li[contains(@class,'ui-autocomplete-item') and normalize-space(.)='"
                        + suggestion + "']")));
        item.click();
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, to look at after a journey. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            System.out.println("No screenshot of " + name + ": " + e.getMessage());
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void waitForText(String expected) {
        waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(expected));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        waitFor(20)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** A wait that looks every 50 ms, so that timings taken through it are not rounded to the default 500 ms. */
    private WebDriverWait waitFor(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
