package org.crosscheck.eval.quotes;

import org.crosscheck.engine.doc.Span;
import org.crosscheck.eval.Metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores predicted attributions against PolNeAR gold.
 * <ul>
 *   <li><b>quotes</b>: gold Content spans inside quotation marks (the content, or the characters just
 *       outside it, open and close with a mark). {@code quote_recall}: the share a predicted direct or
 *       partial quote overlaps. {@code speaker_acc}: of those with a gold Source, the share whose
 *       best-overlapping predicted quote has the right speaker: its speaker mention overlaps the gold
 *       Source, or the gold Source is a mention of the predicted speaker's entity (a pronoun or a
 *       title referring to it). A quote not found counts as wrong.</li>
 *   <li><b>spans</b>: Source, Cue and Content of all attributions, precision/recall/F1 with a predicted
 *       span matching a gold one when they overlap (one-to-one, largest overlap first); the exact-match
 *       figures are printed beside them.</li>
 * </ul>
 */
final class AttributionScorer {

    /** A predicted attribution: content fragments, cue, the speaker's mention, and all mentions of the speaker's entity. */
    record Predicted(List<Span> content, Span cue, Span source, List<Span> referents, boolean quote) {
    }

    /** Running counts over a corpus. */
    static final class Tally {
        final String system;
        int goldQuotes;
        int found;
        int withSource;
        int speakerRight;
        final int[][] overlap = new int[3][3]; // role x {matched, predicted, gold}
        final int[][] exact = new int[3][3];
        final List<String> misses = new ArrayList<>();

        Tally(String system) {
            this.system = system;
        }

        double quoteRecall() {
            return Metrics.ratio(found, goldQuotes, 0);
        }

        double speakerAcc() {
            return Metrics.ratio(speakerRight, withSource, 0);
        }

        double f1(int role, boolean exactMatch) {
            int[] t = (exactMatch ? exact : overlap)[role];
            double p = Metrics.ratio(t[0], t[1], 0);
            double r = Metrics.ratio(t[0], t[2], 0);
            return Metrics.f1(p, r);
        }

        double precision(int role) {
            return Metrics.ratio(overlap[role][0], overlap[role][1], 0);
        }

        double recall(int role) {
            return Metrics.ratio(overlap[role][0], overlap[role][2], 0);
        }
    }

    static final int SOURCE = 0;
    static final int CUE = 1;
    static final int CONTENT = 2;

    private AttributionScorer() {
    }

    /**
     * @param attributions one entry per predicted attribution (for the span figures)
     * @param quotes       one entry per predicted direct or partial quote (for the quote figures)
     */
    static void score(PolnearCorpus.Article a, List<Predicted> attributions, List<Predicted> quotes, Tally t) {
        String text = a.text();
        // quotes
        for (PolnearCorpus.Attribution g : a.attributions()) {
            if (!quoted(text, g.content())) {
                continue;
            }
            t.goldQuotes++;
            Predicted best = null;
            int bestOverlap = 0;
            for (Predicted p : quotes) {
                int ov = overlap(p.content(), g.content());
                if (ov > bestOverlap) {
                    bestOverlap = ov;
                    best = p;
                }
            }
            if (best != null) {
                t.found++;
            }
            if (g.source().isEmpty()) {
                continue;
            }
            t.withSource++;
            boolean right = best != null && (best.source() != null && overlap(List.of(best.source()), g.source()) > 0
                    || overlap(best.referents(), g.source()) > 0);
            if (right) {
                t.speakerRight++;
            } else if (t.misses.size() < 400) {
                t.misses.add(a.name() + ": " + (best == null ? "quote not found" : "speaker "
                        + (best.source() == null ? "none" : quoteText(text, best.source())))
                        + " / gold " + join(text, g.source()) + " :: " + clip(join(text, g.content())));
            }
        }
        // spans of all attributions
        List<List<Span>> gs = new ArrayList<>();
        List<List<Span>> gc = new ArrayList<>();
        List<List<Span>> gt = new ArrayList<>();
        for (PolnearCorpus.Attribution g : a.attributions()) {
            if (!g.source().isEmpty()) {
                gs.add(g.source());
            }
            if (!g.cue().isEmpty()) {
                gc.add(g.cue());
            }
            gt.add(g.content());
        }
        List<List<Span>> ps = new ArrayList<>();
        List<List<Span>> pc = new ArrayList<>();
        List<List<Span>> pt = new ArrayList<>();
        for (Predicted p : attributions) {
            if (p.source() != null) {
                ps.add(List.of(p.source()));
            }
            if (p.cue() != null) {
                pc.add(List.of(p.cue()));
            }
            pt.add(p.content());
        }
        match(gs, ps, t, SOURCE, text);
        match(gc, pc, t, CUE, text);
        match(gt, pt, t, CONTENT, text);
    }

