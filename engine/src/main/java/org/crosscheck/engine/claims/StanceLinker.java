package org.crosscheck.engine.claims;

import org.crosscheck.engine.nlp.embed.SentenceEmbedder;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the claim a denial or a backing is aimed at. An explicit target ("denied [that the plant
 * leaked]", "[fears that the river will dry up] are groundless") is compared with every claim of the
 * same story by sentence embeddings; a target that only names a claim ("dismissed the accusations",
 * "expressing concern is not justified", "backed Halvard's account") takes the claim the article
 * just reported: the one an earlier denial in the article targeted, else the nearest preceding claim
 * of another named holder (or of the named possessor). A negated statement that mirrors another
 * holder's claim ("there is no land swap") disputes it.
 */
final class StanceLinker {

    /** Knobs; defaults tuned on the claims development set. */
    record Params(double explicitThreshold, double weakThreshold, double margin, double negationThreshold,
                  double sameArticleBonus, double contrastBonus, double overlapWeight, double pressBonus,
                  double siblingSimilarity) {

        static final Params DEFAULT = new Params(0.50, 0.38, 0.08, 0.62, 0.06, 0.06, 0.25, 0.08, 0.45);
    }

    /** A claim under construction: its backing statements. */
    interface Group {
        List<Statement> members();
    }

    private final Params p;
    private final Function<String, float[]> embed;
    private final StemWeights weights;

    StanceLinker(Params p, Function<String, float[]> embed, StemWeights weights) {
        this.p = p;
        this.embed = embed;
        this.weights = weights;
    }

