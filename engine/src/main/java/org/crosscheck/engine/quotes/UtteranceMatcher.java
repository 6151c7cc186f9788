package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.events.Event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The same utterance across articles (a cross-document service, run after entity resolution): one
 * statement translated two ways by two outlets, or quoted in one and reported in another, becomes one
 * {@link Utterance} with its versions.
 *
 * <p>How, and why it stays fast on large collections:
 * <ol>
 *   <li><b>blocking by speaker</b>: only quotes whose speakers are the same global entity are ever
 *       compared; quotes without a speaker, and partial quotes (a fragment could belong to several
 *       statements), stay on their own, except two outlets' partial quotes of the same words;</li>
 *   <li><b>occasion</b>: quotes from articles known to be about different stories, with event dates
 *       apart, or published far apart are not compared, unless the words are nearly the same;</li>
 *   <li><b>words</b>: the overlap of rare content words (weighted by rarity across the collection's
 *       quotes) is computed for every pair in a block; pairs sharing too little are dropped without
 *       embedding anything; within one article only near-identical statements join;</li>
 *   <li><b>meaning</b>: the sentences of the remaining candidates only are embedded (cached), and a
 *       pair's similarity is the best cosine between a sentence of one and a sentence of the other;</li>
 *   <li><b>decision</b>: a pair joins when its meaning is very close ({@link Config#strong}); or when
 *       it is close ({@link Config#supported}), shares enough rare words, and something else says the
 *       two articles report the same occasion: the same story, an event date in common, or another
 *       statement they both carry at the strong level. A close paraphrase of a different statement by
 *       the same speaker at another occasion therefore stays apart.</li>
 * </ol>
 * The thresholds are calibrated in {@code docs/quotes.md}.
 */
public final class UtteranceMatcher {

    /**
     * @param strong          cosine from which a pair is one utterance on meaning alone
     * @param strongLexical   rare-word overlap a strong pair still needs (guards against generic sentences)
     * @param supported       cosine from which a pair is one utterance when the occasion is shown to be the same
     * @param supportedLexical rare-word overlap a supported pair needs
     * @param supportedSum    cosine plus rare-word overlap a supported pair needs (meaning and words must
     *                        agree together, not each barely)
     * @param verbatim        rare-word overlap from which two statements are the same words (no embedding)
     * @param prefilter       kept for callers of the first version; pairs below the lower of the two lexical
     *                        thresholds are never embedded, since they could never join
     * @param maxDaysApart    publication dates further apart than this mean different occasions
     * @param maxSentences    sentences of one quote that are compared
     * @param minWords        content words both statements need for a join on meaning alone (short
     *                        generic phrases such as "the importance of dialogue" fit too many statements)
     * @param cohesion        mean cosine two groups of versions from different articles must keep to merge
     *                        (pairs never compared count as 0.4), so that a chain of near neighbours does not
     *                        fuse different statements of one speech
     */
    public record Config(double strong, double strongLexical, double supported, double supportedLexical,
                         double supportedSum, double verbatim, double prefilter, int maxDaysApart, int maxSentences, int minWords,
                         double cohesion) {

        public static final Config DEFAULT = new Config(0.82, 0.35, 0.60, 0.25, 1.05, 0.80, 0.08, 14, 8, 6, 0.60);
    }

    /** What happened in the last run, for benchmarks and reports. */
    public record Stats(int quotes, int blocks, long pairs, long candidates, int sentencesEmbedded, int joined,
                        double seconds) {
    }

    /** One compared pair, for reports and calibration. */
    public record Comparison(String articleA, int quoteA, String articleB, int quoteB, double cosine, double lexical,
                             boolean sameOccasion, boolean joined) {
    }

    private final SentenceEmbedder embedder;
    private final Config config;
    private final Set<String> stopwords;
    private volatile Stats lastStats;
    private volatile List<Comparison> lastComparisons = List.of();

    public UtteranceMatcher(SentenceEmbedder embedder, Config config) {
        this.embedder = embedder;
        this.config = config;
        this.stopwords = loadStopwords();
    }

    public UtteranceMatcher(SentenceEmbedder embedder) {
        this(embedder, Config.DEFAULT);
    }

    public Stats lastStats() {
        return lastStats;
    }

    public List<Comparison> lastComparisons() {
        return lastComparisons;
    }

    private static Set<String> loadStopwords() {
        try (InputStream in = UtteranceMatcher.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("quotes/stopwords.txt missing from the classpath");
            }
            Set<String> s = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    s.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A quote being matched. */
    private static final class Item {
        final int id;
        final Document doc;
        final int quote;
        final Quote q;
        final String speaker;
        final String text;
        final List<String> sentences;
        final Set<String> stems;
        double weight;
        boolean negated;
        String story;
        Set<String> eventDates = Set.of();
        int firstSentence = -1;

        Item(int id, Document doc, int quote, Quote q, String speaker, String text, List<String> sentences,
             Set<String> stems) {
            this.id = id;
            this.doc = doc;
            this.quote = quote;
            this.q = q;
            this.speaker = speaker;
            this.text = text;
            this.sentences = sentences;
            this.stems = stems;
        }

        String article() {
            return doc.id();
        }
    }

    private record Edge(Item a, Item b, double score, String evidence) {
    }

    public List<Utterance> match(List<Document> docs, EntityIndex index) {
        return match(docs, index, Map.of());
    }

    /**
     * @param storyOfArticle the story each article belongs to, when story clustering has run (else empty)
     */
    public List<Utterance> match(List<Document> docs, EntityIndex index, Map<String, String> storyOfArticle) {
        long t0 = System.nanoTime();
        List<Item> items = new ArrayList<>();
        for (Document d : docs) {
            // the day of the article's main event (the first), when the events layer fixed it to a day
            Set<String> dates = new HashSet<>();
            if (!d.events().isEmpty()) {
                Event main = d.events().get(0);
                String day = main.date() == null ? null : main.date().value();
                if (day != null && day.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    dates.add(day);
                }
            }
            for (int i = 0; i < d.quotes().size(); i++) {
                Quote q = d.quotes().get(i);
                String speaker = q.speakerEntity() >= 0 && index != null ? index.globalId(d.id(), q.speakerEntity()) : null;
                List<String> sentences = sentences(d, q.content());
                String text = clean(d.text(q.content()));
                Item it = new Item(items.size(), d, i, q, speaker, text, sentences, stems(text));
                it.negated = negated(text);
                it.story = storyOfArticle.get(d.id());
                it.eventDates = dates;
                items.add(it);
            }
        }
        // rarity of each word across the collection's quotes
        Map<String, Integer> df = new HashMap<>();
        for (Item it : items) {
            for (String w : it.stems) {
                df.merge(w, 1, Integer::sum);
            }
        }
        int nItems = Math.max(1, items.size());
        Map<String, Double> idf = new HashMap<>();
        // 50 pseudo-quotes keep a small collection from calling every shared word common
        df.forEach((w, c) -> idf.put(w, Math.log((nItems + 50.0) / (c + 0.5))));
        for (Item it : items) {
            double sum = 0;
            for (String w : it.stems) {
                sum += idf.get(w);
            }
            it.weight = sum;
        }
        Map<String, List<Item>> blocks = new LinkedHashMap<>();
        for (Item it : items) {
            if (it.speaker != null) {
                blocks.computeIfAbsent(it.speaker, k -> new ArrayList<>()).add(it);
            }
        }
        List<Edge> edges = new ArrayList<>();
        Map<Long, Double> verbatimPairs = new HashMap<>();
        int[] sameWords = new int[items.size()];
        for (int i = 0; i < sameWords.length; i++) {
            sameWords[i] = i;
        }
        List<Item[]> candidates = new ArrayList<>();
        List<Double> candidateLex = new ArrayList<>();
        double floor = Math.min(config.strongLexical(), config.supportedLexical());
        long pairs = 0;
        for (List<Item> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                Item a = block.get(x);
                for (int y = x + 1; y < block.size(); y++) {
                    Item b = block.get(y);
                    pairs++;
                    double lex = lexical(a, b, idf);
                    if (lex < floor) {
                        continue; // too few rare words in common to ever join: never embedded
                    }
                    boolean partial = a.q.kind() == QuoteKind.PARTIAL || b.q.kind() == QuoteKind.PARTIAL;
                    // the same words both ways: one statement merely contained in a longer one is not a copy
                    boolean verbatim = lex >= config.verbatim() && a.negated == b.negated
                            && Math.min(a.stems.size(), b.stems.size()) >= 3
                            && lex * Math.min(a.weight, b.weight) >= config.verbatim() * Math.max(a.weight, b.weight);
                    if (a.doc == b.doc) {
                        // one article repeating a statement: a headline and its paragraph, a quote and its paraphrase
                        if (!partial && verbatim) {
                            verbatim(a, b, lex, String.format(Locale.ROOT, "same article, %.0f%% of the rare words shared",
                                    100 * lex), edges, verbatimPairs, sameWords);
                        }
                        continue;
                    }
                    if (partial) {
                        if (a.q.kind() == QuoteKind.PARTIAL && b.q.kind() == QuoteKind.PARTIAL && lex >= 0.9) {
                            verbatim(a, b, lex, "the same quoted words", edges, verbatimPairs, sameWords);
                        }
                        continue;
                    }
                    if (verbatim) {
                        // the same words in two outlets (a wire copy, a repeated quote): no meaning needed
                        verbatim(a, b, lex, String.format(Locale.ROOT, "the same words (%.0f%% of the rare words shared)",
                                100 * lex), edges, verbatimPairs, sameWords);
                        continue;
                    }
                    if (differentOccasion(a, b)) {
                        continue;
                    }
                    candidates.add(new Item[] {a, b});
                    candidateLex.add(lex);
                }
            }
        }
        // meaning, in two rounds: first the pairs that can join on meaning alone or on a known occasion; their
        // strong joins show which articles report one occasion; then the rest, only between such articles
        double[] cos = new double[candidates.size()];
        java.util.Arrays.fill(cos, -1);
        List<Integer> first = new ArrayList<>();
        List<Integer> later = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            Item a = candidates.get(c)[0];
            Item b = candidates.get(c)[1];
            if (find(sameWords, a.id) == find(sameWords, b.id)) {
                continue; // already one utterance through the same words
            }
            double lex = candidateLex.get(c);
            boolean canBeStrong = lex >= config.strongLexical() && Math.min(a.stems.size(), b.stems.size()) >= config.minWords();
            (canBeStrong || knownSameOccasion(a, b) ? first : later).add(c);
        }
        Map<String, float[]> vectors = new HashMap<>();
        embed(candidates, first, vectors);
        Set<String> anchored = new HashSet<>();
        for (int c : first) {
            Item a = candidates.get(c)[0];
            Item b = candidates.get(c)[1];
            cos[c] = bestCosine(a, b, vectors);
            if (strong(a, b, cos[c], candidateLex.get(c))) {
                anchored.add(pairKey(a.article(), b.article()));
            }
        }
        List<Integer> second = new ArrayList<>();
        for (int c : later) {
            if (anchored.contains(pairKey(candidates.get(c)[0].article(), candidates.get(c)[1].article()))) {
                second.add(c);
            }
        }
        embed(candidates, second, vectors);
        for (int c : second) {
            cos[c] = bestCosine(candidates.get(c)[0], candidates.get(c)[1], vectors);
        }
        int embedded = vectors.size();
        List<Comparison> comparisons = new ArrayList<>();
        Map<Long, Double> pairCos = new HashMap<>(verbatimPairs);
        for (int c = 0; c < candidates.size(); c++) {
            if (cos[c] < 0) {
                continue;
            }
            Item a = candidates.get(c)[0];
            Item b = candidates.get(c)[1];
            double lex = candidateLex.get(c);
            pairCos.put(key(a.id, b.id), cos[c]);
            boolean sameOccasion = sameOccasion(a, b, anchored);
            boolean strong = strong(a, b, cos[c], lex);
            boolean supported = cos[c] >= config.supported() && lex >= config.supportedLexical()
                    && cos[c] + lex >= config.supportedSum() && sameOccasion;
            boolean joined = strong || supported;
            comparisons.add(new Comparison(a.article(), a.quote, b.article(), b.quote, round(cos[c]), round(lex),
                    sameOccasion, joined));
            if (joined) {
                String why = String.format(Locale.ROOT, "cosine %.2f, %.0f%% of the rare words shared%s", cos[c],
                        100 * lex, strong ? "" : ", same occasion");
                edges.add(new Edge(a, b, cos[c] + 0.25 * lex, why));
            }
        }
        List<Utterance> out = cluster(items, edges, vectors, index, pairCos, idf);
        lastComparisons = List.copyOf(comparisons);
        lastStats = new Stats(items.size(), blocks.size(), pairs, first.size() + second.size(), embedded,
                (int) edges.size(), (System.nanoTime() - t0) / 1e9);
        return out;
    }

    private static void verbatim(Item a, Item b, double lex, String why, List<Edge> edges, Map<Long, Double> verbatimPairs,
                                 int[] sameWords) {
        edges.add(new Edge(a, b, 2 + lex, why));
        verbatimPairs.put(key(a.id, b.id), lex);
        int ra = find(sameWords, a.id);
        int rb = find(sameWords, b.id);
        if (ra != rb) {
            sameWords[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Embeds the sentences of the chosen candidates not embedded yet, in one call. */
    private void embed(List<Item[]> candidates, List<Integer> chosen, Map<String, float[]> vectors) {
        Set<String> texts = new LinkedHashSet<>();
        for (int c : chosen) {
            for (Item it : candidates.get(c)) {
                for (String t : it.sentences) {
                    if (!vectors.containsKey(t)) {
                        texts.add(t);
                    }
                }
            }
        }
        if (texts.isEmpty()) {
            return;
        }
        List<String> list = new ArrayList<>(texts);
        List<float[]> vs = embedder.embed(list);
        for (int i = 0; i < list.size(); i++) {
            vectors.put(list.get(i), vs.get(i));
        }
    }

    /** The same story, or an event date in common: known before any meaning is computed. */
    private static boolean knownSameOccasion(Item a, Item b) {
        return a.story != null && a.story.equals(b.story) || !a.eventDates.isEmpty() && !disjoint(a.eventDates, b.eventDates);
    }

    private boolean strong(Item a, Item b, double cos, double lex) {
        return cos >= config.strong() && lex >= config.strongLexical()
                && Math.min(a.stems.size(), b.stems.size()) >= config.minWords();
    }

    private static long key(int a, int b) {
        // times an odd constant: still one key per pair (a bijection), but hashes spread (a packed pair hashes to a ^ b)
        return (a < b ? ((long) a << 32) | b : ((long) b << 32) | a) * 0x9E3779B97F4A7C15L;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** Known to be different occasions: different stories, main events on different days, or published far apart. */
    private boolean differentOccasion(Item a, Item b) {
        if (a.story != null && b.story != null && !a.story.equals(b.story)) {
            return true;
        }
        if (!a.eventDates.isEmpty() && !b.eventDates.isEmpty() && disjoint(a.eventDates, b.eventDates)) {
            return true;
        }
        LocalDate pa = a.doc.meta().published();
        LocalDate pb = b.doc.meta().published();
        return pa != null && pb != null && Math.abs(ChronoUnit.DAYS.between(pa, pb)) > config.maxDaysApart();
    }

    /** Shown to be the same occasion: the same story, an event date in common, or a strongly shared statement. */
    private static boolean sameOccasion(Item a, Item b, Set<String> anchored) {
        if (a.story != null && a.story.equals(b.story)) {
            return true;
        }
        if (!a.eventDates.isEmpty() && !disjoint(a.eventDates, b.eventDates)) {
            return true;
        }
        return anchored.contains(pairKey(a.article(), b.article()));
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** Shared rare words, as a share of the rarer-worded statement's (weighted overlap coefficient). */
    private static double lexical(Item a, Item b, Map<String, Double> idf) {
        if (a.stems.isEmpty() || b.stems.isEmpty()) {
            return 0;
        }
        Item small = a.stems.size() <= b.stems.size() ? a : b;
        Item large = small == a ? b : a;
        double shared = 0;
        for (String w : small.stems) {
            if (large.stems.contains(w)) {
                shared += idf.get(w);
            }
        }
        double denom = Math.min(a.weight, b.weight);
        return denom <= 0 ? 0 : Math.min(1, shared / denom);
    }

    /** Cosine when both were embedded, else the rare-word overlap. */
    private static double similarity(Item a, Item b, Map<String, float[]> vectors, Map<String, Double> idf) {
        boolean embedded = vectors.containsKey(a.sentences.get(0)) && vectors.containsKey(b.sentences.get(0));
        return embedded ? Math.max(0, bestCosine(a, b, vectors)) : lexical(a, b, idf);
    }

    private static double bestCosine(Item a, Item b, Map<String, float[]> vectors) {
        double best = 0;
        for (String sa : a.sentences) {
            float[] va = vectors.get(sa);
            if (va == null) {
                continue;
            }
            for (String sb : b.sentences) {
                float[] vb = vectors.get(sb);
                if (vb != null) {
                    best = Math.max(best, SentenceEmbedder.cosine(va, vb));
                }
            }
        }
        return best;
    }

    private List<Utterance> cluster(List<Item> items, List<Edge> edges, Map<String, float[]> vectors, EntityIndex index,
                                    Map<Long, Double> pairCos, Map<String, Double> idf) {
        int n = items.size();
        int[] parent = new int[n];
        Map<Integer, List<Item>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        edges.sort(Comparator.comparingDouble(Edge::score).reversed());
        Map<Integer, String> evidence = new HashMap<>();
        for (Edge e : edges) {
            int ra = find(parent, e.a().id);
            int rb = find(parent, e.b().id);
            if (ra == rb) {
                continue;
            }
            List<Item> ga = members.computeIfAbsent(ra, k -> new ArrayList<>(List.of(items.get(k))));
            List<Item> gb = members.computeIfAbsent(rb, k -> new ArrayList<>(List.of(items.get(k))));
            if (e.a().doc != e.b().doc && cohesion(ga, gb, pairCos) < config.cohesion()) {
                continue;
            }
            int root = Math.min(ra, rb);
            int other = Math.max(ra, rb);
            parent[other] = root;
            List<Item> merged = new ArrayList<>(ga);
            merged.addAll(gb);
            members.put(root, merged);
            members.remove(other);
            evidence.putIfAbsent(e.b().id, e.evidence());
            evidence.putIfAbsent(e.a().id, e.evidence());
        }
        Map<Integer, List<Item>> clusters = new LinkedHashMap<>();
        for (Item it : items) {
            clusters.computeIfAbsent(find(parent, it.id), k -> new ArrayList<>()).add(it);
        }
        List<List<Item>> groups = new ArrayList<>(clusters.values());
        groups.sort(Comparator.comparingLong((List<Item> g) -> -g.stream().map(Item::article).distinct().count())
                .thenComparingInt(g -> g.get(0).id));
        List<Utterance> out = new ArrayList<>(groups.size());
        int counter = 0;
        for (List<Item> g : groups) {
            Item rep = g.get(0);
            for (Item it : g) {
                if (rank(it) > rank(rep)) {
                    rep = it;
                }
            }
            List<Utterance.Version> versions = new ArrayList<>();
            List<Item> ordered = new ArrayList<>(g);
            final Item representative = rep;
            ordered.sort(Comparator.comparingInt((Item it) -> it == representative ? 0 : 1).thenComparingInt(it -> it.id));
            Set<String> outlets = new LinkedHashSet<>();
            for (Item it : ordered) {
                double sim = it == rep ? 1.0 : round(similarity(it, rep, vectors, idf));
                versions.add(new Utterance.Version(it.article(), it.quote, it.doc.meta().outlet(), it.q.kind(), it.text,
                        sim, it == rep || g.size() == 1 ? null : evidence.get(it.id)));
                outlets.add(it.doc.meta().outlet() != null ? it.doc.meta().outlet() : it.article());
            }
            String speakerName = null;
            if (rep.speaker != null && index != null) {
                GlobalEntity ge = index.get(rep.speaker);
                speakerName = ge == null ? null : ge.name();
            } else if (rep.q.speakerLabel() != null) {
                speakerName = rep.q.speakerLabel();
            }
            out.add(new Utterance("U" + (++counter), rep.speaker, speakerName, versions, new ArrayList<>(outlets)));
        }
        return out;
    }

    private static final int COHESION_SAMPLE = 40;

    /** Mean cosine between the versions of two groups that come from different articles. */
    private static double cohesion(List<Item> a, List<Item> b, Map<Long, Double> pairCos) {
        double sum = 0;
        int count = 0;
        // large groups: the first versions of each stand for the group, so a merge stays cheap
        List<Item> sa = a.size() > COHESION_SAMPLE ? a.subList(0, COHESION_SAMPLE) : a;
        List<Item> sb = b.size() > COHESION_SAMPLE ? b.subList(0, COHESION_SAMPLE) : b;
        for (Item x : sa) {
            for (Item y : sb) {
                if (x.doc == y.doc) {
                    continue;
                }
                sum += pairCos.getOrDefault(key(x.id, y.id), 0.4);
                count++;
            }
        }
        return count == 0 ? 1 : sum / count;
    }

    /** The representative version: a direct quote over reported speech, then the longest. */
    private static int rank(Item it) {
        int k = switch (it.q.kind()) {
            case DIRECT -> 2;
            case REPORTED -> 1;
            case PARTIAL -> 0;
        };
        return k * 100000 + Math.min(99999, it.text.length());
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    // ------------------------------------------------------------------ text

    /** The quote's words without quotation marks, spaces collapsed. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (QuoteMarks.isDouble(c) || (c == '\u2018' || c == '\u2019' || c == '\'') && !wordApostrophe(s, i)) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !sb.isEmpty()) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString().strip();
    }

    private static boolean wordApostrophe(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
    }

    /** The quote's sentences (the document's sentences clipped to the content), at most {@link Config#maxSentences}. */
    private List<String> sentences(Document d, Span content) {
        List<String> out = new ArrayList<>();
        int first = d.sentenceAt(content.start());
        if (first < 0) {
            out.add(clean(d.text(content)));
            return out;
        }
        for (int s = first; s < d.sentences().size() && out.size() < config.maxSentences(); s++) {
            Sentence sent = d.sentences().get(s);
            if (sent.span().start() >= content.end()) {
                break;
            }
            int a = Math.max(sent.span().start(), content.start());
            int b = Math.min(sent.span().end(), content.end());
            if (b > a) {
                String t = clean(d.text(new Span(a, b)));
                if (t.chars().filter(Character::isLetter).count() >= 8) {
                    out.add(t);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(clean(d.text(content)));
        }
        return out;
    }

    private static final java.util.regex.Pattern NEGATION =
            java.util.regex.Pattern.compile("(?i)\\b(not|no|never|nobody|nothing|none|neither|nor)\\b|n['\u2019]t\\b");

    /** Whether a statement is negated: "we will not leave" and "we will leave" share every rare word. */
    static boolean negated(String text) {
        return NEGATION.matcher(text).find();
    }

    /** Content words, lower case, lightly stemmed ("neighbors", "neighboring" and "neighbor" agree). */
    Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i > s) {
                String w = text.substring(s, i).toLowerCase(Locale.ROOT);
                if (w.length() > 2 && !stopwords.contains(w)) {
                    out.add(stem(w));
                }
            }
            // skip "'s"
            if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
                i++;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            }
        }
        return out;
    }

    static String stem(String word) {
        String w = suffixless(word);
        return w.length() > 4 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }

    private static String suffixless(String w) {
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("es") && !w.endsWith("ses")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
