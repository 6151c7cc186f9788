package org.crosscheck.engine.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeValuesTest {

    @Test
    void aWeekdayWithMonthAndDayFixesTheYearToAFewCandidates() {
        List<LocalDate> fridays = TimeValues.datesOnWeekday(10, 4, DayOfWeek.FRIDAY, LocalDate.of(2011, 1, 1), LocalDate.of(2026, 11, 23));
        assertThat(fridays).extracting(LocalDate::getYear).containsExactly(2013, 2019, 2024);
    }

    @Test
    void theTwentyNinthOfFebruaryOnlyCountsInLeapYears() {
        List<LocalDate> days = TimeValues.datesOnWeekday(2, 29, null, LocalDate.of(1999, 1, 1), LocalDate.of(2025, 1, 1));
        assertThat(days).extracting(LocalDate::getYear).containsExactly(2000, 2004, 2008, 2012, 2016, 2020, 2024);
        assertThat(TimeValues.dateOrNull(1900, 2, 29)).isNull(); // a century year that is not a leap year
        assertThat(TimeValues.dateOrNull(2000, 2, 29)).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(TimeValues.dateOrNull(2023, 4, 31)).isNull();
    }

    @Test
    void timeMlValues() {
        assertThat(TimeValues.week(LocalDate.of(2021, 1, 1))).isEqualTo("2020-W53");
        assertThat(TimeValues.week(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
        assertThat(TimeValues.quarter(LocalDate.of(2024, 11, 5))).isEqualTo("2024-Q4");
        assertThat(TimeValues.decade(1994)).isEqualTo("199");
        assertThat(TimeValues.century(1994)).isEqualTo("19");
        assertThat(TimeValues.seasonCode(LocalDate.of(2024, 7, 1))).isEqualTo("SU");
        assertThat(TimeValues.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(TimeValues.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    }

    @Test
    void numberWords() {
        assertThat(NumberWords.parse("twenty-four")).isEqualTo(24);
        assertThat(NumberWords.parse("two hundred and fifty")).isEqualTo(250);
        assertThat(NumberWords.parse("a few")).isEqualTo(NumberWords.VAGUE_VALUE);
        assertThat(NumberWords.yearInWords("nineteen ninety-six")).isEqualTo(1996);
        assertThat(NumberWords.yearInWords("two thousand and four")).isEqualTo(2004);
        assertThat(NumberWords.ordinal("twenty-first")).isEqualTo(21);
        assertThat(NumberWords.decimal("5 1/2")).isEqualTo(5.5);
    }

    @Test
    void intervalsIntersectAsUnions() {
        List<Interval> a = List.of(new Interval(LocalDate.of(1996, 9, 27), LocalDate.of(2001, 11, 13)),
                new Interval(LocalDate.of(2021, 8, 15), LocalDate.of(2026, 11, 23)));
        List<Interval> b = List.of(new Interval(LocalDate.of(2015, 1, 26), LocalDate.of(2026, 11, 23)));
        assertThat(Interval.intersect(a, b)).containsExactly(new Interval(LocalDate.of(2021, 8, 15), LocalDate.of(2026, 11, 23)));
        assertThat(Interval.intersect(List.of(new Interval(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2))),
                List.of(new Interval(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 2))))).isEmpty();
    }
}
