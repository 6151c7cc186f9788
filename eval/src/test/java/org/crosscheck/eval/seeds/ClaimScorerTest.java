package org.crosscheck.eval.seeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.claims.Claim;
import org.crosscheck.engine.claims.Stance;
import org.crosscheck.engine.claims.Voice;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.eval.Metrics;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims scorer on a hand-built analysis: matching through holder, file and wording, as docs/evaluation.md says. */
class ClaimScorerTest {

    private static final String GOLD = """
            {"entities": [
               {"canonical": "Mira Castell", "type": "PERSON", "aliases": ["Castell", "the harbour master"]},
               {"canonical": "Jonas Weller", "type": "PERSON", "aliases": ["Weller"]}],
             "claims": [
               {"id": "K1", "claim": "The harbour crane collapsed because of poor maintenance",
                "asserted_by": [{"who": "Mira Castell", "files": ["a.txt", "b.txt"]}],
                "disputed_by": [{"who": "Jonas Weller", "files": ["c.txt"]}]},
               {"id": "K2", "claim": "The port will reopen to ferries on Monday",
                "asserted_by": [{"who": "Mira Castell", "files": ["a.txt"]}], "disputed_by": [], "single_source": true}]}
            """;

    private static Claim.Report rep(String article, String holder, String name, Stance stance, String text) {
        return new Claim.Report(article, new Span(0, 1), new Span(0, 1), text, holder, name, stance, Voice.REPORTED, "said",
                null, article, null, null, 0.9);
    }

    private static Claim claim(String id, boolean single, Claim.Report... reports) {
        List<Claim.Source> sources = single ? List.of(new Claim.Source("a", List.of("a.txt"), List.of()))
                : List.of(new Claim.Source("a", List.of("a.txt"), List.of()), new Claim.Source("b", List.of("b.txt"), List.of()));
        return new Claim(id, reports[0].text(), List.of(), List.of(reports), List.of(), sources, single, 0.8);
    }

    private static Metrics score(List<Claim> claims) throws Exception {
        SeedGold gold = new SeedGold(new ObjectMapper().readTree(GOLD));
        List<Document> docs = List.of(Document.ofText("a.txt", "x"), Document.ofText("b.txt", "x"), Document.ofText("c.txt", "x"));
        GlobalEntity castell = new GlobalEntity("P1", EntityType.PERSON, "Mira Castell", true,
                List.of(new GlobalEntity.Alias("Castell", 2, "name")), List.of(), 3, List.of("a.txt", "b.txt"), null);
        GlobalEntity weller = new GlobalEntity("P2", EntityType.PERSON, "Jonas Weller", true, List.of(), List.of(), 1,
                List.of("c.txt"), null);
        EntityIndex idx = new EntityIndex(List.of(castell, weller), Map.of());
        Analysis a = new Analysis(docs, List.of(), idx, List.of(), List.of(), claims,
                new Analysis.Stats(3, 3, 0, 3, 0, 0, 1));
        Metrics m = new Metrics("seeds", "test");
        StringWriter out = new StringWriter();
        new ClaimScorer().score(new SeedRun(gold, a, Path.of("."), m, new PrintWriter(out)));
        return m;
    }

    @Test
    void aPerfectPredictionScoresOne() throws Exception {
        Metrics m = score(List.of(
                claim("C1", false,
                        rep("a.txt", "P1", "Mira Castell", Stance.ASSERT, "The crane fell because it was badly maintained"),
                        rep("b.txt", "P1", "Mira Castell", Stance.ASSERT, "Poor maintenance brought the harbour crane down"),
                        rep("c.txt", "P2", "Jonas Weller", Stance.DISPUTE, "Maintenance had nothing to do with the collapse")),
                claim("C2", true, rep("a.txt", "P1", "Mira Castell", Stance.ASSERT, "Ferries can use the port again from Monday"))));
        assertThat(m.values()).containsEntry("claim_found", 1.0).containsEntry("holder_p", 1.0).containsEntry("holder_r", 1.0)
                .containsEntry("stance_p", 1.0).containsEntry("stance_r", 1.0).containsEntry("single_source_acc", 1.0)
                .containsEntry("merged_groups", 0.0).containsEntry("group_p", 1.0).containsEntry("group_r", 1.0);
    }

    @Test
    void aSplitClaimIsNotFoundAndAMergedOneIsCounted() throws Exception {
        Metrics split = score(List.of(
                claim("C1", true, rep("a.txt", "P1", "Mira Castell", Stance.ASSERT, "The crane fell because it was badly maintained")),
                claim("C2", true, rep("b.txt", "P1", "Mira Castell", Stance.ASSERT, "Poor maintenance brought the harbour crane down"))));
        assertThat(split.get("claim_found")).isEqualTo(0.0);
        assertThat(split.get("group_r")).isLessThan(1.0);
        Metrics merged = score(List.of(claim("C1", false,
                rep("a.txt", "P1", "Mira Castell", Stance.ASSERT, "The crane fell because it was badly maintained"),
                rep("b.txt", "P1", "Mira Castell", Stance.ASSERT, "Poor maintenance brought the harbour crane down"),
                rep("a.txt", "P1", "Mira Castell", Stance.ASSERT, "Ferries can use the port again from Monday"))));
        assertThat(merged.get("merged_groups")).isEqualTo(1.0);
        assertThat(merged.get("group_p")).isLessThan(1.0);
    }

    @Test
    void aDisputeOnTheWrongClaimCostsPrecisionAndAWrongHolderToo() throws Exception {
        Metrics m = score(List.of(
                claim("C1", false,
                        rep("a.txt", "P1", "Mira Castell", Stance.ASSERT, "The crane fell because it was badly maintained"),
                        rep("b.txt", "P1", "Mira Castell", Stance.ASSERT, "Poor maintenance brought the harbour crane down")),
                claim("C2", true, rep("c.txt", "P2", "Jonas Weller", Stance.DISPUTE, "Something else entirely"),
                        rep("c.txt", "speaker:dock workers", "dock workers", Stance.REPORT, "Something else entirely"))));
        assertThat(m.get("stance_r")).isLessThan(1.0);
        assertThat(m.get("stance_p")).isLessThan(1.0);
        assertThat(m.get("single_source_acc")).isEqualTo(0.5);
    }
}
