package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimMatrixTest {

    private static Claim.Report report(String article, Stance stance, String source, String credited) {
        return new Claim.Report(article, new Span(0, 1), new Span(0, 1), "x y z", "P1", "Someone", stance, Voice.REPORTED,
                "said", null, source, credited, null, 1);
    }

    private static Claim claim(String id, Claim.Report... reports) {
        return new Claim(id, "proposition " + id, List.of(), List.of(reports), List.of(),
                List.of(new Claim.Source("A", List.of("a"), List.of())), true, 1);
    }

    @Test
    void cellsSayAssertedDisputedContestedReportedOrAbsent() {
        Claim c = claim("C1",
                report("a", Stance.ASSERT, "Alpha", null),
                report("b", Stance.DISPUTE, "Beta", null),
                report("c", Stance.ASSERT, "Gamma", null), report("c", Stance.DISPUTE, "Gamma", null),
                report("d", Stance.ASSERT, "Alpha", "Alpha"));
        Map<String, String> outlets = Map.of("a", "Alpha", "b", "Beta", "c", "Gamma", "d", "Delta", "e", "Epsilon");
        assertThat(ClaimMatrix.cell(c, List.of("a"), OutletNames.key(outlets.get("a")))).isEqualTo(ClaimMatrix.Cell.ASSERTED);
        assertThat(ClaimMatrix.cell(c, List.of("b"), OutletNames.key(outlets.get("b")))).isEqualTo(ClaimMatrix.Cell.DISPUTED);
        assertThat(ClaimMatrix.cell(c, List.of("c"), OutletNames.key(outlets.get("c")))).isEqualTo(ClaimMatrix.Cell.CONTESTED);
        assertThat(ClaimMatrix.cell(c, List.of("d"), OutletNames.key(outlets.get("d")))).isEqualTo(ClaimMatrix.Cell.REPORTED);
        assertThat(ClaimMatrix.cell(c, List.of("e"), OutletNames.key(outlets.get("e")))).isEqualTo(ClaimMatrix.Cell.ABSENT);
    }

    @Test
    void aStoryMatrixHasAColumnPerOutletAndARowPerClaimInTheStory() {
        TestCollection tc = new TestCollection().person("Oskar Lind");
        tc.article("a", "Lundhaven Post", "Mayor Oskar Lind said the new terminal would open in September.")
                .said("the new terminal would open in September", "Oskar Lind");
        tc.article("b", "Fjord Times", "Oskar Lind said the new ferry terminal is due to open in September.")
                .said("the new ferry terminal is due to open in September", "Oskar Lind");
        tc.article("c", "Lundhaven Post", "The harbour will be dredged next spring to let larger ships in.");
        var docs = tc.documents();
        List<Claim> claims = ClaimService.standard().build(docs, tc.index(), List.of(), List.of());
        List<ClaimMatrix> ms = ClaimMatrix.of(List.of(), claims, docs);
        assertThat(ms).hasSize(1);
        ClaimMatrix m = ms.get(0);
        assertThat(m.story()).isNull();
        assertThat(m.outlets()).extracting(ClaimMatrix.Outlet::name).containsExactly("Lundhaven Post", "Fjord Times");
        assertThat(m.outlets().get(0).articles()).containsExactly("a", "c");
        ClaimMatrix.Row terminal = m.rows().stream().filter(r -> r.proposition().contains("terminal")).findFirst().orElseThrow();
        assertThat(terminal.cells()).containsExactly(ClaimMatrix.Cell.ASSERTED, ClaimMatrix.Cell.ASSERTED);
        assertThat(terminal.independentSources()).isEqualTo(2);
        assertThat(m.rows().get(0).claim()).isEqualTo(terminal.claim());
    }
}
