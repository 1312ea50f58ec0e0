package dev.tandem.standalone.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, driven by its chromedriver; nothing is downloaded), with its own profile:
 * two of them are two users who share nothing, not even cookies.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(int port) {
        this.base = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("tandem-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-US",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    /**
     * Skips the calling test with a visible message where no Chromium is installed, or fails it when the
     * environment says browser tests must run ({@code TANDEM_REQUIRE_BROWSER=1}, as CI does).
     */
    public static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String why = "No Chromium at " + CHROMIUM + " with " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver): browser tests skipped";
        if ("1".equals(System.getenv("TANDEM_REQUIRE_BROWSER"))) {
            Assertions.fail(why + " — but TANDEM_REQUIRE_BROWSER=1 says they must run.");
        }
        System.out.println("SKIPPED: " + why + ".");
        Assumptions.abort(why + ".");
    }

    public static Browser open(int port) {
        return new Browser(port);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String email, String password) {
        go("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        await(d -> d.getCurrentUrl().contains("/app/"));
        return this;
    }

    /** Waits until the page's live connection is up, and marks the page so a reload would show. */
    public Browser awaitLive() {
        await(d -> "live".equals(script("return document.documentElement.dataset.live || null")));
        // Connecting re-reads every fragment; wait until those answers are in the page.
        awaitIdle();
        script("window.__tandemNotReloaded = true");
        return this;
    }

    /** Cuts the browser off the network (or puts it back), as a phone going through a tunnel would be. */
    public void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                java.util.Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Waits until no htmx request of the page is in flight. */
    public void awaitIdle() {
        await(d -> Boolean.TRUE.equals(script("return document.querySelector('.htmx-request') === null")));
    }

    /** True while the page has not been reloaded or left since {@link #awaitLive()}. */
    public boolean notReloaded() {
        return Boolean.TRUE.equals(script("return window.__tandemNotReloaded === true"));
    }

    public WebElement find(String css) {
        return await(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    /** The text of the first element matching, once it equals what is expected (or times out). */
    public void awaitText(String css, String expected) {
        awaitText(css, text -> text.equals(expected));
    }

    /** Waits until the first element {@code css} finds shows a text that passes the check (trimmed). */
    public void awaitText(String css, java.util.function.Predicate<String> check) {
        await(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            try {
                return !found.isEmpty() && check.test(found.getFirst().getText().trim());
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return false;
            }
        });
    }

    /** What the first element matching shows of itself, read again if a live refresh replaced it meanwhile. */
    public String read(String css, Function<WebElement, String> reading) {
        return await(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            try {
                return found.isEmpty() ? null : reading.apply(found.getFirst());
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return null;
            }
        });
    }

    /** Types into a field, finding it again if a live refresh replaced it meanwhile. */
    public void fill(String css, CharSequence... keys) {
        await(d -> {
            try {
                List<WebElement> found = d.findElements(By.cssSelector(css));
                if (found.isEmpty()) {
                    return false;
                }
                found.getFirst().sendKeys(keys);
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return false;
            }
        });
    }

    public void awaitGone(String css) {
        await(d -> d.findElements(By.cssSelector(css)).isEmpty());
    }

    public void click(String css) {
        await(d -> {
            try {
                List<WebElement> found = d.findElements(By.cssSelector(css));
                if (found.isEmpty() || !found.getFirst().isEnabled()) {
                    return false;
                }
                found.getFirst().click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return false;
            }
        });
    }

    /** Presses Tab until the element with that id has the keyboard focus. */
    public void tabTo(String id) {
        for (int presses = 0; presses < 60; presses++) {
            if (id.equals(driver.switchTo().activeElement().getDomAttribute("id"))) {
                return;
            }
            new org.openqa.selenium.interactions.Actions(driver)
                    .sendKeys(org.openqa.selenium.Keys.TAB)
                    .perform();
        }
        throw new AssertionError("Tab never reached #" + id + " on " + driver.getCurrentUrl());
    }

    /** Types into whatever has the keyboard focus, as a person at the keyboard would. */
    public void type(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    public <T> T await(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
        } catch (org.openqa.selenium.TimeoutException timedOut) {
            throw new AssertionError(
                    "Waited in vain on " + driver.getCurrentUrl() + ", which shows:\n" + evidence(), timedOut);
        }
    }

    /** What the page showed when a wait failed: its text here, its picture and HTML under target/screenshots. */
    private String evidence() {
        try {
            Files.createDirectories(SCREENSHOTS);
            String name = "failure-" + System.nanoTime();
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            return text() + "\n(" + SCREENSHOTS.resolve(name + ".png") + ")";
        } catch (RuntimeException | IOException e) {
            return "(no evidence: " + e + ")";
        }
    }

    public Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Saves the whole page as {@code target/screenshots/<name>-<width>.png}, laid out at that width (a phone's
     * viewport below 600 px), then puts the window back.
     */
    public Path screenshot(String name, int width) {
        try {
            emulate(width, width < 600 ? 780 : 900);
            Number height = (Number) script("return document.documentElement.scrollHeight");
            emulate(width, Math.min(6000, Math.max(width < 600 ? 780 : 900, height.intValue())));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    /** Lays the page out as a screen that wide shows it (a phone's below 600 px). */
    public void emulate(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    public void stopEmulating() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    /**
     * Runs axe-core (from its WebJar) in the page; answers the serious and critical violations, one line each
     * with the elements concerned, empty when there are none.
     */
    public List<String> seriousAccessibilityViolations() {
        script(AXE.get());
        Object answer = ((JavascriptExecutor) driver)
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (result) {"
                        + "  done(result.violations"
                        + "    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at '"
                        + "      + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); }));"
                        + "}, function (error) { done(['axe failed: ' + error]); });");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) answer;
        return violations;
    }

    private static final java.util.function.Supplier<String> AXE = new java.util.function.Supplier<>() {
        private volatile String source;

        @Override
        public String get() {
            if (source == null) {
                String path = new org.webjars.WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
                try (var in = Browser.class.getClassLoader().getResourceAsStream(path)) {
                    source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return source;
        }
    };

    /** True when the page is no wider than the window: nothing sticks out sideways. */
    public boolean fitsWidth() {
        return Boolean.TRUE.equals(
                script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
