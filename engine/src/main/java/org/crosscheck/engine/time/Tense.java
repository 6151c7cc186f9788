package org.crosscheck.engine.time;

import java.util.Locale;
import java.util.Set;

/**
 * The time orientation of the clause around an expression, from a few cue words: enough to choose
 * between last Friday and next Friday, without a parser.
 */
enum Tense {
    PAST, FUTURE, NONE;

    private static final Set<String> FUTURE_CUES = Set.of("will", "'ll", "shall", "would", "going", "plans", "plan",
            "planning", "expects", "expected", "expect", "scheduled", "upcoming", "next", "intends", "intend", "aims",
            "hopes", "coming", "forthcoming", "slated", "should", "could", "may", "might", "wo", "won't");
    private static final Set<String> PAST_CUES = Set.of("said", "was", "were", "had", "did", "told", "held", "met",
            "ago", "last", "earlier", "ended", "announced", "reported", "came", "went", "took", "gave", "made", "began",
            "became", "fell", "rose", "won", "lost", "left", "saw", "say", "says", "has", "have", "been", "since",
            "previously", "recently", "former", "closed", "opened");

    /**
     * The tense around {@code [start, end)} of {@code text}, looking within {@code [from, to)} (the
     * sentence). The nearest cue wins; verbs ending in "-ed" count as past.
     */
    static Tense around(String text, int start, int end, int from, int to) {
        int lo = Math.max(from, start - 80);
        int hi = Math.min(to, end + 60);
        Tense best = NONE;
        int bestDist = Integer.MAX_VALUE;
        int i = lo;
        while (i < hi) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != '\'') {
                i++;
                continue;
            }
            int j = i;
            while (j < hi && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) {
                j++;
            }
            if (j <= start || i >= end) {
                String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                Tense t = classify(w, text, j, hi);
                if (t != NONE) {
                    int dist = j <= start ? start - j : i - end;
                    // cues before the expression weigh a little more: "will meet on Friday" vs "Friday, he said"
                    if (j > start) {
                        dist += 15;
                    }
                    if (dist < bestDist) {
                        bestDist = dist;
                        best = t;
                    }
                }
            }
            i = j;
        }
        return best;
    }

    private static Tense classify(String w, String text, int after, int hi) {
        if (w.equals("to")) {
            // "to be held", "to meet": an infinitive after a plan; a bare "to" is too common otherwise
            int k = after;
            while (k < hi && text.charAt(k) == ' ') {
                k++;
            }
            return text.startsWith("be ", k) ? FUTURE : NONE;
        }
        if (FUTURE_CUES.contains(w)) {
            return FUTURE;
        }
        if (PAST_CUES.contains(w)) {
            return PAST;
        }
        if (w.length() > 4 && w.endsWith("ed") && !w.equals("expected") && !w.equals("scheduled")
                && !w.equals("need")) {
            return PAST;
        }
        return NONE;
    }
}
