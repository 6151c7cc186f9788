package org.crosscheck.engine.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Groups statements that say the same thing into one claim: average-link clustering over a pairwise
 * score that starts from sentence-embedding similarity and is adjusted by what else is known (the
 * quotes work's utterance grouping, holder identity, negation, the outlet's voice against a quoted
 * holder). Only pairs that share content words, an utterance or a holder are ever compared, so the
 * work stays near-linear in practice.
 */
final class ClaimGrouper {

    /** The knobs of the pairwise score; defaults tuned on the claims development set. */
    record Params(double threshold, double sameHolder, double otherHolders, double ownVsQuoted, double negationOther,
                  double negationSame, double overlapWeight, double unrelated, double sameFigure, double ownVsOwn,
                  double strongPair, double weakAverage, double otherFigure, double sameQuote) {

        static final Params DEFAULT = new Params(0.60, 0.08, -0.06, -0.10, -0.30, 0.0, 0.25, -0.15, 0.12, -0.12,
                0.06, 0.10, -0.35, -0.25);
    }

    /** What the grouper needs to know about each item. */
    interface Items {
        int size();

        float[] vector(int i);

        Statement statement(int i);

        /**
         * Whether two items belong together a priori: true for the same story (or unknown stories) and
         * for one holder across stories; other pairs are compared with a penalty and never proposed.
         */
        boolean related(int i, int j);

        /** Whether two items are reported in one story (true when stories are unknown). */
        default boolean oneStory(int i, int j) {
            return true;
        }

        /** Whether the holders of two items speak for one side: an organisation and its officer, a party and its leader. */
        default boolean affiliated(int i, int j) {
            return false;
        }
    }

    private final Params p;
    private final StemWeights weights;

    ClaimGrouper(Params p, StemWeights weights) {
        this.p = p;
        this.weights = weights;
    }

    /** Per-item features computed once: content stems and figures of the comparable text. */
    private Set<String>[] stems;
    private List<Quantities.Figure>[] figures;
    private final Map<Long, Double> cache = new HashMap<>();
    /** For each utterance, its statements in each article (the versions' sentences). */
    private final Map<String, Map<String, List<Integer>>> versions = new HashMap<>();

    @SuppressWarnings("unchecked")
    private void prepare(Items items) {
        int n = items.size();
        stems = new Set[n];
        figures = new List[n];
        versions.clear();
        for (int i = 0; i < n; i++) {
            String t = items.statement(i).comparable();
            stems[i] = Set.copyOf(Words.contentStems(t));
            figures[i] = Quantities.of(t);
            Statement st = items.statement(i);
            if (st.utterance() != null) {
                versions.computeIfAbsent(st.utterance(), k -> new HashMap<>())
                        .computeIfAbsent(st.article(), k -> new ArrayList<>()).add(i);
            }
        }
        cache.clear();
    }

    /** The pairwise score of two statements (embedding similarity, adjusted), computed once per pair. */
    double score(Items items, int i, int j) {
        if (stems == null || stems.length != items.size()) {
            prepare(items);
        }
        // lo * n + hi: unique and well spread (a shifted pair key hashes to lo ^ hi and collides massively)
        long n = items.size();
        long key = i < j ? i * n + j : j * n + i;
        Double known = cache.get(key);
        if (known != null) {
            return known;
        }
        double v = computeScore(items, i, j);
        cache.put(key, v);
        return v;
    }

    private double computeScore(Items items, int i, int j) {
        Statement a = items.statement(i);
        Statement b = items.statement(j);
        double cos = org.crosscheck.engine.nlp.embed.SentenceEmbedder.cosine(items.vector(i), items.vector(j));
        if (a.utterance() != null && a.utterance().equals(b.utterance()) && corresponding(items, i, j, cos)) {
            return 1.0;
        }
        double s = (1 - p.overlapWeight()) * cos + p.overlapWeight() * weights.overlap(stems[i], stems[j]);
        boolean sameHolder = a.holder().equals(b.holder());
        boolean bothNamed = a.person() && b.person();
        if (sameHolder && a.person() || (bothNamed && items.affiliated(i, j))) {
            s += p.sameHolder();
        } else if (bothNamed) {
            s += p.otherHolders();
        } else if (a.person() != b.person()) {
            s += p.ownVsQuoted();
        }
        if (a.negated() != b.negated()) {
            s += sameHolder ? p.negationSame() : p.negationOther();
        }
        if (sameHolder && a.article().equals(b.article()) && a.voice() == b.voice() && a.voice() != Voice.OWN
                && Math.abs(a.order() - b.order()) <= 2 && gap(a, b) <= SAME_QUOTE_GAP) {
            // next sentences of one quote: the speaker went on to say something else
            s += p.sameQuote();
        }
        if (!a.person() && !b.person()) {
            // two sentences in outlets' own voice (even one outlet's): only clearly the same fact is one claim
            s += p.ownVsOwn();
        }
        if (!items.related(i, j)) {
            s += p.unrelated();
        }
        int agree = Quantities.agreement(figures[i], figures[j]);
        s += agree > 0 ? p.sameFigure() : agree < 0 ? p.otherFigure() : 0;
        return s;
    }

