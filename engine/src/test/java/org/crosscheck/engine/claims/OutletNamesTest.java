package org.crosscheck.engine.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutletNamesTest {

    @Test
    void knownAgenciesNewspaperWordsAndTheCollectionsOutlets() {
        OutletNames o = OutletNames.standard().with(List.of("Quayside Bugle"));
        assertThat(o.isOutlet("Reuters")).isTrue();
        assertThat(o.isOutlet("the Lundhaven Post")).isTrue();
        assertThat(o.isOutlet("Fjordnews")).isTrue();
        assertThat(o.isOutlet("Quayside Bugle")).isTrue();
        assertThat(o.isOutlet("Ministry of Fisheries")).isFalse();
        assertThat(o.isOutlet("the observer mission")).isFalse();
        assertThat(o.isOutlet("")).isFalse();
        assertThat(o.isOutlet(null)).isFalse();
    }

    @Test
    void keysIgnoreCaseSpacingAndALeadingThe() {
        assertThat(OutletNames.key("The  Lundhaven\u00A0Post")).isEqualTo(OutletNames.key("lundhaven post"));
    }
}
