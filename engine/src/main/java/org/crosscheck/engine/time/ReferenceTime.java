package org.crosscheck.engine.time;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about the moment an article speaks from (its "now", against which "yesterday" and
 * "on Friday" are read): its publication date when known; else the days it may fall on, from the
 * evidence in the text, with the reasons.
 *
 * @param exact    the day, when known (publication date, or fixed by the evidence), else null
 * @param allowed  the days "now" may fall on (one interval holding {@code exact} when it is known)
 * @param bounded  true when a lower bound comes from evidence, not only from the default window
 * @param evidence the reasons, readable
 */
public record ReferenceTime(LocalDate exact, List<Interval> allowed, boolean bounded, List<String> evidence) {

    public ReferenceTime {
        allowed = List.copyOf(allowed);
        evidence = List.copyOf(evidence);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("a reference time needs at least one possible day");
        }
    }

    /** The publication date. */
    public static ReferenceTime published(LocalDate date) {
        return new ReferenceTime(date, List.of(new Interval(date, date)), true, List.of("publication date " + date));
    }

    /** Nothing known but the day of the analysis (an article cannot report the future) and a plausibility window. */
    public static ReferenceTime unknown(LocalDate today, int windowYears) {
        return new ReferenceTime(null, List.of(new Interval(today.minusYears(windowYears), today)), false,
                List.of("publication date unknown; not after " + today + " (the day of the analysis)"));
    }

    public LocalDate earliest() {
        return allowed.get(0).from();
    }

    public LocalDate latest() {
        return allowed.get(allowed.size() - 1).to();
    }

    public boolean known() {
        return exact != null;
    }

    /** How the reference reads in an anchor: "publication date 2024-10-05", "reference time 2024-08-15..2026-11-23". */
    public String describe() {
        if (exact != null) {
            return evidence.size() == 1 && evidence.get(0).startsWith("publication date") ? "publication date " + exact
                    : "reference date " + exact + " (inferred)";
        }
        return "reference time " + (bounded ? "" : "unknown, default window ") + allowed.stream().map(Interval::toString)
                .reduce((a, b) -> a + " or " + b).orElse("");
    }
}
