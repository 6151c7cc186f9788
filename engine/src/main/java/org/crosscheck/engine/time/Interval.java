package org.crosscheck.engine.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A closed range of days {@code [from, to]}. */
public record Interval(LocalDate from, LocalDate to) {

    public Interval {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("empty interval " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The common part, or null. */
    public Interval intersect(Interval o) {
        LocalDate f = from.isAfter(o.from) ? from : o.from;
        LocalDate t = to.isBefore(o.to) ? to : o.to;
        return f.isAfter(t) ? null : new Interval(f, t);
    }

    public Interval widen(long daysBefore, long daysAfter) {
        return new Interval(from.minusDays(daysBefore), to.plusDays(daysAfter));
    }

    /** The common part of two unions of intervals. */
    public static List<Interval> intersect(List<Interval> a, List<Interval> b) {
        List<Interval> out = new ArrayList<>();
        for (Interval x : a) {
            for (Interval y : b) {
                Interval z = x.intersect(y);
                if (z != null) {
                    out.add(z);
                }
            }
        }
        return normalise(out);
    }

    /** Sorted, with overlapping or touching intervals joined. */
    public static List<Interval> normalise(List<Interval> in) {
        List<Interval> s = new ArrayList<>(in);
        s.sort(Comparator.comparing(Interval::from));
        List<Interval> out = new ArrayList<>();
        for (Interval i : s) {
            if (!out.isEmpty() && !i.from().isAfter(out.get(out.size() - 1).to().plusDays(1))) {
                Interval last = out.remove(out.size() - 1);
                out.add(new Interval(last.from(), i.to().isAfter(last.to()) ? i.to() : last.to()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    public static boolean contains(List<Interval> union, LocalDate d) {
        for (Interval i : union) {
            if (i.contains(d)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + ".." + to;
    }
}
