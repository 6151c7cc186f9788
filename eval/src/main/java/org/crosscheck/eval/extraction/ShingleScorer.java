package org.crosscheck.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's scoring: per page, the multisets of 4-token shingles (tokens
 * are {@code \w+} runs, case kept) of the gold body and of the output give tp, fp and fn; a page's
 * precision counts only when it has predicted or matched shingles and its recall only when the gold
 * has any; P and R are averaged over pages and F1 is taken of the averages.
 */
public final class ShingleScorer {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    static final int N = 4;

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    /** Scores one page; returns its {precision, recall} (NaN where the page does not count). */
    public double[] add(String output, String gold) {
        Map<List<String>, Integer> t = shingles(gold);
        Map<List<String>, Integer> p = shingles(output == null ? "" : output);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, e.getValue());
            fp += Math.max(0, e.getValue() - tc);
        }
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double prec = Double.NaN;
        double rec = Double.NaN;
        if (tp + fp > 0) {
            prec = fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
            precisionSum += prec;
            precisionPages++;
        }
        if (tp + fn > 0) {
            rec = fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
            recallSum += rec;
            recallPages++;
        }
        return new double[]{prec, rec};
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }

    public double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    public double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
