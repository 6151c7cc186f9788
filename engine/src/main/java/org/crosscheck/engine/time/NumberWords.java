package org.crosscheck.engine.time;

import java.util.Locale;
import java.util.Map;

/**
 * Cardinal numbers as news text writes them: digits ("10", "2,000", "1.5"), words ("three",
 * "twenty-four", "two hundred"), the article "a"/"an" (one) and vague quantities ("several",
 * "a few"), which have no number.
 */
final class NumberWords {

    /** A regex alternation of the number words (lower case; the grammar matches case-insensitively). */
    static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            + "|hundred|thousand)";
    /** Digits, or number words joined by spaces or hyphens ("twenty four", "two-hundred and fifty"). */
    static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+|\\s+[1-9]/[1-9])?|" + WORD + "(?:[- ](?:and[- ])?" + WORD + ")*)";
    /** Quantities with no number: "several", "a few", "a couple of", "many". */
    static final String VAGUE = "(?:several|a\\s+few|few|a\\s+couple\\s+of|couple\\s+of|some|many|a\\s+number\\s+of|numerous)";

    /** A value meaning "a vague quantity" (TimeML writes it X). */
    static final int VAGUE_VALUE = -1;

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private NumberWords() {
    }

    /**
     * The value of a number phrase: an integer, {@link #VAGUE_VALUE} for "several"/"a few", or null
     * when it is not a number. Fractions of digits are truncated ("1.5" gives 1); callers that care
     * use {@link #decimal}.
     */
    static Integer parse(String phrase) {
        if (phrase == null) {
            return null;
        }
        String s = phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches(VAGUE)) {
            return VAGUE_VALUE;
        }
        if (Character.isDigit(s.charAt(0))) {
            try {
                String digits = s.replace(",", "").replaceAll("\\s+\\d/\\d$", "");
                int dot = digits.indexOf('.');
                return Integer.parseInt(dot >= 0 ? digits.substring(0, dot) : digits);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String w : s.split("[- ]+")) {
            if (w.equals("and")) {
                continue;
            }
            if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (w.equals("thousand")) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else {
                Integer u = UNITS.get(w);
                if (u == null) {
                    return null;
                }
                current += u;
            }
            any = true;
        }
        long v = total + current;
        return any && v <= Integer.MAX_VALUE ? (int) v : null;
    }

    /** The decimal value of a digit phrase ("1.5"), or of a word number; null when not a number. */
    static Double decimal(String phrase) {
        String s = phrase.strip().replace(",", "");
        java.util.regex.Matcher frac = java.util.regex.Pattern.compile("(\\d+)\\s+([1-9])/([1-9])").matcher(s);
        if (frac.matches()) {
            return Integer.parseInt(frac.group(1)) + Integer.parseInt(frac.group(2)) / (double) Integer.parseInt(frac.group(3));
        }
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Integer i = parse(phrase);
        return i == null || i < 0 ? null : i.doubleValue();
    }

    /**
     * A year written in words: "nineteen ninety-six" (1996), "two thousand" (2000), "two thousand
     * and four" (2004), "twenty twenty-four" (2024); null when the phrase is not one.
     */
    static Integer yearInWords(String phrase) {
        String s = phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        Integer whole = parse(s);
        if (whole != null && whole >= 1000 && whole <= 2999) {
            return whole;
        }
        String[] w = s.split(" ", 2);
        if (w.length == 2) {
            Integer hi = parse(w[0]);
            Integer lo = parse(w[1]);
            if (hi != null && lo != null && hi >= 10 && hi <= 29 && lo >= 0 && lo <= 99) {
                return hi * 100 + lo;
            }
            // "nineteen hundred", "nineteen oh five"
            if (hi != null && hi >= 10 && hi <= 29 && w[1].equals("hundred")) {
                return hi * 100;
            }
        }
        return null;
    }

    /** Ordinal words and digits up to 31: "first", "twenty-first", "3rd"; null when not one. */
    static Integer ordinal(String word) {
        String s = word.toLowerCase(Locale.ROOT).strip();
        if (s.matches("\\d+(st|nd|rd|th)")) {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        }
        String[] parts = s.split("[- ]+");
        int base = 0;
        String last = parts[parts.length - 1];
        if (parts.length == 2) {
            Integer tens = parse(parts[0]);
            if (tens == null || tens % 10 != 0) {
                return null;
            }
            base = tens;
        } else if (parts.length > 2) {
            return null;
        }
        Integer v = switch (last) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            case "fourth" -> 4;
            case "fifth" -> 5;
            case "sixth" -> 6;
            case "seventh" -> 7;
            case "eighth" -> 8;
            case "ninth" -> 9;
            case "tenth" -> 10;
            case "eleventh" -> 11;
            case "twelfth" -> 12;
            case "thirteenth" -> 13;
            case "fourteenth" -> 14;
            case "fifteenth" -> 15;
            case "sixteenth" -> 16;
            case "seventeenth" -> 17;
            case "eighteenth" -> 18;
            case "nineteenth" -> 19;
            case "twentieth" -> 20;
            case "thirtieth" -> 30;
            default -> null;
        };
        if (v == null) {
            return null;
        }
        return base + v;
    }

    /** Regex alternation of ordinal words and digits. */
    static final String ORDINAL = "(?:\\d{1,2}(?:st|nd|rd|th)|(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth|thirtieth)";
}
