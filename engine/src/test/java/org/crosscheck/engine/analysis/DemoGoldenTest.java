package org.crosscheck.engine.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.engine.TestEngine;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.output.JsonOutput;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end on the bundled sample: the analysis, as readable JSON without timings and token
 * offsets, must equal the golden file. After an intended change, regenerate with
 * {@code ./mvnw -pl engine test -Dtest=DemoGoldenTest -Dcrosscheck.regenerate=true} and review the diff
 * of {@code engine/src/test/resources/golden/demo.json} like code.
 */
class DemoGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/demo.json");

    @Test
    void theBundledSampleAnalysesAsRecorded() throws IOException {
        Path sample = TestEngine.root().resolve("samples/demo");
        assumeTrue(Files.isDirectory(sample), "samples/demo not found at " + sample.toAbsolutePath());
        Analysis a = TestEngine.analyzer().analyze(List.of(sample));
        String actual = JsonOutput.mapper().writeValueAsString(digest(a, sample)) + "\n";
        if (Boolean.getBoolean("crosscheck.regenerate") || !Files.exists(GOLDEN)) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        assertThat(actual)
                .as("analysis of samples/demo differs from %s; if intended, regenerate with -Dcrosscheck.regenerate=true and review the diff", GOLDEN)
                .isEqualTo(expected);
    }

    /**
     * The sample's answer key (samples/README.md): three events, and the two rounds of one series of
     * talks, which mention each other, stay apart although they share people, places and words.
     */
    @Test
    void theSampleFallsIntoItsThreeEvents() {
        Path sample = TestEngine.root().resolve("samples/demo");
        assumeTrue(Files.isDirectory(sample), "samples/demo not found at " + sample.toAbsolutePath());
        Analysis a = TestEngine.analyzer().analyze(List.of(sample));
        List<List<String>> stories = a.stories().stream()
                .map(s -> s.articles().stream().map(id -> id.substring(id.lastIndexOf('/') + 1)).sorted().toList())
                .toList();
        assertThat(stories).containsExactlyInAnyOrder(
                List.of("meridian-newsroom-water-talks.txt", "northern-wire-water-talks-baghdad.txt", "tigris-daily-water-talks-baghdad.txt"),
                List.of("erbil-observer-water-deal.md", "gulf-energy-monitor-water-deal.html", "two-rivers-radio-2025-04-16-water-schedule"),
                List.of("erbil-observer-kalar-flood.txt", "tigris-daily-darbandikhan-flood.txt", "two-rivers-radio-2025-03-22-kalar-flood"));
    }

    /** The collection and every article, minus what changes from run to run or machine to machine. */
    static ObjectNode digest(Analysis a, Path sample) {
        String prefix = sample.toString();
        ObjectNode root = JsonOutput.mapper().createObjectNode();
        ObjectNode collection = JsonOutput.collection(a, Map.of());
        collection.remove("stats");
        root.set("collection", relativise(collection, prefix));
        var articles = root.putArray("articles");
        List<Document> docs = new ArrayList<>(a.documents());
        docs.sort((x, y) -> x.id().compareTo(y.id()));
        for (Document d : docs) {
            ObjectNode art = JsonOutput.article(d, a.entities());
            art.remove("tokens");
            art.remove("sentences");
            art.remove("text");
            art.put("sentence_count", d.sentences().size());
            art.put("token_count", d.tokens().size());
            articles.add(relativise(art, prefix));
        }
        return root;
    }

    /** Replaces the machine's path to the sample folder by "samples/demo" in every string. */
    private static ObjectNode relativise(ObjectNode node, String prefix) {
        String json = node.toString().replace(prefix.replace("\\", "\\\\"), "samples/demo");
        try {
            JsonNode n = JsonOutput.mapper().readTree(json);
            return (ObjectNode) n;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
