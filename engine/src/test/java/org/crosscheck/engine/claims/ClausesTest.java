package org.crosscheck.engine.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClausesTest {

    @Test
    void coreDropsQuoteMarksLeadingThatMarkersAndTrailingAttribution() {
        assertThat(Clauses.core("\u201CThe harbour will reopen in May,\u201D")).isEqualTo("The harbour will reopen in May");
        assertThat(Clauses.core("that the bridge had been closed for repairs")).isEqualTo("The bridge had been closed for repairs");
        assertThat(Clauses.core("However, the vote was postponed.")).isEqualTo("The vote was postponed");
        assertThat(Clauses.core("The mine will close next year, the company said on Friday."))
                .isEqualTo("The mine will close next year");
    }

    @Test
    void denyVerbObjectLosesTimeWordsThatAndAsTail() {
        assertThat(Clauses.afterDenyVerb("on Tuesday that the bridge was unsafe").text()).isEqualTo("The bridge was unsafe");
        Clauses.Target t = Clauses.afterDenyVerb("allegations of bribery in the port authority as baseless");
        assertThat(t.text()).isEqualTo("Bribery in the port authority");
        assertThat(t.generic()).isFalse();
        assertThat(Clauses.afterDenyVerb("concerns about a shortage of vaccines").text()).isEqualTo("A shortage of vaccines");
        assertThat(Clauses.afterDenyVerb("the accusations as a cheap trick").generic()).isTrue();
    }

    @Test
    void falsePredicateSubjectIsFound() {
        assertThat(Clauses.ofFalsePredicate("Fears that the dam will fail are", "groundless", ".").text())
                .isEqualTo("The dam will fail");
        assertThat(Clauses.ofFalsePredicate("The mayor called reports of a secret deal \u201Ccompletely", "baseless", "\u201D").text())
                .isEqualTo("A secret deal");
        assertThat(Clauses.ofFalsePredicate("Therefore, voicing concern is", "not justified", ".").generic()).isTrue();
        assertThat(Clauses.ofFalsePredicate("She said there was", "no evidence", "of any leak at the plant").text())
                .isEqualTo("Any leak at the plant");
    }

    @Test
    void possessorOfANamedAccountIsKept() {
        Clauses.Target t = Clauses.nameOf("Halvorsen's account");
        assertThat(t.generic()).isTrue();
        assertThat(t.possessor()).isEqualTo("Halvorsen");
    }
}
