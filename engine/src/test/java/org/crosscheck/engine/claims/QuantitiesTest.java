package org.crosscheck.engine.claims;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures compared by value and unit; lengths of time in any of their words. */
class QuantitiesTest {

    @Test
    void aFortnightIsTwoWeeks() {
        assertThat(Quantities.agreement("Swimming in the lake is banned for two weeks",
                "Nobody may swim in the lake for a fortnight")).isEqualTo(1);
    }

    @Test
    void aDecadeIsTenYears() {
        assertThat(Quantities.agreement("The new tunnel will take ten years to build",
                "Building the tunnel will last a decade")).isEqualTo(1);
    }

    @Test
    void differentLengthsOfTimeDisagree() {
        assertThat(Quantities.agreement("The road stays closed for three days",
                "The road stays closed for a fortnight")).isEqualTo(-1);
    }

    @Test
    void timeAndOtherUnitsSayNothingAboutEachOther() {
        assertThat(Quantities.agreement("The road stays closed for three days", "The storm destroyed 40 homes"))
                .isZero();
        assertThat(Quantities.of("District 4 voted")).isEmpty();
    }
}
