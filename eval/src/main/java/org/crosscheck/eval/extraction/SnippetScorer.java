package org.crosscheck.eval.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * trafilatura's scoring: with whitespace normalised in both, each {@code with} snippet found in the
 * output is a true positive (else a false negative), each {@code without} snippet found is a false
 * positive (else a true negative); counts are summed over all pages (micro average). A failed page
 * (null output) finds nothing.
 */
public final class SnippetScorer {

    private static final Pattern WS = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private long tp;
    private long fp;
    private long fn;
    private long tn;

    /** Scores one page and returns its {tp, fp, fn, tn}. */
    public int[] add(String output, List<String> with, List<String> without) {
        String text = output == null ? null : norm(output);
        int ptp = 0;
        int pfp = 0;
        for (String w : with) {
            if (text != null && text.contains(norm(w))) {
                ptp++;
            }
        }
        for (String w : without) {
            if (text != null && text.contains(norm(w))) {
                pfp++;
            }
        }
        int[] c = {ptp, pfp, with.size() - ptp, without.size() - pfp};
        tp += c[0];
        fp += c[1];
        fn += c[2];
        tn += c[3];
        return c;
    }

    static String norm(String s) {
        return WS.matcher(s).replaceAll(" ").strip();
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double accuracy() {
        long all = tp + fp + fn + tn;
        return all == 0 ? 0 : (double) (tp + tn) / all;
    }

    public double f1() {
        long d = 2 * tp + fp + fn;
        return d == 0 ? 0 : 2.0 * tp / d;
    }

    public String counts() {
        return "tp=" + tp + " fp=" + fp + " fn=" + fn + " tn=" + tn;
    }
}
