package org.crosscheck.engine.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** TimeML value strings and the calendar arithmetic behind them. */
public final class TimeValues {

    public static final String PRESENT_REF = "PRESENT_REF";
    public static final String PAST_REF = "PAST_REF";
    public static final String FUTURE_REF = "FUTURE_REF";

    private TimeValues() {
    }

    public static String day(LocalDate d) {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, d.getYear(), 4).append('-');
        pad(sb, d.getMonthValue(), 2).append('-');
        return pad(sb, d.getDayOfMonth(), 2).toString();
    }

    public static String month(int year, int month) {
        StringBuilder sb = new StringBuilder(7);
        pad(sb, year, 4).append('-');
        return pad(sb, month, 2).toString();
    }

    /** Zero-padded without String.format, which is slow where values are computed for many candidate days. */
    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        String d = Integer.toString(Math.abs(v));
        if (v < 0) {
            sb.append('-');
        }
        for (int i = d.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(d);
    }

    public static String month(LocalDate d) {
        return month(d.getYear(), d.getMonthValue());
    }

    public static String year(int year) {
        return pad(new StringBuilder(4), year, 4).toString();
    }

    /** ISO-8601 week of a day: "2024-W40" (the week-based year, which differs from the calendar year around 1 January). */
    public static String week(LocalDate d) {
        StringBuilder sb = new StringBuilder(8);
        pad(sb, d.get(IsoFields.WEEK_BASED_YEAR), 4).append("-W");
        return pad(sb, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2).toString();
    }

    public static String weekend(LocalDate d) {
        return week(d) + "-WE";
    }

    public static int quarterOf(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    public static String quarter(int year, int q) {
        return year(year) + "-Q" + q;
    }

    public static String quarter(LocalDate d) {
        return quarter(d.getYear(), quarterOf(d));
    }

    public static String half(int year, int h) {
        return year(year) + "-H" + h;
    }

    /** TimeML season codes: SP, SU, FA, WI. */
    public static String season(int year, String code) {
        return year(year) + "-" + code;
    }

    /** The season a day falls in, by meteorological seasons of the northern hemisphere. */
    public static String seasonCode(LocalDate d) {
        return switch (d.getMonth()) {
            case MARCH, APRIL, MAY -> "SP";
            case JUNE, JULY, AUGUST -> "SU";
            case SEPTEMBER, OCTOBER, NOVEMBER -> "FA";
            default -> "WI";
        };
    }

    /** A decade as TimeML writes it: the 1990s are "199". */
    public static String decade(int year) {
        return String.format(Locale.ROOT, "%03d", Math.floorDiv(year, 10));
    }

    /** A century as TimeML writes it: the 20th century (1900s) is "19". */
    public static String century(int year) {
        return String.format(Locale.ROOT, "%02d", Math.floorDiv(year, 100));
    }

    /** Day {@code day} of {@code month} in {@code year}, or null when there is no such day (29 February of a common year). */
    public static LocalDate dateOrNull(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return null;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        if (day > first.lengthOfMonth()) {
            return null;
        }
        return first.withDayOfMonth(day);
    }

    /**
     * The days {@code month}/{@code day} that fall on {@code weekday} between {@code from} and {@code to}
     * (inclusive), earliest first. 29 February only counts in leap years.
     */
    public static List<LocalDate> datesOnWeekday(int month, int day, DayOfWeek weekday, LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            LocalDate d = dateOrNull(y, month, day);
            if (d != null && !d.isBefore(from) && !d.isAfter(to) && (weekday == null || d.getDayOfWeek() == weekday)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The latest {@code weekday} on or before {@code ref} ({@code strict}: before). */
    public static LocalDate previous(LocalDate ref, DayOfWeek weekday, boolean strict) {
        return strict ? ref.with(TemporalAdjusters.previous(weekday)) : ref.with(TemporalAdjusters.previousOrSame(weekday));
    }

    /** The earliest {@code weekday} on or after {@code ref} ({@code strict}: after). */
    public static LocalDate next(LocalDate ref, DayOfWeek weekday, boolean strict) {
        return strict ? ref.with(TemporalAdjusters.next(weekday)) : ref.with(TemporalAdjusters.nextOrSame(weekday));
    }

    /** The n-th {@code weekday} of a month (n = -1: the last). */
    public static LocalDate nthWeekday(int year, Month month, int n, DayOfWeek weekday) {
        LocalDate first = LocalDate.of(year, month, 1);
        if (n < 0) {
            return first.with(TemporalAdjusters.lastInMonth(weekday));
        }
        return first.with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** Easter Sunday (Gregorian, anonymous algorithm of the Computus). */
    public static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    public static long daysBetween(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }

    /** The calendar day of a TimeML value that names one ("2024-10-04", "2024-10-04TMO"), or null. */
    public static LocalDate dayOf(String value) {
        if (value == null || value.length() < 10 || !value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** English name of a weekday ("Friday"). */
    public static String name(DayOfWeek d) {
        String n = d.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    /** "4 October 2024" */
    public static String readable(LocalDate d) {
        String m = d.getMonth().name();
        return d.getDayOfMonth() + " " + m.charAt(0) + m.substring(1).toLowerCase(Locale.ROOT) + " " + d.getYear();
    }
}
