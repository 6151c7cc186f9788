package org.crosscheck.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An ECB+-format story set: one JSON object a line with {@code doc_id}, {@code topic},
 * {@code subtopic} (the event: the gold class) and {@code text}. This is the only class that reads
 * the ids and classes; the engine is handed the texts alone ({@link BlindArticles}).
 *
 * @param texts  the documents' texts, in file order
 * @param events each document's gold event ({@code subtopic}), same order
 * @param topics each document's topic, same order (for the per-topic table only)
 */
public record EcbCorpus(List<String> texts, List<String> events, List<String> topics) {

    public static EcbCorpus read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = json.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IOException(file + ":" + no + ": not a JSON object: " + e.getOriginalMessage(), e);
                }
                if (!n.isObject()) {
                    throw new IOException(file + ":" + no + ": not a JSON object");
                }
                JsonNode text = n.get("text");
                JsonNode sub = n.get("subtopic");
                if (text == null || !text.isTextual() || sub == null || sub.isNull()) {
                    throw new IOException(file + ":" + no + ": needs a 'text' string and a 'subtopic'");
                }
                texts.add(text.asText());
                events.add(sub.asText());
                JsonNode topic = n.get("topic");
                topics.add(topic == null || topic.isNull() ? sub.asText() : topic.asText());
            }
        }
        if (texts.isEmpty()) {
            throw new IOException(file + ": no documents");
        }
        return new EcbCorpus(List.copyOf(texts), List.copyOf(events), List.copyOf(topics));
    }
}
