package org.crosscheck.engine.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection.Reason;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * JSON Lines, one article an object: {@code id, url, outlet, published, title} and {@code text} or
 * {@code html}. Each bad line becomes a rejection naming its line number; the others go on.
 */
final class JsonLinesReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean accepts(Path file, String lowerName) {
        return lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, String display, IngestConfig config, Consumer<Outcome<RawArticle>> sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        int lineNo = 0;
        int accepted = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Origin origin = Origin.line(display, lineNo);
                if (line.length() > config.maxArticleBytes()) {
                    sink.accept(Outcome.rejected(origin, Reason.TOO_LARGE,
                            line.length() + " characters, limit " + config.maxArticleBytes()));
                    continue;
                }
                Outcome<RawArticle> o = parse(line, origin, display, lineNo);
                if (o.isOk()) {
                    accepted++;
                }
                sink.accept(o);
            }
            if (lineNo == 0 || (accepted == 0 && lineNo > 0 && allBlank(file))) {
                sink.accept(Outcome.rejected(Origin.of(display), Reason.EMPTY, "no JSON lines"));
            }
        } catch (IOException e) {
            sink.accept(Outcome.rejected(Origin.line(display, lineNo), Reason.UNREADABLE, e.getMessage()));
        }
    }

    private static boolean allBlank(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.allMatch(String::isBlank);
        }
    }

    private static Outcome<RawArticle> parse(String line, Origin origin, String display, int lineNo) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Outcome.rejected(origin, Reason.MALFORMED, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return Outcome.rejected(origin, Reason.MALFORMED, "not a JSON object");
        }
        JsonNode text = node.get("text");
        JsonNode html = node.get("html");
        String content;
        Format format;
        if (text != null && text.isTextual() && !text.asText().isBlank()) {
            content = text.asText();
            format = Format.TEXT;
        } else if (html != null && html.isTextual() && !html.asText().isBlank()) {
            content = html.asText();
            format = Format.HTML;
        } else {
            return Outcome.rejected(origin, Reason.EMPTY, "no 'text' or 'html' field with content");
        }
        ArticleMeta meta = SidecarMeta.fromJson(node, "jsonl");
        JsonNode id = node.get("id");
        String articleId = id != null && id.isValueNode() && !id.asText().isBlank()
                ? id.asText().trim()
                : display + ":" + lineNo;
        return Outcome.ok(new RawArticle(articleId, origin, format, content, meta, List.of()));
    }
}
