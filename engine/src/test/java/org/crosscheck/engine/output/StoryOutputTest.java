package org.crosscheck.engine.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.stories.Story;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stories in collection.json and report.md: outlets, dates, reprints marked, article text escaped. */
class StoryOutputTest {

    static Document doc(String id, String title, String outlet, LocalDate published) {
        String text = title + "\n\nBody of " + id + ".";
        ArticleMeta meta = new ArticleMeta(null, outlet, published, null, title, List.of(), null, Map.of());
        return Document.of(id, Origin.of(id), meta, text, new Span(0, title.length()),
                List.of(new Span(title.length() + 2, text.length())), null, List.of());
    }

    static Analysis analysis() {
        Document a = doc("a", "Ferry strike ends | talks <b>resume</b>", "Harbour Times", LocalDate.of(2024, 2, 3));
        Document b = doc("b", "Ferry strike ends | talks <b>resume</b>", "Coast Daily", LocalDate.of(2024, 2, 4));
        Document c = doc("c", "Dockers vote on the ferry deal", null, null);
        Story s = new Story("S1", "Ferry strike ends | talks <b>resume</b>", List.of("a", "b", "c"),
                List.of(List.of("a", "b")), Map.of("b", "a"), List.of("2024-02-02"), List.of("Portmouth"));
        return new Analysis(List.of(a, b, c), List.of(), EntityIndex.EMPTY, List.of(s), List.of(), List.of(),
                new Analysis.Stats(3, 3, 0, 0, 0.1, 0, 1));
    }

    @Test
    void reportListsEachStorysArticlesWithReprintsMarkedAndEscaped() {
        String md = MarkdownReport.collection(analysis());
        assertThat(md).contains("## Stories");
        assertThat(md).contains("### S1: Ferry strike ends \\| talks &lt;b&gt;resume&lt;/b&gt;");
        assertThat(md).contains("3 articles (2 independent, 1 reprint); event date 2024-02-02; places: Portmouth.");
        assertThat(md).contains("| b | Ferry strike ends \\| talks &lt;b&gt;resume&lt;/b&gt; | Coast Daily | 2024-02-04 | reprint of a |");
        assertThat(md).contains("| c | Dockers vote on the ferry deal | - | - |  |");
        assertThat(md).doesNotContain("<b>");
    }

    @Test
    void collectionJsonCarriesStoriesWithOutletsDatesAndReprints() {
        ObjectNode o = JsonOutput.collection(analysis(), Map.of());
        JsonNode s = o.get("stories").get(0);
        assertThat(s.get("id").asText()).isEqualTo("S1");
        assertThat(s.get("sources").asInt()).isEqualTo(2);
        assertThat(s.get("articles").get(1).get("outlet").asText()).isEqualTo("Coast Daily");
        assertThat(s.get("articles").get(1).get("reprint_of").asText()).isEqualTo("a");
        assertThat(s.get("articles").get(0).get("reprint_of").isNull()).isTrue();
        assertThat(s.get("reprints").get(0).get(1).asText()).isEqualTo("b");
        assertThat(s.get("dates").get(0).asText()).isEqualTo("2024-02-02");
    }
}
