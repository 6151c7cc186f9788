package org.crosscheck.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one evaluation, in the order they were added, and the machine-readable line every
 * eval and bench command ends with: {@code RESULT task=<task> dataset=<name> key=value ...}.
 */
public final class Metrics {

    private final String task;
    private final String dataset;
    private final Map<String, Double> values = new LinkedHashMap<>();

    public Metrics(String task, String dataset) {
        this.task = task;
        this.dataset = dataset;
    }

    public Metrics put(String key, double value) {
        values.put(key, value);
        return this;
    }

    public Map<String, Double> values() {
        return values;
    }

    public String task() {
        return task;
    }

    public String dataset() {
        return dataset;
    }

    public Double get(String key) {
        return values.get(key);
    }

    public String resultLine() {
        StringBuilder sb = new StringBuilder("RESULT task=").append(task).append(" dataset=").append(dataset);
        values.forEach((k, v) -> sb.append(' ').append(k).append('=').append(format(v)));
        return sb.toString();
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Safe ratio: {@code empty} when the denominator is 0. */
    public static double ratio(double num, double den, double empty) {
        return den == 0 ? empty : num / den;
    }

    public static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