    /** Cosine at which a whole quote is tied to a sentence of another version of it. */
    static final double ALIKE_SENTENCE = 0.5;

    /**
     * Whether two statements of one utterance say the same part of it. One version may quote several
     * sentences that another gives in part or in other words: only the corresponding sentences are tied,
     * not everything one speaker went on to say. Two statements of one article are not two versions.
     * A version given in one statement (a whole quote, a summary) ties each alike sentence of the other
     * and at least the closest one; two versions in several statements tie the mutually closest pairs.
     */
    private boolean corresponding(Items items, int i, int j, double cos) {
        Statement a = items.statement(i);
        Statement b = items.statement(j);
        if (a.article().equals(b.article())) {
            return false;
        }
        Map<String, List<Integer>> byArticle = versions.get(a.utterance());
        List<Integer> va = byArticle == null ? null : byArticle.get(a.article());
        List<Integer> vb = byArticle == null ? null : byArticle.get(b.article());
        if (va == null || vb == null || (va.size() == 1 && vb.size() == 1)) {
            return true;
        }
        boolean iClosest = closest(items, i, vb) == j;
        boolean jClosest = closest(items, j, va) == i;
        if (va.size() == 1 || vb.size() == 1) {
            return cos >= ALIKE_SENTENCE || (va.size() == 1 ? iClosest : jClosest);
        }
        return iClosest && jClosest;
    }

    private static int closest(Items items, int i, List<Integer> among) {
        int best = -1;
        double bestCos = Double.NEGATIVE_INFINITY;
        for (int k : among) {
            double c = org.crosscheck.engine.nlp.embed.SentenceEmbedder.cosine(items.vector(i), items.vector(k));
            if (c > bestCos) {
                bestCos = c;
                best = k;
            }
        }
        return best;
    }

    /** Members of a cluster compared when averaging (see {@link #average}). */
    static final int SAMPLE = 16;

    /** Characters between two statements of one quote at most (a sentence or two). */
    static final int SAME_QUOTE_GAP = 250;

    private static int gap(Statement a, Statement b) {
        return Math.max(0, Math.max(a.span().start(), b.span().start()) - Math.min(a.span().end(), b.span().end()));
    }

