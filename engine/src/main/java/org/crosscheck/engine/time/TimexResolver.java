package org.crosscheck.engine.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Anchors found expressions: fixed values stay; relative ones are read against the article's
 * {@link ReferenceTime}; days without a year get the year that fits the reference and the weekday.
 * When the reference is not one known day, every value still possible is computed and the value
 * is given only when one remains.
 */
final class TimexResolver {

    /** How far from its reference a day named without its year may lie (about six months either way). */
    static final long SLACK_DAYS = 183;
    /** Candidates listed at most; more means "any year". */
    static final int MAX_CANDIDATES = 8;

    private final LocalDate today;

    TimexResolver(LocalDate today) {
        this.today = today;
    }

    /** Reference days to try for the current reference time, computed once per article. */
    private static final ThreadLocal<Object[]> SAMPLES = new ThreadLocal<>();

    List<TimeExpression> resolve(List<Found> found, ReferenceTime ref) {
        List<TimeExpression> out = new ArrayList<>(found.size());
        LocalDate last = null;
        for (Found f : found) {
            TimeExpression t = resolve(f, ref, last);
            out.add(t);
            LocalDate d = startOf(t.value());
            if (d != null && t.isPoint()) {
                last = d;
            }
        }
        return out;
    }

    /** The first day a DATE value covers ("2024" gives 1 January 2024), or null. */
    static LocalDate startOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(value.substring(0, 10));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(value + "-01");
            }
            if (value.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(value), 1, 1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    TimeExpression resolve(Found f, ReferenceTime ref, LocalDate lastMentioned) {
        String conflict = null;
        List<String> evidence = new ArrayList<>();
        for (String n : f.notes()) {
            if (n.startsWith("weekday conflict")) {
                conflict = n.substring("weekday conflict: ".length());
                evidence.add("the weekday contradicts the date: " + conflict);
            } else {
                evidence.add(n);
            }
        }
        return switch (f.meaning()) {
            case Meaning.Fixed fx -> new TimeExpression(f.span(), f.type(), fx.value(), List.of(), "the text", evidence,
                    f.mod(), conflict);
            case Meaning.Deictic d -> relative(f, d.at(), ref, null, evidence);
            case Meaning.Anaphoric a -> relative(f, a.at(), ref, lastMentioned, evidence);
            case Meaning.Partial p -> partial(f, p, ref, evidence);
        };
    }

    private TimeExpression relative(Found f, Function<LocalDate, String> at, ReferenceTime ref, LocalDate lastMentioned,
                                    List<String> evidence) {
        if (lastMentioned != null) {
            evidence.add("relative to the date mentioned before it, " + lastMentioned);
            return new TimeExpression(f.span(), f.type(), at.apply(lastMentioned), List.of(),
                    "previous date " + lastMentioned, evidence, f.mod(), null);
        }
        if (ref.known()) {
            inferred(ref, evidence);
            return new TimeExpression(f.span(), f.type(), at.apply(ref.exact()), List.of(), ref.describe(), evidence,
                    f.mod(), null);
        }
        if (!ref.bounded()) {
            evidence.add("relative to the publication date, which is unknown");
            return new TimeExpression(f.span(), f.type(), null, List.of(), ref.describe(), evidence, f.mod(), null);
        }
        Set<String> values = new LinkedHashSet<>();
        for (LocalDate r : cachedSamples(ref)) {
            values.add(at.apply(r));
            if (values.size() > MAX_CANDIDATES) {
                break;
            }
        }
        evidence.addAll(ref.evidence());
        if (values.size() == 1) {
            String v = values.iterator().next();
            evidence.add("every possible reference day gives " + v);
            return new TimeExpression(f.span(), f.type(), v, List.of(), ref.describe(), evidence, f.mod(), null);
        }
        List<String> cands = values.size() <= MAX_CANDIDATES ? List.copyOf(values) : List.of();
        evidence.add(cands.isEmpty() ? "the reference time is too wide to fix it" : "still possible: " + String.join(", ", cands));
        return new TimeExpression(f.span(), f.type(), null, cands, ref.describe(), evidence, f.mod(), null);
    }

    private static List<LocalDate> cachedSamples(ReferenceTime ref) {
        Object[] c = SAMPLES.get();
        if (c != null && c[0] == ref) {
            @SuppressWarnings("unchecked")
            List<LocalDate> l = (List<LocalDate>) c[1];
            return l;
        }
        List<LocalDate> l = samples(ref.allowed());
        SAMPLES.set(new Object[]{ref, l});
        return l;
    }

    /** Reference days to try: the ends of each interval and the first of every month between (every day for short ones). */
    static List<LocalDate> samples(List<Interval> allowed) {
        List<LocalDate> out = new ArrayList<>();
        for (Interval i : allowed) {
            long len = ChronoUnit.DAYS.between(i.from(), i.to());
            if (len <= 62) {
                for (LocalDate d = i.from(); !d.isAfter(i.to()); d = d.plusDays(1)) {
                    out.add(d);
                }
            } else {
                out.add(i.from());
                for (LocalDate d = i.from().withDayOfMonth(1).plusMonths(1); d.isBefore(i.to()); d = d.plusMonths(1)) {
                    out.add(d);
                    out.add(d.plusDays(14));
                }
                out.add(i.to());
            }
        }
        return out;
    }

    private TimeExpression partial(Found f, Meaning.Partial p, ReferenceTime ref, List<String> evidence) {
        if (ref.known()) {
            return partialKnown(f, p, ref, evidence);
        }
        List<Interval> window = new ArrayList<>();
        for (Interval i : ref.allowed()) {
            window.add(i.widen(SLACK_DAYS, SLACK_DAYS));
        }
        window = Interval.normalise(window);
        LocalDate latest = today.plusYears(1);
        List<LocalDate> days = new ArrayList<>();
        for (Interval w : window) {
            LocalDate to = w.to().isAfter(latest) ? latest : w.to();
            if (to.isBefore(w.from())) {
                continue;
            }
            if (p.day() != null) {
                days.addAll(TimeValues.datesOnWeekday(p.month(), p.day(), p.weekday(), w.from(), to));
            } else {
                for (int y = w.from().getYear(); y <= to.getYear(); y++) {
                    LocalDate d = LocalDate.of(y, p.month(), 1);
                    if (!d.plusMonths(1).minusDays(1).isBefore(w.from()) && !d.isAfter(to)) {
                        days.add(d);
                    }
                }
            }
        }
        List<String> values = days.stream().map(d -> value(p, d)).distinct().toList();
        String what = describe(p);
        if (p.day() != null && p.weekday() != null) {
            String years = days.stream().map(d -> String.valueOf(d.getYear())).collect(Collectors.joining(", "));
            evidence.add(values.isEmpty() ? what + " falls on no year in the window " + windowText(window)
                    : what + " in " + years + " (within " + windowText(window) + ")");
        }
        if (ref.bounded()) {
            evidence.addAll(ref.evidence());
        } else {
            evidence.add(ref.evidence().get(0));
        }
        if (values.size() == 1 && ref.bounded()) {
            evidence.add("one year remains: " + values.get(0));
            return new TimeExpression(f.span(), f.type(), values.get(0), values, ref.describe(), evidence, f.mod(), null);
        }
        if (values.size() == 1) {
            evidence.add("only candidate in the default window, but no evidence bounds the year: left open");
        } else if (!values.isEmpty()) {
            evidence.add("the evidence does not decide between " + values.size() + " years");
        }
        List<String> cands = values.size() <= MAX_CANDIDATES ? values : List.of();
        return new TimeExpression(f.span(), f.type(), null, cands, ref.describe(), evidence, f.mod(), null);
    }

    private static String windowText(List<Interval> w) {
        return w.stream().map(Interval::toString).collect(Collectors.joining(" or "));
    }

    private static String describe(Meaning.Partial p) {
        String m = java.time.Month.of(p.month()).name();
        String month = m.charAt(0) + m.substring(1).toLowerCase(java.util.Locale.ROOT);
        if (p.day() == null) {
            return month;
        }
        String s = p.day() + " " + month;
        return p.weekday() == null ? s : s + " is a " + TimeValues.name(p.weekday());
    }

    private static String value(Meaning.Partial p, LocalDate d) {
        return p.day() == null ? TimeValues.month(d) : TimeValues.day(d) + p.timeSuffix();
    }

    /** When the reference day was inferred, not published, the evidence for it belongs to the value. */
    private static void inferred(ReferenceTime ref, List<String> evidence) {
        if (!(ref.evidence().size() == 1 && ref.evidence().get(0).startsWith("publication date"))) {
            evidence.addAll(ref.evidence());
        }
    }

    /** The year that puts the day nearest the reference day, leaning towards the clause's tense. */
    private TimeExpression partialKnown(Found f, Meaning.Partial p, ReferenceTime ref, List<String> evidence) {
        LocalDate r = ref.exact();
        inferred(ref, evidence);
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (int y = r.getYear() - 1; y <= r.getYear() + 1; y++) {
            LocalDate d = p.day() == null ? LocalDate.of(y, p.month(), 1) : TimeValues.dateOrNull(y, p.month(), p.day());
            if (d == null) {
                continue; // 29 February of a common year
            }
            long dist;
            if (p.day() == null) {
                dist = Math.abs((y * 12L + p.month()) - (r.getYear() * 12L + r.getMonthValue())) * 30;
            } else {
                dist = Math.abs(ChronoUnit.DAYS.between(r, d));
            }
            boolean after = p.day() == null ? (y * 12L + p.month()) > (r.getYear() * 12L + r.getMonthValue()) : d.isAfter(r.plusDays(1));
            boolean before = p.day() == null ? (y * 12L + p.month()) < (r.getYear() * 12L + r.getMonthValue()) : d.isBefore(r.minusDays(1));
            long score = dist;
            if (p.tense() == Tense.PAST && after) {
                score += 150;
            } else if (p.tense() == Tense.FUTURE && before) {
                score += 150;
            } else if (p.tense() == Tense.NONE && after) {
                score += 1;
            }
            if (score < bestScore) {
                bestScore = score;
                best = d;
            }
        }
        if (best == null) {
            evidence.add("29 February does not occur near " + r);
            return new TimeExpression(f.span(), f.type(), null, List.of(), ref.describe(), evidence, f.mod(), null);
        }
        String conflict = null;
        List<String> cands = List.of();
        if (p.weekday() != null && best.getDayOfWeek() != p.weekday()) {
            conflict = TimeValues.readable(best) + " is a " + TimeValues.name(best.getDayOfWeek()) + ", not a "
                    + TimeValues.name(p.weekday());
            evidence.add("the weekday contradicts the date nearest the " + ref.describe() + ": " + conflict);
            List<LocalDate> fits = TimeValues.datesOnWeekday(p.month(), p.day(), p.weekday(), r.minusYears(7), r.plusYears(1));
            cands = fits.stream().map(d -> value(p, d)).toList();
            if (!cands.isEmpty()) {
                evidence.add("years where the weekday fits: " + String.join(", ", cands));
            }
        } else {
            evidence.add("year of the " + ref.describe() + (best.getYear() != r.getYear() ? (best.isBefore(r) ? ", the year before" : ", the year after") : ""));
        }
        return new TimeExpression(f.span(), f.type(), value(p, best), cands, ref.describe(), evidence, f.mod(), conflict);
    }

    /** The days of a weekday-dated expression ({@code Partial} with a weekday) within a range; for the estimator. */
    static List<LocalDate> weekdayYears(int month, int day, DayOfWeek wd, LocalDate from, LocalDate to) {
        return TimeValues.datesOnWeekday(month, day, wd, from, to);
    }
}
