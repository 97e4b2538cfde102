package fi.livskraft.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by its chromedriver, with a fresh profile; one for the whole
 * run, shared by the browser test classes through {@link SharedBrowser}. Without Chromium the
 * browser tests are skipped on a developer's machine and fail in CI ({@code CI=true}), where
 * {@code .ci/run} installs it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final Path profile;
    private String base = "";
    /** Whether axe is registered to load into every new document (see {@link Axe}). */
    boolean axeInstalled;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; .ci/run does it)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + ": skipped");
        }
        try {
            Path profile = Files.createTempDirectory("livskraft-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,900",
                    "--lang=en-GB",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's address, e.g. {@code http://localhost:41234}. */
    Browser at(int port) {
        this.base = "http://localhost:" + port;
        return this;
    }

    String base() {
        return base;
    }

    Browser open(String pathAndQuery) {
        driver.get(pathAndQuery.startsWith("http") ? pathAndQuery : base + pathAndQuery);
        settle();
        return this;
    }

    /**
     * A wait of up to {@code seconds} that checks every 25 ms (WebDriver's default, 500 ms, makes
     * every wait that does not hold at once cost half a second).
     */
    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(25));
    }

    /** Waits until htmx has no request in flight (pages work without it; fragments may still load). */
    void settle() {
        waiting(10).until(d -> (Boolean)
                js("return document.readyState === 'complete'" + " && !document.querySelector('.htmx-request');"));
    }

    /** Logged out, language cookie gone: a new visitor. */
    Browser forget() {
        if (!base.isEmpty()) {
            driver.get(base + "/css/livskraft.css");
        }
        driver.manage().deleteAllCookies();
        return this;
    }

    /** Logs in through the form and waits for the page after it. */
    Browser login(String username, String password) {
        open("/login");
        WebElement user = driver.findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.id("password"));
        pass.clear();
        pass.sendKeys(password);
        pass.submit();
        waiting(20)
                .until(d -> !d.getCurrentUrl().contains("/login")
                        || d.getCurrentUrl().contains("error"));
        settle();
        return this;
    }

    /** Clicks the element and waits for htmx to settle. */
    Browser click(By by) {
        driver.findElement(by).click();
        settle();
        return this;
    }

    /**
     * Clicks a button that submits a form without htmx and waits for the page that answers it: the
     * old document must be gone first, or a read right after the click could still see it.
     */
    Browser submit(By by) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        waiting(30).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
        settle();
        return this;
    }

    /** Waits (up to 20 s) until the condition holds, then for htmx to settle. */
    void waitFor(BooleanSupplier condition) {
        waiting(20)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
        settle();
    }

    /** The visible text of the first element the CSS selector finds. */
    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Sets a field's value by script (date and time inputs) and fires its change event. */
    void setValue(By by, String value) {
        js(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                driver.findElement(by),
                value);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    String htmlLang() {
        return (String) js("return document.documentElement.getAttribute('lang');");
    }

    /** The text of the first h1 (or empty). */
    String h1() {
        List<WebElement> h1 = driver.findElements(By.tagName("h1"));
        return h1.isEmpty() ? "" : h1.get(0).getText().strip();
    }

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** The path and query of the current address. */
    String location() {
        return (String) js("return location.pathname + location.search;");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
