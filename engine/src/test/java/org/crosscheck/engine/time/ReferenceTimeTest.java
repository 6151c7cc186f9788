package org.crosscheck.engine.time;

import org.crosscheck.engine.TestEngine;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.entities.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles without a publication date (written for these tests): the year of a weekday-dated day is
 * given only when the evidence in the text leaves one, and stays null otherwise, with its candidates.
 * The day of the analysis is fixed (23 November 2026) so the candidates do not move with the clock.
 */
class ReferenceTimeTest {

    private static final TimeStage STAGE = new TimeStage(new TimeConfig(LocalDate.of(2026, 11, 23), 15),
            KnowledgeBase.standard(), Landmarks.standard());

    private static Document analyse(String text) {
        return STAGE.apply(TestEngine.analyse("ref", text));
    }

    private static TimeExpression expression(Document d, String text) {
        return d.times().stream().filter(t -> d.text(t.span()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not among " + d.times().stream().map(t -> d.text(t.span())).toList()));
    }

    private static final String MEETING = "Water envoys from five countries met in Tashkent on Friday, October 4, to discuss "
            + "the sharing of the river. The talks ended without a joint statement.";

    @Test
    void aWeekdayDatedDayWithNoOtherEvidenceStaysOpenWithItsCandidates() {
        Document d = analyse(MEETING);
        TimeExpression t = expression(d, "Friday, October 4");
        assertThat(t.value()).isNull();
        assertThat(t.candidates()).contains("2013-10-04", "2019-10-04", "2024-10-04");
        assertThat(t.evidence()).anyMatch(e -> e.contains("does not decide"));
    }

    @Test
    void aDurationSinceADatedLandmarkDecides() {
        // "the Taliban takeover" may be 1996 or 2021; more than three years after either leaves 1999-2000 or
        // 2024-2025, and only 2024 has a Friday, 4 October there
        Document d = analyse(MEETING + " More than three years after the Taliban takeover, none of the five has reopened "
                + "a consulate in Kabul.");
        TimeExpression t = expression(d, "Friday, October 4");
        assertThat(t.value()).isEqualTo("2024-10-04");
        assertThat(t.evidence()).anyMatch(e -> e.contains("Taliban takeover"));
        // "the fall of Kabul" may also be the 1992 one, three years after which 4 October 1996 was a Friday: open
        Document older = analyse(MEETING + " More than three years after the fall of Kabul, none of the five has reopened "
                + "a consulate there.");
        assertThat(expression(older, "Friday, October 4").value()).isNull();
        assertThat(expression(older, "Friday, October 4").candidates()).containsExactly("1996-10-04", "2024-10-04");
    }

    @Test
    void aGovernmentInFactWithTwoPeriodsInPowerDoesNotDecideAlone() {
        Document d = analyse(MEETING + " Taliban Foreign Minister Hamid Rasuli joined by video link.");
        TimeExpression t = expression(d, "Friday, October 4");
        assertThat(t.value()).isNull();
        assertThat(t.candidates()).containsExactly("1996-10-04", "2024-10-04");
    }

    @Test
    void aNameThatOnlyExistsAfterADateNarrowsFurther() {
        Document d = analyse(MEETING + " Taliban Foreign Minister Hamid Rasuli joined by video link and blamed ISIS-K "
                + "for the attacks on the canal.");
        assertThat(expression(d, "Friday, October 4").value()).isEqualTo("2024-10-04");
    }

    @Test
    void aStatedYearElsewhereBoundsTheYear() {
        Document d = analyse("The envoys, who first met in 2023, gathered again in Tashkent on Friday, October 4.");
        assertThat(expression(d, "Friday, October 4").value()).isEqualTo("2024-10-04");
    }

    @Test
    void aDatelineWithTheYearIsThePublicationDay() {
        Document d = analyse("TASHKENT, Oct. 4, 2024 (Harbour Wire) \u2013 The envoys met yesterday and agreed to meet again.");
        assertThat(expression(d, "yesterday").value()).isEqualTo("2024-10-03");
        assertThat(expression(d, "yesterday").evidence()).anyMatch(e -> e.contains("dateline"));
    }

    @Test
    void todayWithItsDayFixesTheArticleDayOnceTheYearIsKnown() {
        Document d = analyse("The sixth round of the canal talks was held today, October 4, in Tashkent. Delegates said "
                + "the shelling by ISIS-K had stopped. They will meet again tomorrow.");
        // ISIS-K exists since 2015: 4 October of 2015..2026; only the weekday would pick one, so the day stays open
        assertThat(expression(d, "today").value()).isNull();
        // a Friday: 2019 or 2024 after 2015; the Taliban in government since 2021 leave 2024
        Document friday = analyse("The sixth round of the canal talks was held today, Friday, October 4, in Tashkent. "
                + "Delegates said the shelling by ISIS-K had stopped. They will meet again tomorrow.");
        assertThat(expression(friday, "today").value()).isNull();
        assertThat(expression(friday, "today").candidates()).containsExactly("2019-10-04", "2024-10-04");
        friday = analyse("The sixth round of the canal talks was held today, Friday, October 4, in Tashkent, with the "
                + "Taliban government represented. Delegates said the shelling by ISIS-K had stopped. They will meet again tomorrow.");
        assertThat(expression(friday, "today").value()).isEqualTo("2024-10-04");
        assertThat(expression(friday, "tomorrow").value()).isEqualTo("2024-10-05");
    }

    @Test
    void evidenceThatContradictsTheRestIsSetAsideAndSaid() {
        Document d = analyse("TASHKENT, Oct. 4, 2012 (Harbour Wire) \u2013 The envoys met yesterday. Critics recalled "
                + "the Russian invasion of Ukraine.");
        TimeExpression y = expression(d, "yesterday");
        assertThat(y.value()).isEqualTo("2012-10-03");
        assertThat(y.evidence()).anyMatch(e -> e.startsWith("set aside"));
    }

    @Test
    void aPublicationDateWinsOverEverything() {
        Document d = TestEngine.analyse("pub", "The envoys met on Friday, October 4. More than three years after the "
                + "fall of Kabul, nothing has changed.");
        Document dated = STAGE.apply(d.withMeta(new ArticleMeta(null, null, LocalDate.of(2019, 10, 7), "2019-10-07", null, List.of(), null, Map.of())));
        assertThat(expression(dated, "Friday, October 4").value()).isEqualTo("2019-10-04");
        assertThat(expression(dated, "Friday, October 4").anchor()).isEqualTo("publication date 2019-10-07");
    }
}
