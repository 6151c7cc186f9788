package org.crosscheck.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.app.TestCollection;
import org.crosscheck.app.web.WebServer;
import org.crosscheck.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint over real HTTP, with good and bad input. */
class CollectionApiHttpTest {

    @TempDir
    static Path data;

    static Store store;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "s3cret-token";
    static final int MAX_BODY = 20_000;

    @BeforeAll
    static void start() {
        store = TestCollection.open(data);
        server = WebServer.start(new CollectionApi(store, TestCollection.Layered::new, TOKEN), "127.0.0.1", 0, MAX_BODY);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    record Res(int status, JsonNode json, HttpResponse<String> raw) {
    }

    static Res get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Res(r.statusCode(), parse(r.body()), r);
    }

    static Res post(String path, String body, String token, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Res(r.statusCode(), parse(r.body()), r);
    }

    static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            return null;
        }
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void assertError(Res r, int status, String messagePart) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.json()).as("error body is JSON").isNotNull();
        assertThat(r.json().path("error").path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("error").path("message").asText()).containsIgnoringCase(messagePart);
    }

    @Test
    void index() throws Exception {
        Res r = get("/api");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("counts").path("articles").asInt()).isEqualTo(5);
        assertThat(r.json().path("counts").path("stories").asInt()).isEqualTo(2);
        assertThat(r.json().path("writes_need_token").asBoolean()).isTrue();
    }

    @Test
    void articlesArePaginatedAndFiltered() throws Exception {
        Res all = get("/api/articles?limit=2");
        assertThat(all.json().path("total").asInt()).isEqualTo(5);
        assertThat(all.json().path("items")).hasSize(2);
        assertThat(all.json().path("items").get(0).path("published").asText()).as("newest first").isEqualTo("2024-06-10");
        Res page3 = get("/api/articles?limit=2&offset=4");
        assertThat(page3.json().path("items")).hasSize(1);
        assertThat(get("/api/articles?outlet=" + q("Valley Post")).json().path("total").asInt()).isEqualTo(2);
        assertThat(get("/api/articles?from=2024-05-03&to=2024-05-05").json().path("total").asInt()).isEqualTo(2);
        String story = bridgeStory();
        assertThat(get("/api/articles?story=" + story).json().path("total").asInt()).isEqualTo(4);
        assertThat(get("/api/articles?entity=P2").json().path("total").asInt()).isEqualTo(1);
        assertError(get("/api/articles?limit=abc"), 400, "limit");
        assertError(get("/api/articles?limit=0"), 400, "limit");
        assertError(get("/api/articles?limit=100000"), 400, "limit");
        assertError(get("/api/articles?offset=-1"), 400, "offset");
        assertError(get("/api/articles?from=yesterday"), 400, "from");
    }

    @Test
    void oneArticle() throws Exception {
        String id = get("/api/articles?outlet=" + q("Harbour Herald")).json().path("items").get(0).path("id").asText();
        Res r = get("/api/articles/" + id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("article").path("text").asText()).contains("budget was sound");
        assertThat(r.json().path("stories").get(0).path("label").asText()).isEqualTo("Second river bridge");
        assertError(get("/api/articles/a99999"), 404, "no article");
        assertError(get("/api/articles/" + q("../../etc/passwd")), 404, "no");
    }

    @Test
    void storiesNewestFirstWithMatrix() throws Exception {
        Res r = get("/api/stories");
        assertThat(r.json().path("items")).hasSize(2);
        assertThat(r.json().path("items").get(0).path("label").asText()).isEqualTo("Lantern festival");
        JsonNode bridge = r.json().path("items").get(1);
        assertThat(bridge.path("outlet_count").asInt()).isEqualTo(3);
        assertThat(bridge.path("first_date").asText()).isEqualTo("2024-05-02");
        assertThat(bridge.path("last_date").asText()).isEqualTo("2024-05-06");
        Res s = get("/api/stories/" + bridge.path("id").asText());
        assertThat(s.status()).isEqualTo(200);
        JsonNode m = s.json().path("matrix");
        assertThat(m.path("outlets")).hasSize(3);
        JsonNode cells = m.path("rows").get(0).path("cells");
        assertThat(cells.path("Lakeside Courier").path("state").asText()).isEqualTo("asserted");
        assertThat(cells.path("Valley Post").path("state").asText()).isEqualTo("disputed");
        assertThat(cells.path("Harbour Herald").path("state").asText()).isEqualTo("absent");
        assertThat(s.json().path("articles")).hasSize(4);
        assertThat(s.json().path("utterances").get(0).path("versions")).hasSize(2);
        assertThat(s.json().path("entities")).extracting(e -> e.path("name").asText()).contains("Petra Lindqvist");
        assertThat(s.json().path("events").isArray()).isTrue();
        Res festival = get("/api/stories/" + r.json().path("items").get(0).path("id").asText());
        assertThat(festival.json().path("matrix").path("source").asText()).isEqualTo("claims layer");
        assertThat(festival.json().path("matrix").path("rows").get(0).path("cells").path("Lakeside Courier").path("state").asText())
                .isEqualTo("contested");
        assertThat(get("/api/stories?limit=1&offset=1").json().path("items").get(0).path("label").asText()).isEqualTo("Second river bridge");
        assertError(get("/api/stories/S404"), 404, "no story");
        assertError(get("/api/stories?limit=x"), 400, "limit");
    }

    @Test
    void entities() throws Exception {
        Res r = get("/api/entities?q=lindq");
        assertThat(r.json().path("items")).hasSize(1);
        String id = r.json().path("items").get(0).path("id").asText();
        Res e = get("/api/entities/" + id);
        assertThat(e.json().path("name").asText()).isEqualTo("Petra Lindqvist");
        assertThat(e.json().path("entity").path("aliases")).hasSize(2);
        assertThat(e.json().path("stories").get(0).path("label").asText()).isEqualTo("Second river bridge");
        assertThat(e.json().path("quotes").isArray()).isTrue();
        assertThat(get("/api/entities?type=organization").json().path("total").asInt()).isEqualTo(1);
        assertThat(get("/api/entities?story=" + bridgeStory()).json().path("total").asInt()).isEqualTo(3);
        assertError(get("/api/entities/P404"), 404, "no entity");
    }

    @Test
    void utterancesAndClaims() throws Exception {
        String story = bridgeStory();
        Res u = get("/api/utterances?story=" + story);
        assertThat(u.json().path("total").asInt()).isEqualTo(1);
        String uid = u.json().path("items").get(0).path("id").asText();
        assertThat(get("/api/utterances/" + uid).json().path("versions")).hasSize(2);
        assertThat(get("/api/utterances?speaker=P1").json().path("total").asInt()).isEqualTo(1);
        assertError(get("/api/utterances/U404"), 404, "no utterance");
        Res c = get("/api/claims?story=" + story);
        assertThat(c.json().path("total").asInt()).isEqualTo(1);
        String cid = c.json().path("items").get(0).path("id").asText();
        assertThat(get("/api/claims/" + cid).json().path("proposition").asText()).contains("halves");
        assertThat(get("/api/claims").json().path("total").asInt()).isEqualTo(2);
        assertError(get("/api/claims/K404"), 404, "no claim");
    }

    @Test
    void searchWithFiltersAndEscapedHighlights() throws Exception {
        Res r = get("/api/search?q=bridge");
        assertThat(r.json().path("total").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(get("/api/search?q=bridge&outlet=" + q("Valley Post") + "&kind=article").json().path("total").asInt()).isEqualTo(2);
        Res recent = get("/api/search?q=bridge&from=2024-05-05&kind=article");
        assertThat(recent.json().path("items")).extracting(h -> h.path("published").asText())
                .as(recent.json().toString()).containsExactlyInAnyOrder("2024-05-05", "2024-05-06");
        assertThat(get("/api/search?q=commuting&kind=claim").json().path("items").get(0).path("kind").asText()).isEqualTo("claim");
        assertThat(get("/api/search?q=budget&entity=P2").json().path("total").asInt()).isEqualTo(1);
        assertThat(get("/api/search?q=lantern&story=" + bridgeStory()).json().path("total").asInt()).isZero();
        Res planted = get("/api/search?q=reader");
        JsonNode hit = planted.json().path("items").get(0);
        assertThat(hit.path("snippet_html").asText()).contains("<mark>reader</mark>").doesNotContain("<script").contains("&lt;script&gt;");
        assertError(get("/api/search?q=x&kind=bogus"), 400, "kind");
        assertError(get("/api/search?q=x&story=S404"), 404, "story");
        assertError(get("/api/search?q=x&entity=P404"), 404, "entity");
        assertError(get("/api/search?q=x&to=2024-13-45"), 400, "to");
        assertThat(get("/api/search?q=" + q("\"unclosed (bridge")).status()).isEqualTo(200);
    }

    @Test
    void outletsAndOpenApi() throws Exception {
        assertThat(get("/api/outlets").json().path("items")).hasSize(3);
        Res o = get("/openapi.json");
        assertThat(o.json().path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        o.json().path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/articles", "/api/articles/{id}", "/api/stories", "/api/stories/{id}", "/api/entities",
                "/api/entities/{id}", "/api/utterances", "/api/claims", "/api/search");
        assertThat(o.json().path("paths").path("/api/articles").has("post")).isTrue();
    }

    @Test
    void unknownPathsAndMethodsAnswerJson() throws Exception {
        assertError(get("/api/nothing-here"), 404, "no such endpoint");
        HttpResponse<String> del = HTTP.send(HttpRequest.newBuilder(uri("/api/articles")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(del.statusCode()).isIn(404, 405);
        assertThat(parse(del.body()).path("error").path("message").asText()).isNotBlank();
    }

    @Test
    void postNeedsTheToken() throws Exception {
        String body = "{\"title\": \"Ferry timetable\", \"text\": \"The ferry leaves at nine.\", \"outlet\": \"Valley Post\"}";
        assertError(post("/api/articles", body, null, "application/json"), 401, "token");
        assertError(post("/api/articles", body, "wrong", "application/json"), 401, "token");
    }

    @Test
    void postRejectsBadBodies() throws Exception {
        assertError(post("/api/articles", "{\"title\": ", TOKEN, "application/json"), 400, "not valid JSON");
        assertError(post("/api/articles", "", TOKEN, "application/json"), 400, "empty");
        assertError(post("/api/articles", "{\"title\": \"no text\"}", TOKEN, "application/json"), 400, "neither 'text' nor 'html'");
        assertError(post("/api/articles", "[]", TOKEN, "application/json"), 400, "non-empty");
        assertError(post("/api/articles", "[1, 2]", TOKEN, "application/json"), 400, "not a JSON object");
        assertError(post("/api/articles", "{\"text\": \"x\", \"published\": \"someday\"}", TOKEN, "application/json"), 400, "published");
        assertError(post("/api/articles", "{\"text\": {\"nested\": 1}}", TOKEN, "application/json"), 400, "string");
        assertError(post("/api/articles", "text=hello", TOKEN, "application/x-www-form-urlencoded"), 415, "JSON");
        String big = "{\"text\": \"" + "x".repeat(MAX_BODY + 10) + "\"}";
        assertError(post("/api/articles", big, TOKEN, "application/json"), 413, "larger than");
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= CollectionApi.MAX_POSTED_ARTICLES; i++) {
            many.append(i == 0 ? "" : ",").append("{\"text\":\"t").append(i).append("\"}");
        }
        assertError(post("/api/articles", many.append("]").toString(), TOKEN, "application/json"), 413, "at most");
        assertThat(get("/api").json().path("counts").path("articles").asInt()).as("nothing was stored").isEqualTo(5);
    }

    @Test
    void postIngestsAndRepostChangesNothing() throws Exception {
        String body = "{\"articles\": [{\"title\": \"Ferry timetable changes\", \"text\": \"The harbour ferry now leaves at nine, the operator said.\","
                + " \"outlet\": \"Harbour Herald\", \"url\": \"https://harbour-herald.example/ferry\", \"published\": \"2024-07-01\"}]}";
        Res r = post("/api/articles", body, TOKEN, "application/json");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("added").asInt()).isEqualTo(1);
        String id = r.json().path("articles").get(0).path("id").asText();
        assertThat(get("/api/articles/" + id).json().path("summary").path("outlet").asText()).isEqualTo("Harbour Herald");
        assertThat(get("/api/search?q=operator").json().path("total").asInt()).isEqualTo(1);
        Res again = post("/api/articles", body, TOKEN, "application/json");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(1);
        assertThat(again.json().path("articles").get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void requestsForAnotherHostAreRefused() throws Exception {
        // java.net.http does not let a caller set Host; a raw request does
        try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /api HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 421").contains("only requests addressed to localhost");
        }
        assertThat(get("/api").status()).isEqualTo(200);
    }

    @Test
    void uiIsServedWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(uri("/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.body()).contains("/static/app.js");
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/static/app.js")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(get("/static/nothing.js").status()).isEqualTo(404);
        assertThat(get("/static/..%2Fapp.js").status()).isEqualTo(404);
    }

    static String bridgeStory() throws Exception {
        for (JsonNode s : get("/api/stories").json().path("items")) {
            if (s.path("label").asText().contains("bridge")) {
                return s.path("id").asText();
            }
        }
        throw new AssertionError("no bridge story");
    }
}