    /** The index of the group {@code s} targets, or -1. {@code related} says which groups share its story. */
    int target(Statement s, List<? extends Group> groups, List<Statement> articleStatements,
               java.util.function.IntPredicate related, java.util.Map<Statement, Integer> resolved) {
        Clauses.Target t = s.target();
        if (t == null || t.generic() || t.text().isBlank()) {
            return generic(s, t, groups, articleStatements, resolved);
        }
        float[] tv = embed.apply(t.text());
        float[] sv = embed.apply(s.text());
        boolean press = PRESS_TARGET.matcher(s.text()).find() || PRESS_TARGET.matcher(s.cue() == null ? "" : s.cue()).find();
        boolean fear = FEAR_TARGET.matcher(s.text()).find();
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        Set<String> probe = new HashSet<>(stems(t.text()));
        probe.addAll(stems(s.text()));
        for (int g : candidates(groups, probe, s.article())) {
            if (!related.test(g) || !touches(groups.get(g), probe, s.article())) {
                continue;
            }
            double score = score(s, tv, sv, t.text(), groups.get(g), press, fear);
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = g;
            } else if (score > second) {
                second = score;
            }
        }
        if (best >= 0 && (bestScore >= p.explicitThreshold()
                || (bestScore >= p.weakThreshold() && bestScore - second >= p.margin()))) {
            return best;
        }
        // the same person's other denial in the same article already found the claim
        for (Map.Entry<Statement, Integer> e : resolved.entrySet()) {
            Statement o = e.getKey();
            if (o != s && o.article().equals(s.article()) && o.holder().equals(s.holder()) && o.stance() == s.stance()
                    && SentenceEmbedder.cosine(sv, embed.apply(o.comparable())) >= p.siblingSimilarity()) {
                return e.getValue();
            }
        }
        return -1;
    }

    /** "fears that ... are groundless": the target is likely a warning, a statement of what could happen. */
    private static final java.util.regex.Pattern FEAR_TARGET = java.util.regex.Pattern.compile(
            "(?i)\\b(?:fears?|concerns?|worry|worries|warnings?|alarm)\\b");
    private static final java.util.regex.Pattern POSSIBILITY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:could|may|might|risks?|threat|threatens?|danger|dangerous|warn\\w*|fear\\w*|likely)\\b");
    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:no|not|never|nothing|none|nobody|neither|nor|cannot|without)\\b|n['\u2019]t\\b");

    static final double SUBJECT_AGREEMENT = 0.3;
    /** Words of wish, hope and obligation: a statement of what should be is not a statement of what is. */
    private static final java.util.regex.Pattern WISH = java.util.regex.Pattern.compile(
            "(?i)\\b(?:should|must|ought|hope|hopes|hoped|wish|want|wants|need|needs|urge\\w*|call(?:s|ed)? on|demand\\w*)\\b");
    /** A negated clause mirrors a claim when at least this share of its content words are the claim's. */
    static final double MIRROR_OVERLAP = 0.5;

    /** The words of a negated clause before its negation ("major countries like X" in "major countries like X do not ..."). */
    static String subjectOfNegation(String clause) {
        java.util.regex.Matcher m = NEGATION.matcher(clause);
        if (!m.find()) {
            return "";
        }
        String head = clause.substring(0, m.start()).replaceFirst("(?i)^\\s*there\\s+(?:is|are|was|were|has been|have been)\\s*", "");
        head = head.replaceFirst("(?i)\\s+(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|must)\\s*$", "");
        int that = Math.max(head.toLowerCase(Locale.ROOT).lastIndexOf(" that "), -1);
        if (that >= 0) {
            head = head.substring(that + 6);
        }
        return Words.contentStems(head).isEmpty() ? "" : head;
    }

    /** The clause of a negated statement that holds the negation ("it is not enough" in "X is welcome, but it is not enough"). */
    static String negatedClause(String text) {
        String[] parts = text.split("(?i),\\s+but\\s+|;\\s+|\\s+but\\s+|,\\s+(?:and|while|whereas|although)\\s+");
        if (parts.length < 2) {
            return text;
        }
        for (String part : parts) {
            if (NEGATION.matcher(part).find()) {
                return part;
            }
        }
        return text;
    }

    /** "rejected reports that ...", "dismissed media claims": the target is likely an outlet's own reporting. */
    private static final java.util.regex.Pattern PRESS_TARGET = java.util.regex.Pattern.compile(
            "(?i)\\b(?:reports?|media|press|newspaper|article|rumou?rs?|speculation)\\b");

    /** Best score of a group as the target of {@code s}; holders never dispute their own claims. */
    private double score(Statement s, float[] tv, float[] sv, String targetText, Group g, boolean press, boolean fear) {
        double best = Double.NEGATIVE_INFINITY;
        boolean other = false;
        for (Statement m : g.members()) {
            if (m.holder().equals(s.holder())) {
                continue;
            }
            other = true;
            String comparable = m.comparable();
            double cos = Double.NEGATIVE_INFINITY;
            for (float[] mv : viewVectors(comparable)) {
                cos = Math.max(cos, Math.max(SentenceEmbedder.cosine(tv, mv), SentenceEmbedder.cosine(sv, mv) - 0.08));
            }
            double sc = (1 - p.overlapWeight()) * cos + p.overlapWeight() * weights.overlap(stems(targetText), stems(comparable));
            if (m.article().equals(s.article())) {
                sc += p.sameArticleBonus();
            }
            if (press && m.voice() == Voice.OWN) {
                sc += p.pressBonus();
            }
            if (fear && POSSIBILITY.matcher(m.text()).find()) {
                sc += p.pressBonus();
            }
            best = Math.max(best, sc);
        }
        return other ? best : Double.NEGATIVE_INFINITY;
    }

    /** A negated statement that mirrors another holder's claim disputes it: the group index, or -1. */
    int negationTarget(Statement s, List<? extends Group> groups, java.util.function.IntPredicate related, int own) {
        String clause = negatedClause(s.text());
        String subject = subjectOfNegation(clause);
        float[] sv = embed.apply(clause);
        int best = -1;
        double bestScore = p.negationThreshold();
        Set<String> probe = stems(clause);
        for (int g : candidates(groups, probe, null)) {
            if (g == own || !related.test(g) || !touches(groups.get(g), probe, null)) {
                continue;
            }
            boolean positive = groups.get(g).members().stream().anyMatch(m -> !m.negated() && !m.holder().equals(s.holder()));
            if (!positive) {
                continue;
            }
            double sc = 0;
            for (Statement m : groups.get(g).members()) {
                if (m.negated() || m.holder().equals(s.holder())) {
                    continue;
                }
                if (wish(m.comparable()) != wish(clause)) {
                    // "X has not happened" does not deny "X should happen" or "we hope X"
                    continue;
                }
                if (Words.overlapOfFirst(clause, m.comparable()) < MIRROR_OVERLAP
                        || !subject.isEmpty() && Words.overlapOfFirst(subject, m.comparable()) < SUBJECT_AGREEMENT) {
                    // "major countries do not train X" does not deny "X is active": the negated clause must be
                    // about the same thing as the claim
                    continue;
                }
                double cos = Double.NEGATIVE_INFINITY;
                for (float[] mv : viewVectors(m.comparable())) {
                    cos = Math.max(cos, SentenceEmbedder.cosine(sv, mv));
                }
                double v = (1 - p.overlapWeight()) * cos + p.overlapWeight() * weights.overlap(stems(clause), stems(m.comparable()));
                if (m.article().equals(s.article())) {
                    v += p.sameArticleBonus();
                }
                if (s.contrast()) {
                    v += p.contrastBonus();
                }
                sc = Math.max(sc, v);
            }
            if (sc >= bestScore) {
                bestScore = sc;
                best = g;
            }
        }
        return best;
    }

    /** A target that only names a claim: what the article reported just before. */
    private int generic(Statement s, Clauses.Target t, List<? extends Group> groups, List<Statement> inArticle,
                        java.util.Map<Statement, Integer> resolved) {
        // an earlier denial in the same article already found the claim under discussion
        for (int i = inArticle.size() - 1; i >= 0; i--) {
            Statement o = inArticle.get(i);
            if (o.order() < s.order() && o != s && o.stance() == s.stance() && resolved.containsKey(o)) {
                return resolved.get(o);
            }
        }
        String possessor = t == null ? null : t.possessor();
        int best = -1;
        int bestOrder = -1;
        for (int g = 0; g < groups.size(); g++) {
            for (Statement m : groups.get(g).members()) {
                if (!m.article().equals(s.article()) || m.order() >= s.order() || m.holder().equals(s.holder())) {
                    continue;
                }
                if (!m.person()) {
                    continue;
                }
                if (possessor != null && !holderMatches(m, possessor)) {
                    continue;
                }
                if (m.order() > bestOrder) {
                    bestOrder = m.order();
                    best = g;
                }
            }
        }
        return best;
    }

    private static boolean holderMatches(Statement m, String possessor) {
        String name = m.holderName().toLowerCase(Locale.ROOT);
        for (String w : possessor.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.length() > 2 && name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private final Map<String, Set<String>> stemCache = new HashMap<>();
    private final Map<String, List<String>> viewCache = new HashMap<>();

    private final Map<String, Boolean> wishes = new HashMap<>();

    /** Whether a clause expresses a wish or a demand (memoised: the same sentences are tested again and again). */
    private boolean wish(String text) {
        return wishes.computeIfAbsent(text, t -> WISH.matcher(t).find());
    }

    private Set<String> stems(String text) {
        return stemCache.computeIfAbsent(text, t -> Set.copyOf(Words.contentStems(t)));
    }

    private List<String> viewsOf(String text) {
        return viewCache.computeIfAbsent(text, StanceLinker::views);
    }

    private final Map<String, List<float[]>> viewVectorCache = new HashMap<>();

    /** The embeddings of a claim's views, looked up once per text (denials are compared with the same claims many times). */
    private List<float[]> viewVectors(String text) {
        List<float[]> known = viewVectorCache.get(text);
        if (known == null) {
            known = viewsOf(text).stream().map(embed).toList();
            viewVectorCache.put(text, known);
        }
        return known;
    }

    /*
     * An inverted index from content stems and articles to the groups whose members have them, so that
     * a denial is compared only with groups it touches instead of scanning every group of the
     * collection (the scan made claim linking quadratic). Groups are indexed as they are appended;
     * members removed later leave stale entries, which is harmless: every candidate is still checked
     * with touches(). Candidates come in ascending order, as the full scan visited them, so ties
     * break the same way.
     */
    private List<? extends Group> indexed;
    private int indexedCount;
    private final Map<String, List<Integer>> groupsByStem = new HashMap<>();
    private final Map<String, List<Integer>> groupsByArticle = new HashMap<>();

    private int[] candidates(List<? extends Group> groups, Set<String> probe, String article) {
        if (groups != indexed || groups.size() < indexedCount) {
            indexed = groups;
            indexedCount = 0;
            groupsByStem.clear();
            groupsByArticle.clear();
        }
        for (int g = indexedCount; g < groups.size(); g++) {
            for (Statement m : groups.get(g).members()) {
                addPosting(groupsByArticle, m.article(), g);
                for (String st : stems(m.comparable())) {
                    addPosting(groupsByStem, st, g);
                }
            }
        }
        indexedCount = groups.size();
        java.util.BitSet hits = new java.util.BitSet(groups.size());
        for (String st : probe) {
            for (int g : groupsByStem.getOrDefault(st, List.of())) {
                hits.set(g);
            }
        }
        if (article != null) {
            for (int g : groupsByArticle.getOrDefault(article, List.of())) {
                hits.set(g);
            }
        }
        return hits.stream().toArray();
    }

    private static void addPosting(Map<String, List<Integer>> index, String key, int g) {
        List<Integer> l = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (l.isEmpty() || l.get(l.size() - 1) != g) {
            l.add(g);
        }
    }

    /** Whether a group could be the target at all: a member shares a content word, or sits in the article. */
    private boolean touches(Group g, Set<String> probe, String article) {
        for (Statement m : g.members()) {
            if (m.article().equals(article)) {
                return true;
            }
            for (String st : stems(m.comparable())) {
                if (probe.contains(st)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A long claim and its stretches of {@link #WINDOW} words: a denial often answers one clause of a
     * long sentence ("also contains a land swap" in a sentence about the whole agreement).
     */
    static List<String> views(String text) {
        List<Words.Word> ws = Words.of(text);
        List<String> out = new ArrayList<>();
        out.add(text);
        if (ws.size() <= WINDOW + 4) {
            return out;
        }
        for (int i = 0; i < ws.size(); i += WINDOW / 2) {
            int end = Math.min(ws.size(), i + WINDOW);
            out.add(text.substring(ws.get(i).start(), ws.get(end - 1).end()));
            if (end == ws.size()) {
                break;
            }
        }
        return out;
    }

    static final int WINDOW = 10;
}