    private static void match(List<List<Span>> gold, List<List<Span>> pred, Tally t, int role, String text) {
        record Pair(int g, int p, int ov) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < pred.size(); j++) {
                int ov = overlap(gold.get(i), pred.get(j));
                if (ov > 0) {
                    pairs.add(new Pair(i, j, ov));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::ov).reversed());
        boolean[] gu = new boolean[gold.size()];
        boolean[] pu = new boolean[pred.size()];
        int matched = 0;
        int exactMatched = 0;
        for (Pair x : pairs) {
            if (gu[x.g()] || pu[x.p()]) {
                continue;
            }
            gu[x.g()] = true;
            pu[x.p()] = true;
            matched++;
            if (trimmed(text, gold.get(x.g())).equals(trimmed(text, pred.get(x.p())))) {
                exactMatched++;
            }
        }
        t.overlap[role][0] += matched;
        t.overlap[role][1] += pred.size();
        t.overlap[role][2] += gold.size();
        t.exact[role][0] += exactMatched;
        t.exact[role][1] += pred.size();
        t.exact[role][2] += gold.size();
    }

    /** The characters of fragments without surrounding spaces and quotation marks, for exact comparison. */
    private static String trimmed(String text, List<Span> spans) {
        return join(text, spans).replaceAll("^[\\s\"'\u201C\u201D\u2018\u2019]+|[\\s\"'\u201C\u201D\u2018\u2019.,]+$", "");
    }

    /** Whether gold content lies inside quotation marks: it opens and closes with a mark, or the marks sit just outside. */
    static boolean quoted(String text, List<Span> content) {
        if (content.isEmpty()) {
            return false;
        }
        int s = content.get(0).start();
        int e = content.get(content.size() - 1).end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e <= s) {
            return false;
        }
        boolean opens = isMark(text.charAt(s)) || s > 0 && isMark(text.charAt(s - 1));
        char last = text.charAt(e - 1);
        boolean closes = isMark(last) && e - 1 > s || e < text.length() && isMark(text.charAt(e))
                || (last == '.' || last == ',' || last == '?' || last == '!') && e < text.length() && isMark(text.charAt(e));
        return opens && closes;
    }

    static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB'
                || c == '\u2018' || c == '\u2019' || c == '\'';
    }

    static int overlap(List<Span> a, List<Span> b) {
        int total = 0;
        for (Span x : a) {
            for (Span y : b) {
                int s = Math.max(x.start(), y.start());
                int e = Math.min(x.end(), y.end());
                if (e > s) {
                    total += e - s;
                }
            }
        }
        return total;
    }

    private static String join(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (!sb.isEmpty()) {
                sb.append(" … ");
            }
            sb.append(s.in(text));
        }
        return sb.toString();
    }

    private static String quoteText(String text, Span s) {
        return s.in(text);
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 90 ? one.substring(0, 90) + "…" : one;
    }

    static String table(Tally t) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s quotes found %d/%d = %.3f; speaker right %d/%d = %.3f%n", t.system,
                t.found, t.goldQuotes, t.quoteRecall(), t.speakerRight, t.withSource, t.speakerAcc()));
        String[] names = {"source", "cue", "content"};
        for (int r = 0; r < 3; r++) {
            sb.append(String.format(Locale.ROOT, "%-10s %-8s overlap P %.3f R %.3f F1 %.3f | exact F1 %.3f  (%d predicted, %d gold)%n",
                    t.system, names[r], t.precision(r), t.recall(r), t.f1(r, false), t.f1(r, true), t.overlap[r][1],
                    t.overlap[r][2]));
        }
        return sb.toString();
    }
}
