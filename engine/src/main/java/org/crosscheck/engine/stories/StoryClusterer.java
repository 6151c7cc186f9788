package org.crosscheck.engine.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online story clustering: each new article joins the story it is most similar to, or opens one.
 *
 * <p>An article is a TF-IDF vector over its content words, numbers, normalised dates and global
 * entities (an entity's weight is its rarity, like a word's). A story is the sum of its members'
 * unit vectors, cut to its strongest {@link StoryConfig#centroidSize()} features. The article joins
 * the story with the highest cosine when that reaches {@link StoryConfig#joinThreshold()}, unless
 * <ul>
 *   <li>the two give dates for events of one kind and no pair of them lies within
 *       {@link StoryConfig#dateToleranceDays()}: an explicit date conflict always blocks a merge
 *       (two meetings of one kind in one city a few years apart stay two stories);</li>
 *   <li>the story has been idle for more than {@link StoryConfig#windowDays()} before the article's
 *       publication date (both known).</li>
 * </ul>
 * An article without dates is compared by content alone, so it joins a dated story it matches.
 *
 * <p>Cost per article does not grow with the number of stories: candidates come from an inverted
 * index (feature to the stories holding it, most recent last), read only for the article's
 * {@link StoryConfig#queryFeatures()} most distinctive features (highest TF-IDF weight, so rare
 * entities and terms first) and only for the last {@link StoryConfig#postingsPerFeature()} stories of
 * each; the cosine is then computed for those candidates only, each at most
 * {@link StoryConfig#centroidSize()} features long.
 *
 * <p>Determinism: the same articles in the same order give the same stories with the same ids (ties go
 * to the older story). Order matters as in any online clustering, mostly for articles near the
 * threshold; {@link StoryService} fixes the order (publication date, then a hash of the text) so a
 * batch's result does not depend on the order of its inputs.
 *
 * <p>Term statistics: {@link #streaming} counts document frequencies as articles arrive (each article
 * is weighed against everything seen so far, itself included); {@link #withStatistics} takes them from
 * a whole collection first, which a batch can afford and which makes weights independent of order. A
 * batch also weighs down the features only one article has: they cannot make it similar
 * to anything and only dilute its similarity to everything, which in a small collection (where most
 * words are in one article only) hides even two reports of one meeting from each other. Yet what an
 * article says that no other says is some evidence that it reports something else, so such features
 * keep {@link StoryConfig#singleWeight()} of their weight rather than none. A join also needs
 * {@value #MIN_SHARED} shared features.
 */
public final class StoryClusterer {

    /** Where an article went: the story's index, whether it opened it, the similarity and why. */
    public record Assignment(int story, boolean opened, double score, String reason) {
    }

    /**
     * Least number of features an article must share with a story to join it: one shared word can
     * give a high cosine between two short vectors, but it is not evidence of one event.
     */
    static final int MIN_SHARED = 3;

    /**
     * Candidate stories scored per article at most (the rarest features are read first, so these are the
     * stories most likely to match): the cost per article is bounded by this times the story size.
     */
    static final int MAX_CANDIDATES = 100;

    private final StoryConfig config;
    private final boolean fixedStatistics;
    private final Map<String, Integer> featureIds = new HashMap<>();
    private final List<String> featureKeys = new ArrayList<>();
    private int[] df = new int[1024];
    private long documents;
    private IntList[] postings = new IntList[1024];
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, Integer> storyOfArticle = new HashMap<>();
    /** Batch mode keeps every added article and its vector for {@link #consolidate}. */
    private final boolean retain;
    private final List<ArticleFeatures> added = new ArrayList<>();
    private final List<Vec> vectors = new ArrayList<>();
    private final Map<String, String> copies = new java.util.LinkedHashMap<>();

    private StoryClusterer(StoryConfig config, boolean fixedStatistics) {
        this.config = config;
        this.fixedStatistics = fixedStatistics;
        this.retain = fixedStatistics;
    }

    /** A clusterer that learns term statistics as articles arrive. */
    public static StoryClusterer streaming(StoryConfig config) {
        return new StoryClusterer(config, false);
    }

    /** A clusterer whose term statistics are those of {@code collection} (a batch known in advance). */
    public static StoryClusterer withStatistics(StoryConfig config, Collection<ArticleFeatures> collection) {
        StoryClusterer c = new StoryClusterer(config, true);
        for (ArticleFeatures a : collection) {
            c.count(a);
        }
        return c;
    }

    public StoryConfig config() {
        return config;
    }

    /** Adds an article: it joins the most similar story or opens a new one. */
    public Assignment add(ArticleFeatures a) {
        if (storyOfArticle.containsKey(a.id())) {
            throw new IllegalArgumentException("article " + a.id() + " was already added");
        }
        if (!fixedStatistics) {
            count(a);
        }
        Vec v = vector(a);
        if (retain) {
            added.add(a);
            vectors.add(v);
        }
        int best = -1;
        double bestScore = -1;
        String blocked = null;
        for (int s : candidates(v)) {
            StoryState st = stories.get(s);
            if (outsideWindow(st, a.published())) {
                continue;
            }
            double score = v.dot(st.centroid) / (v.norm * st.centroid.norm);
            if (score <= bestScore || v.shared(st.centroid) < MIN_SHARED) {
                continue;
            }
            String conflict = dateConflict(st.datedEvents, a);
            if (conflict != null) {
                if (score >= config.joinThreshold() && blocked == null) {
                    blocked = conflict;
                }
                continue;
            }
            best = s;
            bestScore = score;
        }
        if (best >= 0 && bestScore >= config.joinThreshold()) {
            String shared = shared(v, stories.get(best).centroid, 6);
            join(best, a, v);
            return new Assignment(best, false, bestScore, String.format(java.util.Locale.ROOT,
                    "similar to the story (cosine %.3f; shares %s)", bestScore, shared));
        }
        int s = open(a, v);
        String why = blocked != null ? "a similar story reports another event of its kind: " + blocked
                : best >= 0 ? String.format(java.util.Locale.ROOT, "no story similar enough (best cosine %.3f)", bestScore)
                : "no story shares its distinctive features";
        return new Assignment(s, true, Math.max(0, bestScore), why);
    }

    /**
     * Puts a near-copy into its original's story without changing the story (a reprint is one source,
     * and its words should not count twice).
     */
    public Assignment attach(String articleId, String originalId) {
        Integer s = storyOfArticle.get(originalId);
        if (s == null) {
            throw new IllegalArgumentException("original " + originalId + " of " + articleId + " was not added");
        }
        if (storyOfArticle.putIfAbsent(articleId, s) != null) {
            throw new IllegalArgumentException("article " + articleId + " was already added");
        }
        stories.get(s).members.add(articleId);
        copies.put(articleId, originalId);
        return new Assignment(s, false, 1.0, "reprint of " + originalId);
    }

    /** The story an article is in, or -1. */
    public int storyOf(String articleId) {
        Integer s = storyOfArticle.get(articleId);
        return s == null ? -1 : s;
    }

    public int storyCount() {
        return stories.size();
    }

    /** Each story's members in order of arrival, stories in order of opening. */
    public List<List<String>> stories() {
        List<List<String>> out = new ArrayList<>(stories.size());
        for (StoryState s : stories) {
            out.add(List.copyOf(s.members));
        }
        return out;
    }

    /** The dates of events the story's articles give, earliest first. */
    public List<LocalDate> storyDates(int story) {
        Set<LocalDate> ds = new java.util.TreeSet<>();
        for (EventSignature e : stories.get(story).datedEvents) {
            if (e.date() != null) {
                ds.add(e.date());
            }
        }
        return List.copyOf(ds);
    }

    /**
     * Batch consolidation (k-means steps over the online result): every article added in batch mode
     * is compared with every story it shares distinctive features with, its own story without it, and
     * moves to the most similar one when that reaches the join threshold (date conflicts still block),
     * or stands alone when none does. All moves of a round are decided on the stories as they were at
     * its start, so a round does not depend on the order of articles. Repeats until nothing moves or
     * {@code maxRounds}; copies follow their originals. Returns the number of rounds that moved something.
     */
    public int consolidate(int maxRounds) {
        if (!retain) {
            throw new IllegalStateException("consolidation needs a batch clusterer (withStatistics)");
        }
        int n = added.size();
        int[] assign = new int[n];
        for (int i = 0; i < n; i++) {
            assign[i] = storyOfArticle.get(added.get(i).id());
        }
        int rounds = 0;
        for (int round = 0; round < maxRounds; round++) {
            Map<Integer, Vec> centroids = new HashMap<>();
            Map<Integer, List<Integer>> members = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Vec u = vectors.get(i).scaled(1 / vectors.get(i).norm);
                centroids.merge(assign[i], u, (x, y) -> x.plus(y, Integer.MAX_VALUE));
                members.computeIfAbsent(assign[i], k -> new ArrayList<>()).add(i);
            }
            Map<Integer, List<Integer>> byFeature = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Vec v = vectors.get(i);
                for (int idx : v.strongest(config.indexFeatures())) {
                    List<Integer> l = byFeature.computeIfAbsent(v.ids[idx], k -> new ArrayList<>());
                    if (l.isEmpty() || l.get(l.size() - 1) != assign[i]) {
                        l.add(assign[i]);
                    }
                }
            }
            int[] next = new int[n];
            int moved = 0;
            int fresh = Integer.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                Vec v = vectors.get(i);
                Set<Integer> cands = new java.util.TreeSet<>();
                cands.add(assign[i]);
                int used = 0;
                for (int idx : v.strongest(v.ids.length)) {
                    if (used >= config.queryFeatures()) {
                        break;
                    }
                    List<Integer> l = byFeature.get(v.ids[idx]);
                    if (df[v.ids[idx]] < 2 || l == null) {
                        continue;
                    }
                    used++;
                    for (int k = l.size() - 1, seen = 0; k >= 0 && seen < config.postingsPerFeature(); k--, seen++) {
                        cands.add(l.get(k));
                    }
                }
                int best = -1;
                double bestScore = -1;
                for (int c : cands) {
                    Vec cv = centroids.get(c);
                    double dot = v.dot(cv) / v.norm;
                    double norm2 = cv.norm * cv.norm;
                    if (c == assign[i]) {
                        norm2 = norm2 - 2 * dot + 1;
                        dot = dot - 1;
                        if (members.get(c).size() < 2 || norm2 <= 1e-12) {
                            continue;
                        }
                    }
                    double score = dot / Math.sqrt(norm2);
                    if (score < config.joinThreshold() || score < bestScore || score == bestScore && c > best) {
                        continue;
                    }
                    if (v.shared(c == assign[i] ? leaveOut(cv, v) : cv) < MIN_SHARED) {
                        continue;
                    }
                    List<EventSignature> events = new ArrayList<>();
                    for (int m : members.get(c)) {
                        if (m != i) {
                            for (EventSignature e : added.get(m).events()) {
                                if (e.marked()) {
                                    events.add(e);
                                }
                            }
                        }
                    }
                    if (dateConflict(events, added.get(i)) != null) {
                        continue;
                    }
                    best = c;
                    bestScore = score;
                }
                if (best < 0) {
                    best = members.get(assign[i]).size() == 1 ? assign[i] : fresh++;
                }
                next[i] = best;
                if (best != assign[i]) {
                    moved++;
                }
            }
            if (moved == 0) {
                break;
            }
            rounds++;
            assign = next;
        }
        rebuild(assign);
        return rounds;
    }

    /** The features that contribute most to the similarity of two vectors, readable ("word", "#23", "entity P7"). */
    private String shared(Vec a, Vec b, int k) {
        List<double[]> contrib = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.ids.length && j < b.ids.length) {
            if (a.ids[i] == b.ids[j]) {
                contrib.add(new double[]{a.ids[i], a.ws[i] * b.ws[j]});
                i++;
                j++;
            } else if (a.ids[i] < b.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        contrib.sort((x, y) -> Double.compare(y[1], x[1]));
        StringBuilder sb = new StringBuilder();
        for (int x = 0; x < Math.min(k, contrib.size()); x++) {
            String key = featureKeys.get((int) contrib.get(x)[0]);
            sb.append(x == 0 ? "" : ", ").append(key.startsWith("e:") ? "entity " + key.substring(2) : key.substring(2));
        }
        return sb.toString();
    }

    /** A centroid without one member's unit vector (features left at zero weight dropped). */
    private static Vec leaveOut(Vec centroid, Vec member) {
        Vec minus = member.scaled(-1 / member.norm);
        Vec d = centroid.plus(minus, Integer.MAX_VALUE);
        int m = 0;
        int[] ids = new int[d.ids.length];
        double[] ws = new double[d.ids.length];
        for (int i = 0; i < d.ids.length; i++) {
            if (d.ws[i] > 1e-9) {
                ids[m] = d.ids[i];
                ws[m++] = d.ws[i];
            }
        }
        return new Vec(java.util.Arrays.copyOf(ids, m), java.util.Arrays.copyOf(ws, m), Vec.norm(ws, m));
    }

    /** Rebuilds stories, centroids and index from an assignment of the retained articles. */
    private void rebuild(int[] assign) {
        Map<Integer, Integer> renumber = new HashMap<>();
        for (int a : assign) {
            renumber.putIfAbsent(a, renumber.size());
        }
        List<StoryState> old = new ArrayList<>(stories);
        stories.clear();
        storyOfArticle.clear();
        java.util.Arrays.fill(postings, null);
        for (int i = 0; i < renumber.size(); i++) {
            stories.add(new StoryState());
        }
        for (int i = 0; i < assign.length; i++) {
            join(renumber.get(assign[i]), added.get(i), vectors.get(i));
        }
        for (Map.Entry<String, String> c : copies.entrySet()) {
            int s = storyOfArticle.get(c.getValue());
            storyOfArticle.put(c.getKey(), s);
            stories.get(s).members.add(c.getKey());
        }
        old.clear();
    }

    // ---------------------------------------------------------------- statistics and vectors

    private void count(ArticleFeatures a) {
        documents++;
        for (String t : a.terms().keySet()) {
            int f = id("t:" + t);
            df[f]++;
        }
        for (String e : a.entities().keySet()) {
            int f = id("e:" + e);
            df[f]++;
        }
    }

    private int id(String key) {
        Integer i = featureIds.get(key);
        if (i == null) {
            i = featureIds.size();
            featureIds.put(key, i);
            featureKeys.add(key);
            if (i >= df.length) {
                df = Arrays.copyOf(df, df.length * 2);
                postings = Arrays.copyOf(postings, postings.length * 2);
            }
        }
        return i;
    }

    private double idf(int f) {
        return Math.log((documents + 1.0) / (df[f] + 0.5));
    }

    private Vec vector(ArticleFeatures a) {
        int n = a.terms().size() + a.entities().size();
        int[] ids = new int[n];
        double[] ws = new double[n];
        int k = 0;
        for (Map.Entry<String, Double> t : a.terms().entrySet()) {
            int f = id("t:" + t.getKey());
            double single = fixedStatistics && df[f] < 2 ? config.singleWeight() : 1.0;
            ids[k] = f;
            double kind = t.getKey().startsWith("#") || t.getKey().startsWith("@") ? config.numberWeight() : 1.0;
            ws[k++] = single * kind * (1 + Math.log(Math.max(1.0, t.getValue()))) * idf(f);
        }
        for (Map.Entry<String, Double> e : a.entities().entrySet()) {
            int f = id("e:" + e.getKey());
            double single = fixedStatistics && df[f] < 2 ? config.singleWeight() : 1.0;
            ids[k] = f;
            ws[k++] = single * config.entityWeight() * (1 + Math.log(Math.max(1.0, e.getValue()))) * idf(f);
        }
        return Vec.of(ids, ws, k);
    }

    // ---------------------------------------------------------------- candidates (blocking)

    private Collection<Integer> candidates(Vec v) {
        Set<Integer> out = new LinkedHashSet<>();
        int used = 0;
        for (int idx : v.strongest(v.ids.length)) {
            if (used >= config.queryFeatures()) {
                break;
            }
            int f = v.ids[idx];
            IntList p = postings[f];
            if (df[f] < 2 || p == null) {
                continue;
            }
            used++;
            for (int i = p.size - 1, seen = 0; i >= 0 && seen < config.postingsPerFeature(); i--, seen++) {
                out.add(p.data[i]);
            }
            if (out.size() >= MAX_CANDIDATES) {
                break;
            }
        }
        return out;
    }

    private void index(int story, Vec v) {
        for (int idx : v.strongest(config.indexFeatures())) {
            int f = v.ids[idx];
            IntList p = postings[f];
            if (p == null) {
                p = new IntList();
                postings[f] = p;
            }
            if (p.size == 0 || p.data[p.size - 1] != story) {
                p.add(story);
            }
        }
    }

    // ---------------------------------------------------------------- stories

    private int open(ArticleFeatures a, Vec v) {
        int s = stories.size();
        StoryState st = new StoryState();
        stories.add(st);
        join(s, a, v);
        return s;
    }

    private void join(int s, ArticleFeatures a, Vec v) {
        StoryState st = stories.get(s);
        st.members.add(a.id());
        storyOfArticle.put(a.id(), s);
        st.centroid = st.centroid.plus(v.scaled(1 / v.norm), config.centroidSize());
        for (EventSignature e : a.events()) {
            if (e.marked() && !st.datedEvents.contains(e)) {
                st.datedEvents.add(e);
            }
        }
        if (a.published() != null && (st.lastPublished == null || a.published().isAfter(st.lastPublished))) {
            st.lastPublished = a.published();
        }
        index(s, v);
    }

    private boolean outsideWindow(StoryState st, LocalDate published) {
        return config.windowDays() > 0 && published != null && st.lastPublished != null
                && ChronoUnit.DAYS.between(st.lastPublished, published) > config.windowDays();
    }

    /**
     * Why the article's event contradicts the story's, or null when it does not: events of one kind
     * on days more than {@link StoryConfig#dateToleranceDays()} apart, or with different numbers in a
     * series ("the first round" against "the second round"). A day or a number in common agrees.
     */
    String dateConflict(List<EventSignature> storyEvents, ArticleFeatures a) {
        if (storyEvents.isEmpty()) {
            return null;
        }
        String conflict = null;
        for (EventSignature e : a.events()) {
            if (!e.marked()) {
                continue;
            }
            EventSignature against = null;
            for (EventSignature o : storyEvents) {
                if (!e.sameKind(o)) {
                    continue;
                }
                boolean bothDated = e.date() != null && o.date() != null;
                boolean sameDay = bothDated && Math.abs(ChronoUnit.DAYS.between(e.date(), o.date())) <= config.dateToleranceDays();
                boolean bothNumbered = e.ordinal() != null && o.ordinal() != null;
                boolean sameNumber = bothNumbered && e.ordinal().equals(o.ordinal());
                if (sameDay || sameNumber && !bothDated) {
                    return null;
                }
                if ((bothDated || bothNumbered) && against == null) {
                    against = o;
                }
            }
            if (against != null && conflict == null) {
                String kind = e.type() == null ? "event" : e.type();
                conflict = e.date() != null && against.date() != null
                        ? kind + " on " + e.date() + " against " + against.date()
                        : kind + " number " + e.ordinal() + " against number " + against.ordinal();
            }
        }
        return conflict;
    }

    private static final class StoryState {
        final List<String> members = new ArrayList<>(2);
        final List<EventSignature> datedEvents = new ArrayList<>(1);
        Vec centroid = Vec.EMPTY;
        LocalDate lastPublished;
    }

    /** A growable list of ints. */
    static final class IntList {
        int[] data = new int[4];
        int size;

        void add(int x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }
    }

    /** A sparse vector: feature ids ascending, with weights, and its norm. */
    static final class Vec {
        static final Vec EMPTY = new Vec(new int[0], new double[0], 0);
        final int[] ids;
        final double[] ws;
        final double norm;

        Vec(int[] ids, double[] ws, double norm) {
            this.ids = ids;
            this.ws = ws;
            this.norm = norm;
        }

        static Vec of(int[] ids, double[] ws, int n) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Integer.compare(ids[x], ids[y]));
            int[] si = new int[n];
            double[] sw = new double[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                int o = order[i];
                if (m > 0 && si[m - 1] == ids[o]) {
                    sw[m - 1] += ws[o];
                } else {
                    si[m] = ids[o];
                    sw[m++] = ws[o];
                }
            }
            return new Vec(Arrays.copyOf(si, m), Arrays.copyOf(sw, m), norm(sw, m));
        }

        static double norm(double[] w, int n) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += w[i] * w[i];
            }
            return Math.sqrt(s);
        }

        /** How many features the two vectors share. */
        int shared(Vec o) {
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < ids.length && j < o.ids.length) {
                if (ids[i] == o.ids[j]) {
                    n++;
                    i++;
                    j++;
                } else if (ids[i] < o.ids[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return n;
        }

        double dot(Vec o) {
            double s = 0;
            int i = 0;
            int j = 0;
            while (i < ids.length && j < o.ids.length) {
                int a = ids[i];
                int b = o.ids[j];
                if (a == b) {
                    s += ws[i++] * o.ws[j++];
                } else if (a < b) {
                    i++;
                } else {
                    j++;
                }
            }
            return s;
        }

        Vec scaled(double f) {
            double[] w = new double[ws.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = ws[i] * f;
            }
            return new Vec(ids, w, norm * Math.abs(f));
        }

        /** The sum of two vectors, keeping at most {@code limit} strongest features. */
        Vec plus(Vec o, int limit) {
            int[] ri = new int[ids.length + o.ids.length];
            double[] rw = new double[ri.length];
            int i = 0;
            int j = 0;
            int m = 0;
            while (i < ids.length || j < o.ids.length) {
                if (j >= o.ids.length || i < ids.length && ids[i] < o.ids[j]) {
                    ri[m] = ids[i];
                    rw[m++] = ws[i++];
                } else if (i >= ids.length || o.ids[j] < ids[i]) {
                    ri[m] = o.ids[j];
                    rw[m++] = o.ws[j++];
                } else {
                    ri[m] = ids[i];
                    rw[m++] = ws[i++] + o.ws[j++];
                }
            }
            if (m > limit) {
                double[] sorted = Arrays.copyOf(rw, m);
                Arrays.sort(sorted);
                double cut = sorted[m - limit];
                int k = 0;
                for (int x = 0; x < m && k < limit; x++) {
                    if (rw[x] >= cut) {
                        ri[k] = ri[x];
                        rw[k++] = rw[x];
                    }
                }
                m = k;
            }
            return new Vec(Arrays.copyOf(ri, m), Arrays.copyOf(rw, m), norm(rw, m));
        }

        /** Indices of the {@code k} largest weights, strongest first (ties: lower feature id first). */
        int[] strongest(int k) {
            Integer[] order = new Integer[ids.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> {
                int c = Double.compare(ws[y], ws[x]);
                return c != 0 ? c : Integer.compare(ids[x], ids[y]);
            });
            int n = Math.min(k, order.length);
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = order[i];
            }
            return out;
        }
    }
}
