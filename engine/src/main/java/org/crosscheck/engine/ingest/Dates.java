package org.crosscheck.engine.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as metadata gives them: ISO dates and date-times, RFC 1123, "21 June 2024". */
public final class Dates {

    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final DateTimeFormatter[] TEXTUAL = {
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ENGLISH),
    };

    private Dates() {
    }

    /** The calendar date of a metadata date string, or null when it is not one we can read. */
    public static LocalDate parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim();
        Matcher m = ISO_PREFIX.matcher(s);
        if (m.find()) {
            try {
                if (s.length() > 10) {
                    try {
                        return OffsetDateTime.parse(s).toLocalDate();
                    } catch (DateTimeParseException ignored) {
                        // fall through to the date part
                    }
                }
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the textual forms
        }
        String cleaned = s.replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : TEXTUAL) {
            try {
                return LocalDate.parse(cleaned, f);
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        return null;
    }
}
