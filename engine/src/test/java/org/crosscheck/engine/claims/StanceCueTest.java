package org.crosscheck.engine.claims;

import org.crosscheck.engine.quotes.CuePolarity;
import org.crosscheck.engine.quotes.QuoteKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per stance cue class: each must link the statement to the claim it targets, with the right stance. */
class StanceCueTest {

    private static List<Claim> run(TestCollection tc) {
        return ClaimService.standard().build(tc.documents(), tc.index(), List.of(), List.of());
    }

    /** The claim some holder asserts whose proposition contains {@code words}. */
    private static Claim claimWith(List<Claim> claims, String words) {
        return claims.stream().filter(c -> c.proposition().toLowerCase().contains(words.toLowerCase())).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' among " + claims.stream().map(Claim::proposition).toList()));
    }

    private static List<String> names(Claim c, Stance s) {
        return c.holders(s).stream().map(Claim.Holder::name).toList();
    }

    private static TestCollection harbour() {
        return new TestCollection().person("Mira Castell").person("Jonas Weller").person("Ada Brunn").person("Tilde Marr");
    }

    @Test
    void denyVerbInAnotherArticleDisputesTheClaim() {
        TestCollection tc = harbour();
        tc.article("a", "Coast Courier", "Mira Castell said the harbour crane collapsed because of poor maintenance.")
                .said("the harbour crane collapsed because of poor maintenance", "Mira Castell");
        tc.article("b", "Bay Herald", "Jonas Weller denied that poor maintenance caused the collapse of the harbour crane.")
                .quote("that poor maintenance caused the collapse of the harbour crane", "denied", QuoteKind.REPORTED,
                        CuePolarity.DENY, "Jonas Weller");
        Claim c = claimWith(run(tc), "crane collapsed");
        assertThat(names(c, Stance.ASSERT)).containsExactly("Mira Castell");
        assertThat(names(c, Stance.DISPUTE)).containsExactly("Jonas Weller");
        Claim.Report dispute = c.reports().stream().filter(r -> r.stance() == Stance.DISPUTE).findFirst().orElseThrow();
        assertThat(dispute.article()).isEqualTo("b");
        assertThat(dispute.target()).containsIgnoringCase("poor maintenance");
    }

    @Test
    void denyVerbWithoutAQuoteIsFoundInTheSentence() {
        TestCollection tc = harbour();
        tc.article("a", "Coast Courier", "Mira Castell said the harbour crane collapsed because of poor maintenance.")
                .said("the harbour crane collapsed because of poor maintenance", "Mira Castell");
        tc.article("b", "Bay Herald", "Port director Jonas Weller on Monday rejected claims that the harbour crane collapsed because of poor maintenance.");
        Claim c = claimWith(run(tc), "crane collapsed");
        assertThat(names(c, Stance.DISPUTE)).containsExactly("Jonas Weller");
    }

    @Test
    void falsePredicateOnAPartialQuoteDisputesItsTarget() {
        TestCollection tc = harbour();
        tc.article("a", "Coast Courier", "Ada Brunn said the tunnel contract was awarded without a tender.")
                .said("the tunnel contract was awarded without a tender", "Ada Brunn");
        tc.article("b", "Bay Herald",
                "Tilde Marr called reports that the tunnel contract was awarded without a tender \u201Centirely baseless.\u201D")
                .quote("entirely baseless.", "called", QuoteKind.PARTIAL, CuePolarity.ASSERT, "Tilde Marr");
        Claim c = claimWith(run(tc), "tunnel contract");
        assertThat(names(c, Stance.ASSERT)).containsExactly("Ada Brunn");
        assertThat(names(c, Stance.DISPUTE)).containsExactly("Tilde Marr");
    }

    @Test
    void falsePredicateWithTheClaimAsSubjectInADirectQuote() {
        TestCollection tc = harbour();
        tc.article("a", "Coast Courier", "Ada Brunn said the old dam could burst during the spring floods.")
                .said("the old dam could burst during the spring floods", "Ada Brunn");
        tc.article("b", "Bay Herald", "\u201CFears that the old dam could burst in the spring are groundless,\u201D Jonas Weller said.")
                .quote("Fears that the old dam could burst in the spring are groundless,", "said", QuoteKind.DIRECT,
                        CuePolarity.ASSERT, "Jonas Weller");
        Claim c = claimWith(run(tc), "dam could burst");
        assertThat(names(c, Stance.DISPUTE)).containsExactly("Jonas Weller");
    }

    @Test
    void genericTargetTakesTheClaimTheArticleJustReported() {
        TestCollection tc = harbour();
        tc.article("a", "Coast Courier", "Mira Castell said the ferry operator had falsified its safety records for years. "
                        + "Jonas Weller dismissed the accusations as a publicity stunt.")
                .said("the ferry operator had falsified its safety records for years", "Mira Castell");
        Claim c = claimWith(run(tc), "falsified");
        assertThat(names(c, Stance.DISPUTE)).containsExactly("Jonas Weller");
    }

