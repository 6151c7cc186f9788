package org.crosscheck.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.app.api.CollectionApi;
import org.crosscheck.app.api.Http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shareable report: one HTML file holding the web UI's own CSS and JavaScript inline, and the
 * API answers its pages need (story list, every story page, the pages of the people,
 * organisations and articles they link to) as JSON. It needs no network and no server: the UI
 * reads its answers from the file instead of fetching them. A Content-Security-Policy in the file
 * allows only its own inline script and style (by hash).
 */
public final class HtmlReport {

    /** How many stories, entities and articles the report holds. */
    public record Stats(int stories, int entities, int articles, long bytes) {
    }

    static final int MAX_STORIES = 200;
    static final int MAX_ARTICLES = 3000;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private HtmlReport() {
    }

    /** The key the UI looks an answer up by: the path, then the query parameters sorted by name. */
    public static String key(String path, Map<String, String> query) {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder b = new StringBuilder(path).append('?');
        new TreeMap<>(query).forEach((k, v) -> b.append(b.charAt(b.length() - 1) == '?' ? "" : "&").append(k).append('=').append(v));
        return b.toString();
    }

    public static Stats write(CollectionApi api, Path file) throws IOException {
        Map<String, JsonNode> data = new LinkedHashMap<>();
        put(api, data, "/api", Map.of());
        JsonNode stories = put(api, data, "/api/stories", Map.of("limit", Integer.toString(MAX_STORIES)));
        put(api, data, "/api/articles", Map.of("limit", "50"));
        Set<String> entities = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        int nStories = 0;
        for (JsonNode s : stories.path("items")) {
            JsonNode page = put(api, data, "/api/stories/" + s.path("id").asText(), Map.of());
            nStories++;
            page.path("entities").forEach(e -> entities.add(e.path("id").asText()));
            page.path("articles").forEach(a -> articles.add(a.path("id").asText()));
        }
        for (JsonNode a : data.get(key("/api/articles", Map.of("limit", "50"))).path("items")) {
            articles.add(a.path("id").asText());
        }
        for (String e : entities) {
            put(api, data, "/api/entities/" + e, Map.of());
        }
        int nArticles = 0;
        for (String a : articles) {
            if (nArticles >= MAX_ARTICLES) {
                break;
            }
            JsonNode page = api.get("/api/articles/" + a, Map.of()).body();
            if (page.path("article").isObject()) {
                ObjectNode art = (ObjectNode) page.path("article");
                // the page shows text, quotes, entities and events; token-level layers stay out of the file
                art.remove(List.of("tokens", "sentences", "mentions"));
            }
            data.put(key("/api/articles/" + a, Map.of()), page);
            nArticles++;
        }
        ObjectNode meta = F.objectNode();
        meta.put("generated", java.time.OffsetDateTime.now().withNano(0).toString());
        meta.put("note", "Written by 'crosscheck report'. Search and pages beyond these need 'crosscheck serve'.");
        data.put("report", meta);
        String html = html(JsonNodeFactory.instance.objectNode().setAll(data).toString());
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
        return new Stats(nStories, entities.size(), nArticles, bytes.length);
    }

    private static JsonNode put(CollectionApi api, Map<String, JsonNode> data, String path, Map<String, String> q) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        q.forEach((k, v) -> query.put(k, List.of(v)));
        Http.Response r = api.get(path, query);
        data.put(key(path, q), r.body());
        return r.body();
    }

    /** The page: inline style and script allowed by hash, the data as a JSON block the script reads. */
    static String html(String json) {
        String css = WebAssets.text("app.css");
        String js = WebAssets.text("app.js");
        String safeJson = json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        String csp = "default-src 'none'; img-src data:; style-src '" + sha256(css) + "'; script-src '" + sha256(js) + "'";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>crosscheck report</title>\n<style>" + css + "</style>\n</head>\n<body>\n"
                + "<div id=\"app\"><p>This report needs JavaScript to show its pages.</p></div>\n"
                + "<script type=\"application/json\" id=\"crosscheck-data\">" + safeJson + "</script>\n"
                + "<script>" + js + "</script>\n</body>\n</html>\n";
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
