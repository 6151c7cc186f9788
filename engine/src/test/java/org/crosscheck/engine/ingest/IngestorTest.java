package org.crosscheck.engine.ingest;

import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestorTest {

    @TempDir
    Path dir;

    private List<Outcome<RawArticle>> read(Path... paths) {
        return Ingestor.standard(IngestConfig.DEFAULT).read(List.of(paths));
    }

    private static List<RawArticle> ok(List<Outcome<RawArticle>> os) {
        return os.stream().filter(o -> o instanceof Outcome.Ok).map(o -> ((Outcome.Ok<RawArticle>) o).value()).toList();
    }

    private static List<Rejection> rejected(List<Outcome<RawArticle>> os) {
        return os.stream().filter(o -> o instanceof Outcome.Rejected).map(o -> ((Outcome.Rejected<RawArticle>) o).rejection()).toList();
    }

    @Test
    void jsonLinesGiveOneArticleALineAndReportBadLinesByNumber() throws Exception {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, """
                {"id":"a1","url":"https://coastal.example/a1","outlet":"Coastal Wire","published":"2025-03-14","title":"Pier repaired","text":"The pier reopened on Friday."}
                {"id":"a2", broken json
                {"id":"a3","html":"<html><body><p>The lighthouse was painted red and white this week.</p></body></html>"}

                {"id":"a4","title":"No body"}
                """);
        List<Outcome<RawArticle>> os = read(f);
        List<RawArticle> arts = ok(os);
        assertThat(arts).extracting(RawArticle::id).containsExactly("a1", "a3");
        RawArticle a1 = arts.get(0);
        assertThat(a1.meta().outlet()).isEqualTo("Coastal Wire");
        assertThat(a1.meta().published()).hasToString("2025-03-14");
        assertThat(a1.meta().provenance()).containsEntry("outlet", "jsonl");
        assertThat(arts.get(1).format()).isEqualTo(Format.HTML);
        assertThat(rejected(os)).extracting(r -> r.origin().toString()).containsExactly(f + ":2", f + ":5");
        assertThat(rejected(os).get(0).reason()).isEqualTo(Rejection.Reason.MALFORMED);
        assertThat(rejected(os).get(1).reason()).isEqualTo(Rejection.Reason.EMPTY);
    }

    @Test
    void aSidecarGivesMetadataAndUnknownFieldsStayNull() throws Exception {
        Files.writeString(dir.resolve("story.txt"), "The pier reopened on Friday after repairs.");
        Files.writeString(dir.resolve("story.meta.json"), "{\"outlet\":\"Harbour News\",\"published\":\"2025-03-15T08:00:00Z\"}");
        Files.writeString(dir.resolve("plain.txt"), "A second story with no metadata at all.");
        List<RawArticle> arts = ok(read(dir));
        assertThat(arts).hasSize(2);
        RawArticle plain = arts.stream().filter(a -> a.id().endsWith("plain.txt")).findFirst().orElseThrow();
        RawArticle story = arts.stream().filter(a -> a.id().endsWith("story.txt")).findFirst().orElseThrow();
        assertThat(story.meta().outlet()).isEqualTo("Harbour News");
        assertThat(story.meta().published()).hasToString("2025-03-15");
        assertThat(plain.meta().outlet()).isNull();
        assertThat(plain.meta().published()).isNull();
    }

    @Test
    void unsupportedMissingAndTooLargeInputsAreReported() throws Exception {
        Files.write(dir.resolve("photo.jpg"), new byte[]{1, 2, 3});
        Files.writeString(dir.resolve(".hidden.txt"), "ignored");
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "x".repeat(2000), StandardCharsets.UTF_8);
        List<Outcome<RawArticle>> os = Ingestor.standard(new IngestConfig(1000, false))
                .read(List.of(dir, dir.resolve("missing.txt")));
        assertThat(rejected(os)).extracting(Rejection::reason).containsExactlyInAnyOrder(
                Rejection.Reason.TOO_LARGE, Rejection.Reason.UNSUPPORTED, Rejection.Reason.UNREADABLE);
        assertThat(ok(os)).isEmpty();
    }

    @Test
    void idsStayUniqueWhenAJsonlRepeatsOne() throws Exception {
        Path f = dir.resolve("dup.jsonl");
        Files.writeString(f, "{\"id\":\"same\",\"text\":\"First text.\"}\n{\"id\":\"same\",\"text\":\"Second text.\"}\n");
        assertThat(ok(read(f))).extracting(RawArticle::id).containsExactly("same", "same#2");
    }
}
