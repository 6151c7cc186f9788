package org.crosscheck.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's own claims development set is consistent: every file exists, every anchor occurs once, every claim names known files. */
class ClaimsDevGoldTest {

    private static final Path ROOT = Path.of(System.getProperty("crosscheck.root", "..")).resolve("samples/claims-dev");

    @Test
    void goldAndArticlesAgree() throws Exception {
        SeedGold gold = SeedGold.read(ROOT.resolve("gold.json"));
        Path dir = ROOT.resolve("articles");
        Set<String> files = new HashSet<>();
        for (JsonNode a : gold.list("articles")) {
            String f = SeedGold.text(a, "file");
            assertThat(dir.resolve(f)).exists();
            files.add(f);
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        try (var s = Files.list(dir)) {
            assertThat(s.filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(files.size());
        }
        for (JsonNode q : gold.list("quotes")) {
            String text = Files.readString(dir.resolve(SeedGold.text(q, "file")), StandardCharsets.UTF_8);
            String anchor = SeedGold.text(q, "anchor");
            assertThat(text.indexOf(anchor)).as(anchor).isGreaterThanOrEqualTo(0);
            assertThat(text.indexOf(anchor, text.indexOf(anchor) + 1)).as("anchor occurs once: " + anchor).isEqualTo(-1);
        }
        List<ClaimScorer.GoldClaim> claims = ClaimScorer.goldClaims(gold);
        assertThat(claims).hasSizeGreaterThanOrEqualTo(10);
        assertThat(gold.list("events")).hasSize(3);
        for (ClaimScorer.GoldClaim k : claims) {
            k.asserted().values().forEach(fs -> assertThat(files).containsAll(fs));
            k.disputed().values().forEach(fs -> assertThat(files).containsAll(fs));
        }
        assertThat(claims).anyMatch(ClaimScorer.GoldClaim::singleSource).anyMatch(k -> !k.disputed().isEmpty());
    }
}
