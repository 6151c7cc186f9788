package org.crosscheck.engine.claims;

import org.crosscheck.engine.stories.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Independent sources: reprints, agency copies, relayed reports and one outlet's several articles count once. */
class CorroborationTest {

    private static final String WIRE_STORY = "LUNDHAVEN, April 3 (Nordwire) - The city council voted to close the old ferry terminal "
            + "by the end of the year. Mayor Oskar Lind said the new terminal would open in September.";

    private static TestCollection people() {
        return new TestCollection().person("Oskar Lind").person("Hedda Vik");
    }

    private static Claim terminalClaim(List<Claim> claims) {
        return claims.stream().filter(c -> c.proposition().contains("new terminal")).findFirst().orElseThrow();
    }

    @Test
    void twoOutletsAreTwoSources() {
        TestCollection tc = people();
        tc.article("a", "Lundhaven Post", "Mayor Oskar Lind said the new terminal would open in September.")
                .said("the new terminal would open in September", "Oskar Lind");
        tc.article("b", "Fjord Times", "Oskar Lind said the new ferry terminal is due to open in September.")
                .said("the new ferry terminal is due to open in September", "Oskar Lind");
        Claim c = terminalClaim(ClaimService.standard().build(tc.documents(), tc.index(), List.of(), List.of()));
        assertThat(c.reports()).extracting(Claim.Report::article).containsExactly("a", "b");
        assertThat(c.independentSources()).isEqualTo(2);
        assertThat(c.singleSource()).isFalse();
    }

    @Test
    void aReprintDoesNotRaiseTheCount() {
        TestCollection tc = people();
        String text = "Mayor Oskar Lind said the new terminal would open in September. The old terminal will close in December.";
        tc.article("a", "Lundhaven Post", text).said("the new terminal would open in September", "Oskar Lind");
        tc.article("b", "Fjord Times", text).said("the new terminal would open in September", "Oskar Lind");
        List<Story> stories = List.of(new Story("S1", "terminal", List.of("a", "b"), List.of(List.of("a", "b"))));
        Claim c = terminalClaim(ClaimService.standard().build(tc.documents(), tc.index(), stories, List.of()));
        assertThat(c.reports()).extracting(Claim.Report::article).containsExactly("a", "b");
        assertThat(c.independentSources()).isEqualTo(1);
        assertThat(c.singleSource()).isTrue();
        assertThat(c.sources().get(0).name()).isEqualTo("Lundhaven Post");
        assertThat(c.sources().get(0).via()).containsExactly("reprint");
    }

    @Test
    void nearCopiesCountOnceEvenWithoutTheStoriesService() {
        TestCollection tc = people();
        String text = "Mayor Oskar Lind said the new terminal would open in September. The old terminal will close in "
                + "December, and the ferries will move to the north quay while the harbour is rebuilt over the winter.";
        tc.article("a", "Lundhaven Post", text).said("the new terminal would open in September", "Oskar Lind");
        tc.article("b", "Fjord Times", text + " Read more at Fjord Times.").said("the new terminal would open in September", "Oskar Lind");
        Claim c = terminalClaim(ClaimService.standard().build(tc.documents(), tc.index(), List.of(), List.of()));
        assertThat(c.independentSources()).isEqualTo(1);
    }

    @Test
    void agencyCopiesWithTheirDatelineCreditCountAsTheAgency() {
        TestCollection tc = people();
        tc.article("a", "Lundhaven Post", WIRE_STORY).said("the new terminal would open in September", "Oskar Lind");
        tc.article("b", "Fjord Times", WIRE_STORY.replace("voted to close", "decided to shut"))
                .said("the new terminal would open in September", "Oskar Lind");
        Claim c = terminalClaim(ClaimService.standard().build(tc.documents(), tc.index(), List.of(), List.of()));
        assertThat(c.independentSources()).isEqualTo(1);
        assertThat(c.sources().get(0).name()).isEqualTo("Nordwire");
    }

    @Test
    void anOutletQuotingAnotherOutletCountsAsThatOutlet() {
        TestCollection tc = people().org("Lundhaven Post");
        tc.article("a", "Lundhaven Post", "Mayor Oskar Lind said the new terminal would open in September.")
                .said("the new terminal would open in September", "Oskar Lind");
        tc.article("b", "Fjord Times", "According to the Lundhaven Post, the new terminal will open in September.")
                .quote("the new terminal will open in September", "According to", org.crosscheck.engine.quotes.QuoteKind.REPORTED,
                        org.crosscheck.engine.quotes.CuePolarity.NEUTRAL, "Lundhaven Post");
        Claim c = terminalClaim(ClaimService.standard().build(tc.documents(), tc.index(), List.of(), List.of()));
        assertThat(c.reports()).extracting(Claim.Report::article).containsExactly("a", "b");
        assertThat(c.independentSources()).isEqualTo(1);
        assertThat(c.sources().get(0).via()).contains("relayed");
    }

    @Test
    void twoArticlesOfOneOutletCountOnce() {
        TestCollection tc = people();
        tc.article("a", "Lundhaven Post", "Mayor Oskar Lind said the new terminal would open in September.")
                .said("the new terminal would open in September", "Oskar Lind");
        tc.article("b", "Lundhaven Post", "On Friday Oskar Lind said again that the new terminal opens in September.")
                .said("the new terminal opens in September", "Oskar Lind");
        Claim c = terminalClaim(ClaimService.standard().build(tc.documents(), tc.index(), List.of(), List.of()));
        assertThat(c.independentSources()).isEqualTo(1);
        assertThat(c.sources().get(0).via()).containsExactly("same outlet");
    }

    @Test
    void denialsDoNotCountAsCarryingTheClaim() {
        TestCollection tc = people();
        tc.article("a", "Lundhaven Post", "Mayor Oskar Lind said the new terminal would open in September.")
                .said("the new terminal would open in September", "Oskar Lind");
        tc.article("b", "Fjord Times", "Hedda Vik denied that the new terminal would open in September.")
                .quote("that the new terminal would open in September", "denied", org.crosscheck.engine.quotes.QuoteKind.REPORTED,
                        org.crosscheck.engine.quotes.CuePolarity.DENY, "Hedda Vik");
        Claim c = terminalClaim(ClaimService.standard().build(tc.documents(), tc.index(), List.of(), List.of()));
        assertThat(c.holders(Stance.DISPUTE)).extracting(Claim.Holder::name).containsExactly("Hedda Vik");
        assertThat(c.singleSource()).isTrue();
    }
}
