package org.crosscheck.engine.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grammar and resolver on sentences written for these tests, anchored on a known publication
 * date: each pattern's extent (the characters, as TimeML marks them) and value.
 */
class TimeTaggerTest {

    private static final TimeTagger TAGGER = new TimeTagger(new TimeConfig(LocalDate.of(2026, 11, 23), 15));

    /** The one expression of {@code sentence} whose text is {@code expected}, anchored on {@code published}. */
    static TimeExpression only(String sentence, String published, String expected) {
        List<TimeExpression> all = TAGGER.tag(sentence, List.of(), LocalDate.parse(published));
        TimeExpression t = all.stream().filter(x -> sentence.substring(x.span().start(), x.span().end()).equals(expected))
                .findFirst().orElseThrow(() -> new AssertionError("no expression \"" + expected + "\" in " + all.stream()
                        .map(x -> sentence.substring(x.span().start(), x.span().end()) + "=" + x.value()).toList()));
        assertThat(sentence.substring(t.span().start(), t.span().end())).isEqualTo(expected);
        return t;
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // absolute
            "The port reopened on 21 June 2024 after repairs.|21 June 2024|2024-06-21|DATE",
            "The port reopened on June 21, 2024, after repairs.|June 21, 2024|2024-06-21|DATE",
            "The filing is dated 2024-06-21 in the register.|2024-06-21|2024-06-21|DATE",
            "Ballots were counted on 11/02/89 in the district.|11/02/89|1989-11-02|DATE",
            "The accord was signed in March 2019 in Lisbon.|March 2019|2019-03|DATE",
            "Ferry traffic resumed in 2011 after the strike.|2011|2011|DATE",
            "Prices doubled in the 1990s across the region.|the 1990s|199|DATE",
            "Grain exports collapsed in the late '80s.|the late '80s|198|DATE",
            "The cathedral dates from the 14th century.|the 14th century|13|DATE",
            "Results for the third quarter of 2023 disappointed.|the third quarter of 2023|2023-Q3|DATE",
            "Sales rose in the first half of 2022.|the first half of 2022|2022-H1|DATE",
            "The bridge was closed in the summer of 2019.|the summer of 2019|2019-SU|DATE",
            // partial (year from the publication date, 10 March 2025)
            "The envoys met on Friday, March 7 in the capital.|Friday, March 7|2025-03-07|DATE",
            "The envoys met on March 7 in the capital.|March 7|2025-03-07|DATE",
            "The harvest was poor in August.|August|2024-08|DATE",
            "The vote will take place in August.|August|2025-08|DATE",
            "The festival ended on the 2nd of March.|the 2nd of March|2025-03-02|DATE",
            // relative
            "The minister resigned last week.|last week|2025-W10|DATE",
            "The minister resigned on Friday.|Friday|2025-03-07|DATE",
            "The minister will resign on Friday.|Friday|2025-03-14|DATE",
            "The minister resigned today.|today|2025-03-10|DATE",
            "The minister resigned yesterday.|yesterday|2025-03-09|DATE",
            "Talks collapsed earlier this month.|earlier this month|2025-03|DATE",
            "Elections are due next year.|next year|2026|DATE",
            "The dam burst two days ago.|two days ago|2025-03-08|DATE",
            "The dam burst three years ago.|three years ago|2022|DATE",
            "The mayor spoke this morning.|this morning|2025-03-10TMO|TIME",
            "The mayor spoke last night.|last night|2025-03-09TNI|TIME",
            "The strike ended last summer.|last summer|2024-SU|DATE",
            "Fares go up this quarter.|this quarter|2025-Q1|DATE",
            "The shelter opened at 9 a.m. Tuesday.|9 a.m. Tuesday|2025-03-04T09:00|TIME",
            "The shelter opened at 14:30 GMT.|14:30 GMT|2025-03-10T14:30Z|TIME",
            "Nobody has spoken to him until now.|now|PRESENT_REF|DATE",
            // durations
            "Inflation has risen over the past three years.|the past three years|P3Y|DURATION",
            "It was the end of a 10-year war in the valley.|10-year|P10Y|DURATION",
            "Repairs took 90 days in all.|90 days|P90D|DURATION",
            "The flight lasted 5 1/2 hours.|5 1/2 hours|PT5H30M|DURATION",
            "The blockade lasted more than four decades.|more than four decades|P40Y|DURATION",
            "Negotiators have argued for years.|years|PXY|DURATION",
            // sets
            "The council meets every year in spring.|every year|P1Y|SET",
            "The bulletin appears weekly.|weekly|P1W|SET",
            "Markets open on Tuesdays at dawn.|Tuesdays|XXXX-WXX-2|SET",
    })
    void patterns(String sentence, String expected, String value, String type) {
        TimeExpression t = only(sentence, "2025-03-10", expected);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.type()).isEqualTo(type);
    }

    @Test
    void durationsKeepTheirModifier() {
        TimeExpression t = only("Over three years have passed since the flood.", "2025-03-10", "Over three years");
        assertThat(t.value()).isEqualTo("P3Y");
        assertThat(t.mod()).isEqualTo("MORE_THAN");
    }

    @Test
    void leapDaysExistOnlyInLeapYears() {
        assertThat(only("The rules changed on 29 February 2024.", "2024-03-10", "29 February 2024").value()).isEqualTo("2024-02-29");
        // no such day in 2023: the day is not read as one (only the month and year remain)
        List<TimeExpression> bad = TAGGER.tag("The rules changed on 29 February 2023.", List.of(), LocalDate.of(2023, 3, 10));
        assertThat(bad).noneMatch(t -> "2023-02-29".equals(t.value()));
        // a 29 February without its year goes to the nearest leap year
        assertThat(only("The rules changed on February 29.", "2025-01-20", "February 29").value()).isEqualTo("2024-02-29");
        assertThat(only("The rules will change on February 29.", "2027-11-02", "February 29").value()).isEqualTo("2028-02-29");
    }

    @Test
    void aWeekdayThatContradictsAFullDateIsFlagged() {
        TimeExpression t = only("The summit opened on Friday, 4 October 2023.", "2023-10-05", "Friday, 4 October 2023");
        assertThat(t.value()).isEqualTo("2023-10-04");
        assertThat(t.conflict()).contains("Wednesday").contains("Friday");
        assertThat(t.evidence()).anyMatch(e -> e.contains("contradicts"));
        TimeExpression fine = only("The summit opened on Friday, 4 October 2024.", "2024-10-05", "Friday, 4 October 2024");
        assertThat(fine.conflict()).isNull();
    }

    @Test
    void aWeekdayThatContradictsADayWithoutYearIsFlaggedWithTheYearsWhereItFits() {
        // 12 May 2025 is a Monday, not a Thursday
        TimeExpression t = only("Delegates gathered on Thursday, May 12.", "2025-05-20", "Thursday, May 12");
        assertThat(t.value()).isEqualTo("2025-05-12");
        assertThat(t.conflict()).contains("Monday");
        assertThat(t.candidates()).contains("2022-05-12");
    }

    @Test
    void relativeDatesAcrossTheTurnOfTheYear() {
        assertThat(only("The ferry sank last week.", "2024-01-02", "last week").value()).isEqualTo("2023-W52");
        assertThat(only("The ferry sank last month.", "2024-01-02", "last month").value()).isEqualTo("2023-12");
        assertThat(only("The ferry sank yesterday.", "2024-01-01", "yesterday").value()).isEqualTo("2023-12-31");
        assertThat(only("The ferry sank last year.", "2024-01-02", "last year").value()).isEqualTo("2023");
        assertThat(only("The ferry sank in December.", "2025-01-05", "December").value()).isEqualTo("2024-12");
        assertThat(only("The ferry will sail in January.", "2024-12-20", "January").value()).isEqualTo("2025-01");
        // ISO weeks belong to the year of their Thursday: 30 December 2024 is in week 1 of 2025
        assertThat(only("The ferry sails this week.", "2024-12-30", "this week").value()).isEqualTo("2025-W01");
        assertThat(only("The ferry sails next week.", "2024-12-30", "next week").value()).isEqualTo("2025-W02");
        assertThat(only("The ferry sailed on Monday, December 30.", "2025-01-03", "Monday, December 30").value())
                .isEqualTo("2024-12-30");
        assertThat(only("The ferry sailed on Tuesday.", "2025-01-01", "Tuesday").value()).isEqualTo("2024-12-31");
    }

    @Test
    void anaphoricExpressionsFollowTheLastDate() {
        String s = "The vote was held on 3 May 2021. The count ended the next day.";
        assertThat(only(s, "2021-06-01", "the next day").value()).isEqualTo("2021-05-04");
    }

    @Test
    void wordsThatLookLikeDatesAreNot() {
        String s = "A 52-year-old man may march past 2,000 troops; the Daily Planet said Mars would fall.";
        List<TimeExpression> all = TAGGER.tag(s, List.of(), LocalDate.of(2025, 3, 10));
        assertThat(all).isEmpty();
    }

    @Test
    void withoutAPublicationDateRelativeExpressionsStayOpen() {
        List<TimeExpression> all = TAGGER.tag("The minister resigned yesterday, three days after the vote.", List.of(), (LocalDate) null);
        TimeExpression y = all.get(0);
        assertThat(y.value()).isNull();
        assertThat(y.evidence()).anyMatch(e -> e.contains("unknown"));
    }
}
