package org.crosscheck.engine.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * What a time expression means before it is anchored to a date. The grammar produces one of
 * these; {@link TimexResolver} turns it into a TimeML value against the article's reference time.
 */
sealed interface Meaning {

    /** Fully given by the text: "21 June 2024", "1989", "P3Y", "PRESENT_REF". */
    record Fixed(String value) implements Meaning {
    }

    /**
     * A day or month whose year the text leaves out: "Friday, October 4", "June 21", "in August".
     *
     * @param month      1..12
     * @param day        day of month, or null for the whole month
     * @param weekday    the weekday the text gives with it, or null
     * @param timeSuffix what follows the day in the value ("TMO", "T09:00"), or ""
     * @param tense      the tense of the clause, for choosing between the past and the coming occurrence
     */
    record Partial(int month, Integer day, DayOfWeek weekday, String timeSuffix, Tense tense) implements Meaning {
    }

    /**
     * Relative to the time the article speaks from (its publication date): "yesterday", "last week",
     * "Friday", "two years ago".
     *
     * @param at          the value, given the reference day
     * @param granularity "day", "week", "month", "quarter", "year", ... (how precise the value is)
     */
    record Deictic(Function<LocalDate, String> at, String granularity) implements Meaning {
    }

    /**
     * Relative to the last date the text mentioned, or to the reference day when there is none:
     * "the next day", "that week", "the previous year".
     */
    record Anaphoric(Function<LocalDate, String> at, String granularity) implements Meaning {
    }
}