    @Test
    void negatedMirrorOfAnotherHoldersClaimIsADispute() {
        TestCollection tc = harbour();
        tc.article("a", "Coast Courier", "Ada Brunn said the treaty contains a secret annex on fishing rights.")
                .said("the treaty contains a secret annex on fishing rights", "Ada Brunn");
        tc.article("b", "Bay Herald", "However, Tilde Marr said: \u201CThe treaty contains no secret annex on fishing rights.\u201D")
                .quote("The treaty contains no secret annex on fishing rights.", "said", QuoteKind.DIRECT, CuePolarity.ASSERT,
                        "Tilde Marr");
        Claim c = claimWith(run(tc), "secret annex");
        assertThat(names(c, Stance.ASSERT)).containsExactly("Ada Brunn");
        assertThat(names(c, Stance.DISPUTE)).containsExactly("Tilde Marr");
    }

    @Test
    void negationBySameHolderStaysAnAssertion() {
        TestCollection tc = harbour();
        tc.article("a", "Coast Courier", "Ada Brunn said residents should stop drinking tap water for three days.")
                .said("residents should stop drinking tap water for three days", "Ada Brunn");
        tc.article("b", "Bay Herald", "Ada Brunn repeated that residents should not drink tap water for three days.")
                .quote("residents should not drink tap water for three days", "repeated", QuoteKind.REPORTED,
                        CuePolarity.ASSERT, "Ada Brunn");
        List<Claim> claims = run(tc);
        Claim c = claimWith(claims, "tap water");
        assertThat(c.holders(Stance.DISPUTE)).isEmpty();
        assertThat(c.reports()).extracting(Claim.Report::article).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void supportVerbBacksTheNamedHoldersClaim() {
        TestCollection tc = harbour();
        tc.article("a", "Coast Courier", "Mira Castell said ballots in the harbour district had been altered after the count. "
                        + "Ada Brunn backed Castell's account.")
                .said("ballots in the harbour district had been altered after the count", "Mira Castell");
        Claim c = claimWith(run(tc), "ballots");
        assertThat(names(c, Stance.ASSERT)).containsExactly("Mira Castell");
        assertThat(names(c, Stance.SUPPORT)).containsExactly("Ada Brunn");
    }

    @Test
    void contrastMarkerIsRecorded() {
        CueLexicon lex = CueLexicon.standard();
        assertThat(lex.find("However, the minister said otherwise.")).extracting(CueLexicon.Cue::type)
                .contains(CueLexicon.CueClass.CONTRAST);
        TestCollection tc = harbour();
        tc.article("b", "Bay Herald", "However, Tilde Marr said the harbour would stay open all winter.")
                .said("the harbour would stay open all winter", "Tilde Marr");
        var docs = tc.documents();
        var finder = new StatementFinder(lex, OutletNames.standard());
        var up = new UpstreamLayers(List.of(), List.of());
        var index = tc.index();
        List<Statement> ss = finder.find(docs.get(0), up.attributions(docs.get(0)),
                (art, local) -> index.get(index.globalId(art, local)), "Bay Herald");
        assertThat(ss).anyMatch(s -> s.contrast() && s.text().contains("harbour would stay open"));
    }

    @Test
    void concernIsAnAssertionNotADenial() {
        TestCollection tc = harbour();
        tc.article("a", "Coast Courier", "Mira Castell warned that the river could flood the lower town by Friday.")
                .quote("the river could flood the lower town by Friday", "warned", QuoteKind.REPORTED, CuePolarity.CONCERN,
                        "Mira Castell");
        Claim c = claimWith(run(tc), "flood");
        assertThat(names(c, Stance.ASSERT)).containsExactly("Mira Castell");
        assertThat(c.holders(Stance.DISPUTE)).isEmpty();
    }

    @Test
    void organisationSpeakingThroughItsSpokespersonIsCreditedToThem() {
        TestCollection tc = new TestCollection().person("Mira Castell").person("Lena Hoek", "spokesperson", "Norvale Shipping")
                .org("Norvale Shipping");
        tc.article("a", "Coast Courier", "Mira Castell said the tanker had leaked oil into the bay.")
                .said("the tanker had leaked oil into the bay", "Mira Castell");
        tc.article("b", "Bay Herald", "Norvale Shipping denied that the tanker had leaked any oil into the bay. "
                        + "Lena Hoek said the hull had been inspected twice.")
                .quote("that the tanker had leaked any oil into the bay", "denied", QuoteKind.REPORTED, CuePolarity.DENY,
                        "Norvale Shipping")
                .said("the hull had been inspected twice", "Lena Hoek");
        Claim c = claimWith(run(tc), "leaked oil");
        assertThat(names(c, Stance.DISPUTE)).containsExactly("Lena Hoek");
        assertThat(c.reports()).filteredOn(r -> r.stance() == Stance.DISPUTE)
                .extracting(Claim.Report::onBehalfOf).containsExactly("Norvale Shipping");
    }
}