    /** Clusters of item indices. */
    List<List<Integer>> group(Items items, List<int[]> candidatePairs) {
        prepare(items);
        int n = items.size();
        int[] owner = new int[n];
        Map<Integer, List<Integer>> members = new HashMap<>();
        Map<Integer, Set<Integer>> neighbours = new HashMap<>();
        int[] version = new int[n];
        for (int i = 0; i < n; i++) {
            owner[i] = i;
            List<Integer> l = new ArrayList<>();
            l.add(i);
            members.put(i, l);
            neighbours.put(i, new HashSet<>());
        }
        record Cand(double avg, int a, int b, int va, int vb) {
        }
        PriorityQueue<Cand> queue = new PriorityQueue<>((x, y) -> Double.compare(y.avg(), x.avg()));
        for (int[] pr : candidatePairs) {
            int a = pr[0];
            int b = pr[1];
            if (a == b) {
                continue;
            }
            neighbours.get(a).add(b);
            neighbours.get(b).add(a);
            double s = score(items, a, b);
            if (s >= p.threshold()) {
                queue.add(new Cand(s, a, b, 0, 0));
            }
        }
        while (!queue.isEmpty()) {
            Cand c = queue.poll();
            if (!members.containsKey(c.a()) || !members.containsKey(c.b()) || version[c.a()] != c.va()
                    || version[c.b()] != c.vb()) {
                continue;
            }
            if (c.avg() < p.threshold()) {
                break;
            }
            // merge b into a
            List<Integer> ma = members.get(c.a());
            ma.addAll(members.remove(c.b()));
            for (int x : ma) {
                owner[x] = c.a();
            }
            version[c.a()]++;
            Set<Integer> nb = neighbours.get(c.a());
            nb.addAll(neighbours.remove(c.b()));
            nb.remove(c.a());
            nb.remove(c.b());
            for (int other : List.copyOf(nb)) {
                if (!members.containsKey(other)) {
                    nb.remove(other);
                    continue;
                }
                Set<Integer> on = neighbours.get(other);
                on.remove(c.b());
                on.add(c.a());
                double avg = average(items, ma, members.get(other));
                if (avg >= p.threshold()) {
                    queue.add(new Cand(avg, c.a(), other, version[c.a()], version[other]));
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        members.keySet().stream().sorted().forEach(k -> out.add(members.get(k).stream().sorted().toList()));
        return out;
    }

    /** Cosine of the closest two reports at which one holder's two groups are one claim. */
    static final double JOIN_SIMILARITY = 0.55;

    /**
     * A second pass over the clusters: one holder's claim split over articles (each article's wording
     * grouped with others, the two groups never averaging high enough) is joined when the closest two
     * reports of the holder (or of holders tied to each other, an organisation and its chair) are alike
     * in meaning and share content words, in one story (this test is looser than the grouping's, so it
     * is kept to the reports of one event). Groups in which one holder says both things in one article
     * stay apart: the grouping has already seen them side by side.
     */
    List<List<Integer>> joinSplitHolders(Items items, List<List<Integer>> clusters, List<int[]> candidatePairs) {
        int n = items.size();
        int[] owner = new int[n];
        for (int c = 0; c < clusters.size(); c++) {
            for (int x : clusters.get(c)) {
                owner[x] = c;
            }
        }
        Map<Long, double[]> best = new HashMap<>();
        for (int[] pr : candidatePairs) {
            int x = pr[0];
            int y = pr[1];
            int cx = owner[x];
            int cy = owner[y];
            if (cx == cy || !holdersAlike(items, x, y) || !items.oneStory(x, y)) {
                continue;
            }
            Set<String> shared = new HashSet<>(stems[x]);
            shared.retainAll(stems[y]);
            int need = Math.min(stems[x].size(), stems[y].size()) <= 3 ? 1 : 2;
            if (shared.size() < need) {
                continue;
            }
            double cos = org.crosscheck.engine.nlp.embed.SentenceEmbedder.cosine(items.vector(x), items.vector(y));
            if (cos < JOIN_SIMILARITY) {
                continue;
            }
            long key = PairKeys.of(Math.min(cx, cy), Math.max(cx, cy));
            double[] known = best.get(key);
            if (known == null || known[0] < cos) {
                best.put(key, new double[]{cos});
            }
        }
        List<Map.Entry<Long, double[]>> order = new ArrayList<>(best.entrySet());
        order.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        int[] root = new int[clusters.size()];
        List<List<Integer>> merged = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            root[c] = c;
            merged.add(new ArrayList<>(clusters.get(c)));
        }
        for (Map.Entry<Long, double[]> e : order) {
            int a = find(root, PairKeys.first(e.getKey()));
            int b = find(root, PairKeys.second(e.getKey()));
            if (a == b || saidApartInOneArticle(items, merged.get(a), merged.get(b))) {
                continue;
            }
            merged.get(a).addAll(merged.get(b));
            merged.get(b).clear();
            root[b] = a;
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> m : merged) {
            if (!m.isEmpty()) {
                out.add(m.stream().sorted().toList());
            }
        }
        return out;
    }

    private static int find(int[] root, int c) {
        while (root[c] != c) {
            root[c] = root[root[c]];
            c = root[c];
        }
        return c;
    }

    /** Both named holders, and the same one or tied to each other. */
    private static boolean holdersAlike(Items items, int x, int y) {
        Statement a = items.statement(x);
        Statement b = items.statement(y);
        return a.person() && b.person() && (a.holder().equals(b.holder()) || items.affiliated(x, y));
    }

    /** Whether some holder has a statement in both groups in one article. */
    private static boolean saidApartInOneArticle(Items items, List<Integer> a, List<Integer> b) {
        Set<String> seen = new HashSet<>();
        for (int x : a) {
            Statement s = items.statement(x);
            seen.add(s.holder() + "\u0000" + s.article());
        }
        for (int y : b) {
            Statement s = items.statement(y);
            if (seen.contains(s.holder() + "\u0000" + s.article())) {
                return true;
            }
        }
        return false;
    }

    /**
     * How strongly two clusters belong together: their average pairwise score; a pair of members that
     * clearly say the same thing ({@code strongPair} above the threshold) carries the merge when the
     * average is within {@code weakAverage} of it (chains of paraphrases: A~B, B~C, A less so C).
     */
    double average(Items items, List<Integer> a, List<Integer> b) {
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        // large clusters: their first members stand for them, so a merge costs at most SAMPLE^2 scores
        a = a.size() > SAMPLE ? a.subList(0, SAMPLE) : a;
        b = b.size() > SAMPLE ? b.subList(0, SAMPLE) : b;
        for (int x : a) {
            for (int y : b) {
                double sc = score(items, x, y);
                sum += sc;
                max = Math.max(max, sc);
            }
        }
        double avg = sum / ((double) a.size() * b.size());
        if (avg < p.threshold() && max >= p.threshold() + p.strongPair() && avg >= p.threshold() - p.weakAverage()) {
            return p.threshold();
        }
        return avg;
    }
}
