package org.crosscheck.engine.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a statement gives: an amount with its unit ("30 percent", "thirty per cent", "almost a
 * third", "four tonnes", "212 votes"). Two wordings of one claim give the same figure; numbers without
 * a unit ("District 4") say nothing about which claim a statement is.
 */
final class Quantities {

    /** A figure: its value and the kind of unit (share, count of a thing). */
    record Figure(double value, String unit) {
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100),
            Map.entry("dozen", 12), Map.entry("a dozen", 12));
    private static final Map<String, Double> FRACTIONS = Map.of("half", 50.0, "third", 33.3, "quarter", 25.0,
            "two thirds", 66.7, "three quarters", 75.0, "fifth", 20.0, "tenth", 10.0);
    private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?|(?:a\\s+)?(?:" + String.join("|", WORDS.keySet()) + ")(?:[\\s-]+(?:"
            + String.join("|", WORDS.keySet()) + "))?)";
    private static final Pattern SHARE = Pattern.compile("(?i)\\b" + NUMBER + "\\s*(?:%|per\\s*cent|percent)");
    private static final Pattern FRACTION = Pattern.compile("(?i)\\b(?:a|one|two|three)\\s+(half|third|quarter|thirds|quarters|fifth|tenth)\\b");
    private static final Pattern COUNT = Pattern.compile("(?i)\\b" + NUMBER
            + "\\s+(tonnes?|tons?|votes?|people|persons?|residents|troops|soldiers|kilomet(?:re|er)s?|km|miles?|times|"
            + "dollars|euros?|million|billion|deaths?|dead|casualties|houses|homes|jobs|"
            + "years?|months?|weeks?|days?|hours?|fortnights?|decades?|centur(?:y|ies))\\b");
    /** A span of time named by one word: "for a fortnight", "within a decade". */
    private static final Pattern ONE_PERIOD = Pattern.compile("(?i)\\ban?\\s+(fortnight|decade|century)\\b");
    /** Lengths of time in days, so that "two weeks" and "a fortnight", "ten years" and "a decade" agree. */
    private static final Map<String, Double> DAYS = Map.of("hour", 1 / 24.0, "day", 1.0, "week", 7.0,
            "fortnight", 14.0, "month", 30.0, "year", 365.0, "decade", 3650.0, "century", 36500.0);

    /** The unit of a length of time, in days. */
    static final String DURATION = "duration";

    private Quantities() {
    }

    static List<Figure> of(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = SHARE.matcher(text);
        while (m.find()) {
            Double v = value(m.group(1));
            if (v != null) {
                out.add(new Figure(v, "share"));
            }
        }
        Matcher f = FRACTION.matcher(text);
        while (f.find()) {
            String k = f.group().toLowerCase(Locale.ROOT).replaceFirst("^(?:a|one)\\s+", "");
            Double v = FRACTIONS.get(k);
            if (v != null) {
                out.add(new Figure(v, "share"));
            }
        }
        Matcher c = COUNT.matcher(text);
        while (c.find()) {
            Double v = value(c.group(1));
            if (v != null) {
                String unit = c.group(2).toLowerCase(Locale.ROOT).replaceAll("ies$", "y").replaceAll("s$", "");
                Double days = DAYS.get(unit);
                out.add(days == null ? new Figure(v, unit) : new Figure(v * days, DURATION));
            }
        }
        Matcher one = ONE_PERIOD.matcher(text);
        while (one.find()) {
            out.add(new Figure(DAYS.get(one.group(1).toLowerCase(Locale.ROOT)), DURATION));
        }
        return out;
    }

    /** +1 when the two texts share a figure (same unit, values within 12%), -1 when both give figures of one unit that differ, else 0. */
    static int agreement(String a, String b) {
        return agreement(of(a), of(b));
    }

    /** As {@link #agreement(String, String)}, over figures already found. */
    static int agreement(List<Figure> x, List<Figure> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        boolean sameUnit = false;
        for (Figure p : x) {
            for (Figure q : y) {
                if (p.unit().equals(q.unit())) {
                    sameUnit = true;
                    double hi = Math.max(p.value(), q.value());
                    if (hi == 0 || Math.abs(p.value() - q.value()) / hi <= 0.12) {
                        return 1;
                    }
                }
            }
        }
        return sameUnit ? -1 : 0;
    }

    private static Double value(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace(",", "").strip().replaceFirst("^a\\s+", "");
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            double sum = 0;
            for (String w : t.split("[\\s-]+")) {
                Integer n = WORDS.get(w);
                if (n == null) {
                    return null;
                }
                sum = n == 100 && sum > 0 ? sum * 100 : sum + n;
            }
            return sum;
        }
    }
}
