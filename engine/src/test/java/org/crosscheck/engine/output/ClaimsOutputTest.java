package org.crosscheck.engine.output;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.claims.Claim;
import org.crosscheck.engine.claims.Stance;
import org.crosscheck.engine.claims.Voice;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.entities.EntityIndex;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimsOutputTest {

    private static Document doc(String id, String outlet, String text) {
        ArticleMeta meta = new ArticleMeta(null, outlet, null, null, null, List.of(), null, Map.of());
        return Document.of(id, Origin.of(id), meta, text, null, List.of(new Span(0, text.length())), null, List.of());
    }

    private static Analysis analysis() {
        String a = "Ilka Varn said the <b>dam</b> | will hold.";
        String b = "Osk Teller denied that the dam will hold.";
        Claim c = new Claim("C1", "The <b>dam</b> | will hold", List.of(), List.of(
                new Claim.Report("a", new Span(15, 41), new Span(0, a.length()), "The <b>dam</b> | will hold", "P1", "Ilka Varn",
                        Stance.ASSERT, Voice.REPORTED, "said", null, "Quay *Times*", null, null, 0.9),
                new Claim.Report("b", new Span(23, 40), new Span(0, b.length()), "The dam will hold", "P2", "Osk Teller",
                        Stance.DISPUTE, Voice.REPORTED, "denied", "The dam will hold", "Harbour Post", null, null, 0.8)),
                List.of(new Claim.Holder("P1", "Ilka Varn", Stance.ASSERT, List.of("a")),
                        new Claim.Holder("P2", "Osk Teller", Stance.DISPUTE, List.of("b"))),
                List.of(new Claim.Source("Quay *Times*", List.of("a"), List.of())), true, 0.9);
        return new Analysis(List.of(doc("a", "Quay *Times*", a), doc("b", "Harbour Post", b)), List.of(), EntityIndex.EMPTY,
                List.of(), List.of(), List.of(c), new Analysis.Stats(2, 2, 0, 0, 0, 0, 1));
    }

    @Test
    void jsonHasTheDocumentedClaimAndMatrixFields() {
        JsonNode o = JsonOutput.collection(analysis(), null);
        JsonNode c = o.get("claims").get(0);
        assertThat(c.get("id").asText()).isEqualTo("C1");
        assertThat(c.get("single_source").asBoolean()).isTrue();
        assertThat(c.get("independent_sources").asInt()).isEqualTo(1);
        assertThat(c.get("holders").get(1).get("stance").asText()).isEqualTo("dispute");
        JsonNode r = c.get("reports").get(0);
        assertThat(r.get("words").asText()).isEqualTo("the <b>dam</b> | will hold");
        assertThat(r.get("start").asInt()).isEqualTo(15);
        assertThat(r.get("voice").asText()).isEqualTo("reported");
        JsonNode m = o.get("claim_matrices").get(0);
        assertThat(m.get("story").isNull()).isTrue();
        assertThat(m.get("outlets")).hasSize(2);
        assertThat(m.get("rows").get(0).get("cells").toString()).isEqualTo("[\"asserted\",\"disputed\"]");
    }

    @Test
    void markdownShowsTheMatrixWithArticleTextEscaped() {
        String md = MarkdownReport.collection(analysis());
        assertThat(md).contains("## Claims").contains("| A | D |");
        assertThat(md).doesNotContain("<b>").contains("&lt;b&gt;dam&lt;/b&gt; \\| will hold");
        assertThat(md).contains("Quay \\*Times\\*");
        assertThat(md).contains("disputed by Osk Teller");
    }
}
