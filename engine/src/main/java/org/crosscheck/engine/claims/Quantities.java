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
            + "dollars|euros?|million|billion|deaths?|dead|casualties|houses|homes|jobs|years?|months?|weeks?|days?|hours?)\\b");

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
                String unit = c.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "");
                out.add(new Figure(v, unit));
            }
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
