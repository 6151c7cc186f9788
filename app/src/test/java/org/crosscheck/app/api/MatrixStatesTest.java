package org.crosscheck.app.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How stance words become matrix cells. */
class MatrixStatesTest {

    @Test
    void stanceWordsMapToCells() {
        assertThat(StoryView.normaliseState("asserts")).isEqualTo("asserted");
        assertThat(StoryView.normaliseState("support")).isEqualTo("asserted");
        assertThat(StoryView.normaliseState("DISPUTED")).isEqualTo("disputed");
        assertThat(StoryView.normaliseState("denies")).isEqualTo("disputed");
        assertThat(StoryView.normaliseState("contested")).isEqualTo("contested");
        assertThat(StoryView.normaliseState("reported")).isEqualTo("reported");
        assertThat(StoryView.normaliseState("")).as("carried without a stance").isEqualTo("reported");
        assertThat(StoryView.normaliseState("absent")).isEqualTo("absent");
    }

    @Test
    void anOutletThatAssertsAndDisputesIsContested() {
        assertThat(StoryView.stronger("asserted", "disputed")).isEqualTo("contested");
        assertThat(StoryView.stronger("absent", "reported")).isEqualTo("reported");
        assertThat(StoryView.stronger("asserted", "reported")).isEqualTo("asserted");
        assertThat(StoryView.stronger("contested", "asserted")).isEqualTo("contested");
    }
}
