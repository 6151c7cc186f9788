package org.crosscheck.engine.time;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Settings of the time work.
 *
 * @param today       the day of the analysis: no article speaks from a later day (tests fix it)
 * @param windowYears how many years before {@code today} an article without a publication date and
 *                    without other evidence may be from; only used to list candidates, never to decide
 */
public record TimeConfig(LocalDate today, int windowYears) {

    public TimeConfig {
        if (today == null) {
            throw new IllegalArgumentException("the time settings need the day of the analysis");
        }
        if (windowYears < 1) {
            throw new IllegalArgumentException("the candidate window must cover at least one year, not " + windowYears);
        }
    }

    /** System property that fixes the day of the analysis ({@code -Dcrosscheck.today=2026-11-23}), for reproducible runs. */
    public static final String TODAY_PROPERTY = "crosscheck.today";

    /** Today by the system clock (UTC), or the day {@value #TODAY_PROPERTY} names; a window of 15 years. */
    public static TimeConfig standard() {
        String fixed = System.getProperty(TODAY_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            try {
                return new TimeConfig(LocalDate.parse(fixed.strip()), 15);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("-D" + TODAY_PROPERTY + "=" + fixed + " is not a date (expected YYYY-MM-DD)", e);
            }
        }
        return new TimeConfig(LocalDate.now(Clock.systemUTC()), 15);
    }

    public TimeConfig withToday(LocalDate day) {
        return new TimeConfig(day, windowYears);
    }
}
