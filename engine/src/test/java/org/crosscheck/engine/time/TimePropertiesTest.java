package org.crosscheck.engine.time;

import org.crosscheck.engine.Randomized;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants on random texts built from date words: expressions lie inside the text, in order and
 * apart; every value is a TimeML value; an article without a publication date gets no value for a
 * day it does not name with its year unless its own evidence decides.
 */
class TimePropertiesTest {

    private static final String[] WORDS = {"Friday", "October", "4", "2024", "29", "February", "last", "week", "the",
            "past", "three", "years", "ago", "on", "in", "today", ",", ".", "'90s", "every", "year", "9", "a.m.", "next",
            "Monday", "May", "march", "2,000", "quarter", "third", "summer", "night", "-", "1/2", "decades", "yesterday",
            "early", "this", "month", "12/31/99", "2024-02-30", "Sept.", "since", "fall", "of", "Kabul", "\u2013", "ISIS-K"};

    static Stream<Arguments> texts() {
        return Randomized.cases(400, (Random r) -> {
            StringBuilder sb = new StringBuilder();
            int n = 3 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? "  " : " ");
            }
            LocalDate dct = r.nextBoolean() ? null : LocalDate.of(1990 + r.nextInt(36), 1 + r.nextInt(12), 1 + r.nextInt(28));
            return Arguments.of(sb.toString(), dct);
        }).stream();
    }

    private static final Pattern VALUE = Pattern.compile(
            "\\d{4}(-(\\d{2}(-\\d{2}(T(\\d{2}:\\d{2}Z?|MO|AF|EV|NI))?)?|W\\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?"
                    + "|\\d{2,3}|P(T?(\\d+|X)[YMWDHSQ]|\\d+Y\\d+M|\\d+DT\\d+H|T\\d+H\\d+M|XDE|XCE|XML|XX)"
                    + "|XXXX-(WXX-\\d(T(MO|AF|EV|NI))?|\\d{2})|PRESENT_REF|PAST_REF|FUTURE_REF");

    @ParameterizedTest
    @MethodSource("texts")
    void expressionsAreInsideInOrderApartAndWellFormed(String text, LocalDate dct) {
        TimeTagger tagger = new TimeTagger(new TimeConfig(LocalDate.of(2026, 11, 23), 15));
        List<TimeExpression> all = tagger.tag(text, List.of(), dct);
        int last = 0;
        for (TimeExpression t : all) {
            assertThat(t.span().start()).isGreaterThanOrEqualTo(last);
            assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(t.span().length()).isPositive();
            last = t.span().end();
            if (t.value() != null) {
                assertThat(t.value()).as("value of \"" + text.substring(t.span().start(), t.span().end()) + "\"").matches(VALUE);
            }
            for (String c : t.candidates()) {
                assertThat(c).matches(VALUE);
            }
            if (dct == null && t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                // a day without a publication date: either written with its year, or decided by named evidence
                String written = text.substring(t.span().start(), t.span().end());
                assertThat(written.matches(".*\\d{4}.*|.*\\d+/\\d+/\\d+.*") || !t.evidence().isEmpty()).isTrue();
            }
        }
    }
}
