package org.crosscheck.engine.claims;

import org.crosscheck.engine.quotes.CuePolarity;
import org.crosscheck.engine.quotes.QuoteKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One claim, many wordings: tense, voice and vocabulary change, the claim does not; different claims stay apart. */
class GroupingTest {

    private static List<Claim> run(TestCollection tc) {
        return ClaimService.standard().build(tc.documents(), tc.index(), List.of(), List.of());
    }

    @Test
    void twoWordingsOfOneClaimAreOneClaimWithTwoReports() {
        TestCollection tc = new TestCollection().person("Vera Holm");
        tc.article("a", "Coast Courier", "Vera Holm said the storm had destroyed more than 300 homes on the island.")
                .said("the storm had destroyed more than 300 homes on the island", "Vera Holm");
        tc.article("b", "Bay Herald", "\u201CMore than 300 homes on the island were destroyed by the storm,\u201D Holm said.")
                .quote("More than 300 homes on the island were destroyed by the storm,", "said", QuoteKind.DIRECT,
                        CuePolarity.ASSERT, "Holm");
        List<Claim> claims = run(tc);
        Claim c = claims.stream().filter(x -> x.proposition().contains("300 homes")).findFirst().orElseThrow();
        assertThat(c.reports()).extracting(Claim.Report::article).containsExactlyInAnyOrder("a", "b");
        assertThat(c.reports()).extracting(Claim.Report::voice).containsExactlyInAnyOrder(Voice.REPORTED, Voice.DIRECT);
        assertThat(c.holders(Stance.ASSERT)).extracting(Claim.Holder::name).containsExactly("Vera Holm");
    }

    @Test
    void differentFiguresKeepClaimsApart() {
        TestCollection tc = new TestCollection().person("Vera Holm").person("Ivar Dahl");
        tc.article("a", "Coast Courier", "Vera Holm said the storm had destroyed 300 homes on the island.")
                .said("the storm had destroyed 300 homes on the island", "Vera Holm");
        tc.article("b", "Bay Herald", "Ivar Dahl said the storm had destroyed 40 homes on the island.")
                .said("the storm had destroyed 40 homes on the island", "Ivar Dahl");
        List<Claim> claims = run(tc);
        assertThat(claims.stream().filter(c -> c.proposition().contains("homes"))).hasSize(2);
    }

    @Test
    void differentStatementsOfOneSpeakerStayApart() {
        TestCollection tc = new TestCollection().person("Vera Holm");
        tc.article("a", "Coast Courier", "Vera Holm said the ferry to the mainland would resume on Friday. "
                        + "Holm also said the island school would stay closed until the roof is repaired.")
                .said("the ferry to the mainland would resume on Friday", "Vera Holm")
                .quote("the island school would stay closed until the roof is repaired", "also said", QuoteKind.REPORTED,
                        CuePolarity.ASSERT, "Holm");
        List<Claim> claims = run(tc);
        assertThat(claims).hasSize(2);
    }

    @Test
    void theSameUtteranceIsOneClaimWhateverTheWording() {
        TestCollection tc = new TestCollection().person("Vera Holm");
        tc.article("a", "Coast Courier", "Vera Holm said the island needs a new sea wall before winter.")
                .said("the island needs a new sea wall before winter", "Vera Holm");
        tc.article("b", "Bay Herald", "Vera Holm said building works must start soon.")
                .said("building works must start soon", "Vera Holm");
        var utterance = new org.crosscheck.engine.quotes.Utterance("U1", "P1", List.of(
                new org.crosscheck.engine.quotes.Utterance.Version("a", 0, 1), new org.crosscheck.engine.quotes.Utterance.Version("b", 0, 0.5)));
        List<Claim> claims = ClaimService.standard().build(tc.documents(), tc.index(), List.of(), List.of(utterance));
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).reports()).hasSize(2);
    }

    @Test
    void oneUtteranceOverSeveralSentencesTiesOnlyTheCorrespondingSentences() {
        TestCollection tc = new TestCollection().person("Vera Holm");
        tc.article("a", "Coast Courier", "\u201CThe harbour bridge will reopen to traffic in May. "
                        + "Our schools need more teachers from next year,\u201D Vera Holm said.")
                .quote("The harbour bridge will reopen to traffic in May. Our schools need more teachers from next year,",
                        "said", QuoteKind.DIRECT, CuePolarity.ASSERT, "Vera Holm");
        tc.article("b", "Bay Herald", "Vera Holm said the harbour bridge would be open to cars again in May.")
                .said("the harbour bridge would be open to cars again in May", "Vera Holm");
        var utterance = new org.crosscheck.engine.quotes.Utterance("U1", "P1", List.of(
                new org.crosscheck.engine.quotes.Utterance.Version("a", 0, 1), new org.crosscheck.engine.quotes.Utterance.Version("b", 0, 0.6)));
        List<Claim> claims = ClaimService.standard().build(tc.documents(), tc.index(), List.of(), List.of(utterance));
        Claim bridge = claims.stream().filter(c -> c.proposition().contains("bridge")).findFirst().orElseThrow();
        assertThat(bridge.reports()).extracting(Claim.Report::article).containsExactlyInAnyOrder("a", "b");
        Claim schools = claims.stream().filter(c -> c.proposition().contains("teachers")).findFirst().orElseThrow();
        assertThat(schools.reports()).extracting(Claim.Report::article).containsExactly("a");
    }
}
