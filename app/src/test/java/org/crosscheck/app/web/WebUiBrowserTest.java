package org.crosscheck.app.web;

import org.crosscheck.app.TestCollection;
import org.crosscheck.app.api.CollectionApi;
import org.crosscheck.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real UI in headless Chromium against the real server: open a story, see the matrix and the
 * timeline, search for a person and open their page, and check that a planted script never runs.
 * Also opens the self-contained report from disk.
 */
class WebUiBrowserTest {

    @TempDir
    static Path data;

    static Store store;
    static WebServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        String missing = Browser.missing();
        if (missing != null) {
            System.err.println(missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
        store = TestCollection.open(data);
        server = WebServer.start(new CollectionApi(store, null, null), "127.0.0.1", 0, 1_000_000);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static String url(String hash) {
        return "http://127.0.0.1:" + server.port() + "/" + hash;
    }

    @Test
    void openAStoryAndSeeTheMatrixAndTimeline() {
        browser.open(url(""));
        List<WebElement> stories = browser.driver.findElements(By.cssSelector("#story-list li.story"));
        assertThat(stories).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("Second river bridge"));
        assertThat(stories.get(0).getText()).as("newest first").contains("Lantern festival");
        browser.andWait(() -> browser.driver.findElement(By.linkText("Second river bridge")).click());
        browser.screenshot("story");
        List<WebElement> cells = browser.driver.findElements(By.cssSelector("#claims-matrix rect.cell"));
        assertThat(cells).hasSize(3);
        assertThat(cells).extracting(c -> c.getAttribute("data-state")).containsExactlyInAnyOrder("asserted", "disputed", "absent");
        assertThat(browser.driver.findElements(By.cssSelector("svg.timeline circle.dot"))).hasSize(4);
        assertThat(browser.driver.findElement(By.id("utterances")).getText()).contains("Petra Lindqvist");
        assertThat(browser.driver.findElement(By.id("events")).getText()).contains("No events");
    }

    @Test
    void searchForAPersonAndOpenTheirPage() {
        browser.open(url("#/search"));
        WebElement q = browser.driver.findElement(By.id("search-q"));
        q.sendKeys("Lindqvist");
        browser.andWait(() -> q.sendKeys(Keys.ENTER));
        browser.screenshot("search");
        assertThat(browser.driver.findElement(By.id("search-total")).getText()).matches("\\d+ results?");
        assertThat(browser.driver.findElements(By.cssSelector("#search-results mark"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).containsIgnoringCase("lindqvist"));
        browser.andWait(() -> browser.driver.findElement(By.cssSelector("#search-entities a.entity-link")).click());
        browser.screenshot("entity");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Petra Lindqvist");
        assertThat(browser.driver.findElement(By.id("aliases")).getText()).contains("Lindqvist");
        assertThat(browser.driver.findElement(By.id("stories")).getText()).contains("Second river bridge");
    }

    @Test
    void aPlantedScriptShowsAsTextAndNeverRuns() {
        browser.open(url("#/search?q=reader"));
        browser.andWait(() -> browser.driver.findElement(By.cssSelector("#search-results a")).click());
        browser.screenshot("planted");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(TestCollection.PLANTED_TITLE);
        assertThat(browser.driver.findElement(By.id("article-text")).getText()).contains("<script>window.__pwned=2</script>");
        assertThat(browser.js("return typeof window.__pwned;")).isEqualTo("undefined");
        assertThat(browser.driver.findElements(By.cssSelector("#article-text script, #article-text img"))).isEmpty();
        browser.open(url(""));
        browser.andWait(() -> browser.driver.findElement(By.linkText("Second river bridge")).click());
        assertThat(browser.js("return typeof window.__pwned;")).isEqualTo("undefined");
    }

    @Test
    void theReportWorksFromDiskWithoutTheServer(@TempDir Path out) throws Exception {
        Path file = out.resolve("report.html");
        HtmlReport.write(new CollectionApi(store, null, null), file);
        browser.open(file.toUri().toString());
        assertThat(browser.driver.findElement(By.id("story-list")).getText()).contains("Second river bridge");
        browser.andWait(() -> browser.driver.findElement(By.linkText("Second river bridge")).click());
        browser.screenshot("report-story");
        assertThat(browser.driver.findElements(By.cssSelector("#claims-matrix rect.cell"))).hasSize(3);
        browser.andWait(() -> browser.driver.findElement(By.linkText("Petra Lindqvist")).click());
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Petra Lindqvist");
        assertThat(browser.js("return typeof window.__pwned;")).isEqualTo("undefined");
    }
}
