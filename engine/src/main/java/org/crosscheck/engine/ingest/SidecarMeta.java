package org.crosscheck.engine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.engine.doc.ArticleMeta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata beside an article file: {@code name.meta.json} or {@code name.ext.meta.json} with any of
 * {@code url, outlet, published, title, authors, language}. Also reads the same fields from a JSON object
 * (a JSON Lines record).
 */
public final class SidecarMeta {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SidecarMeta() {
    }

    public static boolean isSidecar(String lowerName) {
        return lowerName.endsWith(".meta.json");
    }

    /** The sidecar file for {@code file}, or null. */
    public static Path find(Path file) {
        String name = file.getFileName().toString();
        Path withExt = file.resolveSibling(name + ".meta.json");
        if (Files.isRegularFile(withExt)) {
            return withExt;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Path noExt = file.resolveSibling(name.substring(0, dot) + ".meta.json");
            if (Files.isRegularFile(noExt)) {
                return noExt;
            }
        }
        return null;
    }

    public static ArticleMeta read(Path sidecar) throws IOException {
        JsonNode node = JSON.readTree(sidecar.toFile());
        if (node == null || !node.isObject()) {
            throw new IOException("not a JSON object");
        }
        return fromJson(node, "sidecar");
    }

    /** Reads the metadata fields of a JSON object; {@code source} is written into the provenance. */
    public static ArticleMeta fromJson(JsonNode node, String source) {
        Map<String, String> prov = new HashMap<>();
        String url = text(node, "url", prov, source);
        String outlet = text(node, "outlet", prov, source);
        if (outlet == null) {
            outlet = text(node, "source", prov, source);
            if (outlet != null) {
                prov.put("outlet", source);
            }
        }
        String publishedRaw = text(node, "published", prov, source);
        if (publishedRaw == null) {
            publishedRaw = text(node, "date", prov, source);
            if (publishedRaw != null) {
                prov.put("published", source);
            }
        }
        String title = text(node, "title", prov, source);
        String language = text(node, "language", prov, source);
        List<String> authors = new ArrayList<>();
        JsonNode a = node.get("authors");
        if (a == null) {
            a = node.get("author");
        }
        if (a != null && a.isArray()) {
            a.forEach(x -> {
                if (x.isTextual() && !x.asText().isBlank()) {
                    authors.add(x.asText().trim());
                }
            });
        } else if (a != null && a.isTextual() && !a.asText().isBlank()) {
            authors.add(a.asText().trim());
        }
        if (!authors.isEmpty()) {
            prov.put("authors", source);
        }
        return new ArticleMeta(url, outlet, Dates.parse(publishedRaw), publishedRaw, title, authors, language, prov);
    }

    private static String text(JsonNode node, String field, Map<String, String> prov, String source) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().trim();
        if (s.isEmpty()) {
            return null;
        }
        prov.put(field, source);
        return s;
    }
}
