package org.crosscheck.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An extraction development set in one of the two formats {@code eval extraction} reads, told
 * apart by the file in the folder:
 * <ul>
 *   <li>trafilatura's: {@code evaldata.json} maps each URL to {@code {file, with[], without[]}},
 *       pages as {@code html/FILE.gz} (or {@code html/FILE});</li>
 *   <li>the article-extraction-benchmark's: {@code ground-truth.json} maps each id to
 *       {@code {articleBody, url}}, pages as {@code html/ID.html.gz}.</li>
 * </ul>
 */
public sealed interface ExtractionSet permits ExtractionSet.Snippets, ExtractionSet.Bodies {

    List<EvalPage> pages();

    String format();

    /** trafilatura's format: snippets that must and must not appear in each page's text. */
    record Snippets(List<EvalPage> pages, List<List<String>> with, List<List<String>> without) implements ExtractionSet {
        @Override
        public String format() {
            return "trafilatura (evaldata.json, with/without snippets)";
        }
    }

    /** article-extraction-benchmark's format: each page's whole article body. */
    record Bodies(List<EvalPage> pages, List<String> bodies) implements ExtractionSet {
        @Override
        public String format() {
            return "article-extraction-benchmark (ground-truth.json, article bodies)";
        }
    }

    ObjectMapper JSON = new ObjectMapper();

    /** Reads the set in {@code dir}; an {@link IOException} names what is missing or malformed. */
    static ExtractionSet load(Path dir) throws IOException {
        Path evaldata = dir.resolve("evaldata.json");
        Path truth = dir.resolve("ground-truth.json");
        if (Files.isRegularFile(evaldata)) {
            return loadSnippets(dir, evaldata);
        }
        if (Files.isRegularFile(truth)) {
            return loadBodies(dir, truth);
        }
        throw new IOException(dir + " holds neither evaldata.json (trafilatura format) nor ground-truth.json "
                + "(article-extraction-benchmark format)");
    }

    private static ExtractionSet loadSnippets(Path dir, Path evaldata) throws IOException {
        JsonNode root = JSON.readTree(evaldata.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(evaldata + ": expected a JSON object mapping URLs to {file, with, without}");
        }
        List<EvalPage> pages = new ArrayList<>();
        List<List<String>> with = new ArrayList<>();
        List<List<String>> without = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode item = e.getValue();
            String file = item.path("file").asText("");
            if (file.isBlank()) {
                throw new IOException(evaldata + ": " + e.getKey() + " has no 'file'");
            }
            Path html = firstExisting(dir.resolve("html").resolve(file + ".gz"), dir.resolve("html").resolve(file),
                    dir.resolve(file + ".gz"), dir.resolve(file));
            if (html == null) {
                throw new IOException(evaldata + ": page " + file + " not found under " + dir.resolve("html"));
            }
            pages.add(new EvalPage(file, e.getKey(), html));
            with.add(strings(item.path("with")));
            without.add(strings(item.path("without")));
        }
        return new Snippets(pages, with, without);
    }

    private static ExtractionSet loadBodies(Path dir, Path truth) throws IOException {
        JsonNode root = JSON.readTree(truth.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(truth + ": expected a JSON object mapping ids to {articleBody, url}");
        }
        List<EvalPage> pages = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            Path html = firstExisting(dir.resolve("html").resolve(id + ".html.gz"), dir.resolve("html").resolve(id + ".html"));
            if (html == null) {
                throw new IOException(truth + ": page html/" + id + ".html.gz not found");
            }
            pages.add(new EvalPage(id, e.getValue().path("url").asText(null), html));
            bodies.add(e.getValue().path("articleBody").asText(""));
        }
        return new Bodies(pages, bodies);
    }

    private static Path firstExisting(Path... candidates) {
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(x -> {
                if (x.isTextual() && !x.asText().isBlank()) {
                    out.add(x.asText());
                }
            });
        }
        return out;
    }
}
