package org.crosscheck.app.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's headless Chromium driven by its ChromeDriver (packages chromium and chromium-driver),
 * started with the flags this closed network needs and a fresh profile. Nothing is downloaded:
 * when either program is missing, {@link #missing()} says what to install.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("crosscheck.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("crosscheck.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    /** Null when both programs are there, else the message to show. */
    static String missing() {
        if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER))) {
            return null;
        }
        return "SKIPPED browser tests: headless Chromium not found (" + CHROMIUM + ", " + DRIVER + "). Install Debian's "
                + "'chromium' and 'chromium-driver' (apt-get install chromium chromium-driver; .ci/run does this in CI), "
                + "or point -Dcrosscheck.chromium and -Dcrosscheck.chromedriver at them.";
    }

    Browser() throws Exception {
        profile = Files.createTempDirectory("crosscheck-chromium-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1300,1100", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens a URL and waits for the UI to finish rendering that page. */
    void open(String url) {
        js("if (document.body) document.body.removeAttribute('data-ready');");
        driver.get(url);
        waitReady();
    }

    /** Waits until the UI says it rendered (body[data-ready]). */
    void waitReady() {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            Object r = js("return document.body && document.body.getAttribute('data-ready');");
            if (r != null) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("the page did not finish rendering: " + driver.getCurrentUrl());
    }

    /** Runs an action that changes the page and waits for the new render. */
    void andWait(Runnable action) {
        js("document.body.removeAttribute('data-ready');");
        action.run();
        waitReady();
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // screenshots are for people reading the build, never a failure
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (Exception ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
