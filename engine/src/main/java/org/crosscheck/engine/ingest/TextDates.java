package org.crosscheck.engine.ingest;


import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as web pages write them, in machine form (ISO 8601, RFC 1123, what {@link Dates} reads) or in
 * words in several languages ({@code 31. Mai 2012}, {@code 12 marca 2020}, {@code March 3, 2021}) or
 * in numbers with the day first ({@code 31.05.2012}), from the month names in
 * {@code month-names.tsv}.
 */
public final class TextDates {

    private static final Map<String, Integer> MONTHS = load();
    private static final Pattern ISO_IN_TEXT = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DMY_NUM = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})\\b");
    private static final Pattern DMY_WORD = Pattern.compile("\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,12}\\.?)\\s+(\\d{4})\\b");
    private static final Pattern MDY_WORD = Pattern.compile("\\b(\\p{L}{3,12}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

    private TextDates() {
    }

    /** The first date in {@code text}, or null. */
    public static LocalDate find(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate d = Dates.parse(text.strip());
        if (d != null) {
            return plausible(d);
        }
        Matcher m = ISO_IN_TEXT.matcher(text);
        if (m.find()) {
            d = of(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = DMY_WORD.matcher(text);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                d = of(m.group(3), String.valueOf(month), m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        m = MDY_WORD.matcher(text);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                d = of(m.group(3), String.valueOf(month), m.group(2));
                if (d != null) {
                    return d;
                }
            }
        }
        m = DMY_NUM.matcher(text);
        if (m.find()) {
            String y = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            return of(y, m.group(2), m.group(1));
        }
        return null;
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(w);
        if (m == null && w.endsWith(".")) {
            m = MONTHS.get(w.substring(0, w.length() - 1));
        }
        return m;
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate d) {
        return d.getYear() >= 1990 && d.getYear() <= 2100 ? d : null;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>();
        try (InputStream in = TextDates.class.getResourceAsStream("month-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("month-names.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                int month = Integer.parseInt(f[0].strip());
                for (String w : f[1].strip().split("\\s+")) {
                    out.put(w.toLowerCase(Locale.ROOT), month);
                    if (w.endsWith(".")) {
                        out.put(w.substring(0, w.length() - 1).toLowerCase(Locale.ROOT), month);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
