package org.crosscheck.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.app.Main;
import org.crosscheck.app.api.CollectionApi;
import org.crosscheck.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled sample through the real engine (not the test analyser the other web tests use) into
 * a store, then every story through the API and, where a browser is installed, the UI. Guards the
 * contract between the engine's collection JSON and the store: a story's articles were once listed
 * as objects by the engine and read as plain ids by the store, leaving every stored story empty
 * while the tests on hand-made layers stayed green.
 */
class RealEngineStoryPagesTest {

    @TempDir
    static Path data;

    static Store store;
    static WebServer server;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static Path sample() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("samples/demo"))) {
            p = p.getParent();
        }
        assertThat(p).as("samples/demo above " + Path.of("").toAbsolutePath()).isNotNull();
        return p.resolve("samples/demo");
    }

    @BeforeAll
    static void ingestTheSample() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("ingest", sample().toString(), "--data", data.toString(), "--quiet");
        assertThat(code).as(err.toString()).isZero();
        store = Store.open(new Store.Config(data, null));
        server = WebServer.start(new CollectionApi(store, null, null), "127.0.0.1", 0, 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static List<String> storyIds() throws Exception {
        List<String> ids = new ArrayList<>();
        get("/api/stories?limit=100").path("items").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    @Test
    void everyStoredStoryHasItsArticlesOutletsAndMatrix() throws Exception {
        List<String> ids = storyIds();
        assertThat(ids).as("the sample covers several events").hasSizeGreaterThanOrEqualTo(2);
        int withEvents = 0;
        for (String id : ids) {
            JsonNode s = get("/api/stories/" + id);
            assertThat(s.path("articles").size()).as(id + " articles").isEqualTo(s.path("article_count").asInt()).isPositive();
            assertThat(s.path("outlets").size()).as(id + " outlets").isPositive();
            for (JsonNode col : s.path("matrix").path("outlets")) {
                assertThat(col.asText()).as("matrix columns are outlets, never bare article ids").doesNotMatch("a\\d+");
            }
            for (JsonNode a : s.path("articles")) {
                assertThat(get("/api/articles/" + a.path("id").asText()).path("stories").toString()).contains(id);
            }
            withEvents += s.path("events").size() > 0 ? 1 : 0;
        }
        assertThat(withEvents).as("the events layer reaches the story pages").isPositive();
    }

    @Test
    void everyStoryPageRendersWithoutAnError() throws Exception {
        String missing = Browser.missing();
        if (missing != null) {
            System.err.println("SKIPPED the browser half of " + getClass().getSimpleName() + ": " + missing);
            return;
        }
        try (Browser browser = new Browser()) {
            for (String id : storyIds()) {
                browser.open("http://127.0.0.1:" + server.port() + "/#/story/" + id);
                List<WebElement> errors = browser.driver.findElements(By.cssSelector("#app .error"));
                assertThat(errors).as("story " + id + " renders").extracting(WebElement::getText).isEmpty();
                assertThat(browser.driver.findElements(By.cssSelector("svg.timeline circle.dot"))).as(id + " timeline").isNotEmpty();
                assertThat(browser.driver.findElement(By.id("events")).getText()).as(id + " events").doesNotContain("[object Object]");
            }
        }
    }
}
