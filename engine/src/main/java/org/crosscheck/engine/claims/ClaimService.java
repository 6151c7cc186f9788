package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.nlp.embed.SentenceEmbedder;
import org.crosscheck.engine.quotes.Utterance;
import org.crosscheck.engine.stories.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Claims across a collection (a cross-document service, called by the analyzer after entities,
 * stories and utterances): finds every article's statements, groups those that say the same thing,
 * links each denial or backing to the claim it targets, and counts the independent sources of each
 * claim. See {@code docs/claims.md}.
 */
public final class ClaimService {

    /** Stems shared by more statements than this are too common to propose pairs. */
    private static final int MAX_STEM_POSTING = 300;

    private final CueLexicon lexicon;
    private final OutletNames outlets;
    private final Supplier<SentenceEmbedder> embedder;
    private final ClaimGrouper.Params groupParams;
    private final StanceLinker.Params linkParams;

    public ClaimService(CueLexicon lexicon, OutletNames outlets, Supplier<SentenceEmbedder> embedder) {
        this(lexicon, outlets, embedder, ClaimGrouper.Params.DEFAULT, StanceLinker.Params.DEFAULT);
    }

    ClaimService(CueLexicon lexicon, OutletNames outlets, Supplier<SentenceEmbedder> embedder,
                 ClaimGrouper.Params groupParams, StanceLinker.Params linkParams) {
        this.lexicon = lexicon;
        this.outlets = outlets;
        this.embedder = embedder;
        this.groupParams = groupParams;
        this.linkParams = linkParams;
    }

    /** The shipped lexicons and the shared sentence-embedding model (loaded on first use). */
    public static ClaimService standard() {
        return new ClaimService(CueLexicon.standard(), OutletNames.standard(), SentenceEmbedder::standard);
    }

    /** A claim under construction: statements that state it, and denials/backings linked to it. */
    private static final class Group implements StanceLinker.Group {
        final List<Statement> members = new ArrayList<>();
        final List<Statement> links = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        boolean removed;

        @Override
        public List<Statement> members() {
            return members;
        }

        void add(Statement s) {
            members.add(s);
            articles.add(s.article());
        }

        void link(Statement s) {
            links.add(s);
            articles.add(s.article());
        }
    }

    public List<Claim> build(List<Document> docs, EntityIndex entities, List<Story> stories, List<Utterance> utterances) {
        if (docs.isEmpty()) {
            return List.of();
        }
        UpstreamLayers up = new UpstreamLayers(stories, utterances);
        List<String> collectionOutlets = docs.stream().map(Corroboration::outletOf).filter(o -> o != null).toList();
        OutletNames names = outlets.with(collectionOutlets);
        Map<String, GlobalEntity> byId = new HashMap<>();
        EntityIndex index = entities == null ? EntityIndex.EMPTY : entities;
        index.entities().forEach(g -> byId.put(g.id(), g));
        StatementFinder.Holders holders = (article, local) -> {
            String g = index.globalId(article, local);
            return g == null ? null : byId.get(g);
        };
        StatementFinder finder = new StatementFinder(lexicon, names);
        List<Statement> all = new ArrayList<>();
        Map<String, List<Statement>> byArticle = new LinkedHashMap<>();
        Map<String, Integer> articleOrder = new HashMap<>();
        for (Document d : docs) {
            articleOrder.put(d.id(), articleOrder.size());
            String outlet = Corroboration.outletOf(d);
            List<Statement> ss = finder.find(d, up.attributions(d), holders, outlet != null ? outlet : d.id(),
                    outlet != null ? outlet : readableId(d.id()));
            all.addAll(ss);
            byArticle.put(d.id(), ss);
        }
        Map<String, Set<String>> ties = new HashMap<>(finder.affiliates());
        for (GlobalEntity g : index.entities()) {
            for (GlobalEntity.RoleCount r : g.roles()) {
                if (r.affiliation() != null && !r.affiliation().isBlank()) {
                    ties.computeIfAbsent(g.id(), k -> new LinkedHashSet<>()).add(OutletNames.key(r.affiliation()));
                }
            }
        }
        List<List<String>> reprints = up.reprintGroups().isEmpty() && !up.hasStories() ? NearCopies.groups(docs) : up.reprintGroups();
        Corroboration corroboration = Corroboration.of(docs, reprints, names);

        Function<String, float[]> embed = embeddings(all);
        Map<String, Set<String>> storiesOf = new HashMap<>();
        for (Document d : docs) {
            storiesOf.put(d.id(), new HashSet<>(up.storiesOf(d.id())));
        }
        boolean storiesKnown = up.hasStories();

        // 1. group the statements that assert something
        List<Statement> backing = all.stream().filter(s -> s.stance() == Stance.ASSERT).toList();
        List<float[]> vectors = backing.stream().map(s -> embed.apply(s.comparable())).toList();
        ClaimGrouper.Items items = new ClaimGrouper.Items() {
            @Override
            public int size() {
                return backing.size();
            }

            @Override
            public float[] vector(int i) {
                return vectors.get(i);
            }

            @Override
            public Statement statement(int i) {
                return backing.get(i);
            }

            /** The answer depends only on the two holders and names: computed once per such pair. */
            private final Map<String, Boolean> affiliation = new HashMap<>();

            @Override
            public boolean affiliated(int i, int j) {
                Statement a = backing.get(i);
                Statement b = backing.get(j);
                String key = a.holder() + "\u0000" + a.holderName() + "\u0000" + b.holder() + "\u0000" + b.holderName();
                return affiliation.computeIfAbsent(key, k -> ClaimService.affiliated(a, b, ties)
                        || ClaimService.affiliated(b, a, ties));
            }

            @Override
            public boolean oneStory(int i, int j) {
                return ClaimService.sameStory(backing.get(i).article(), backing.get(j).article(), storiesOf, storiesKnown);
            }

            @Override
            public boolean related(int i, int j) {
                Statement a = backing.get(i);
                Statement b = backing.get(j);
                return sameStory(a.article(), b.article(), storiesOf, storiesKnown)
                        || (a.person() && a.holder().equals(b.holder()));
            }
        };
        StemWeights weights = StemWeights.of(all.stream().map(Statement::comparable).toList());
        ClaimGrouper grouper = new ClaimGrouper(groupParams, weights);
        List<int[]> pairs = candidatePairs(backing, items);
        List<List<Integer>> clusters = grouper.joinSplitHolders(items, grouper.group(items, pairs), pairs);
        List<Group> groups = new ArrayList<>();
        for (List<Integer> c : clusters) {
            Group g = new Group();
            c.forEach(i -> g.add(backing.get(i)));
            groups.add(g);
        }

        // 2. a negated statement that mirrors another holder's claim disputes it
        // denials are compared word for word: a target names few words, each of which counts
        StanceLinker linker = new StanceLinker(linkParams, embed, StemWeights.UNIFORM);
        Map<Statement, Integer> resolved = new HashMap<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            if (g.members.isEmpty() || !g.members.stream().allMatch(Statement::negated)) {
                continue;
            }
            for (Statement m : List.copyOf(g.members)) {
                int t = linker.negationTarget(m, groups, related(m, groups, storiesOf, storiesKnown), gi);
                if (t >= 0) {
                    g.members.remove(m);
                    Statement dispute = m.withStance(Stance.DISPUTE, new Clauses.Target(m.text(), false, null));
                    groups.get(t).link(dispute);
                    resolved.put(dispute, t);
                }
            }
            if (g.members.isEmpty()) {
                g.removed = true;
            }
        }

        // 3. denials and backings: find their targets, in text order (a later generic denial follows an earlier one)
        for (Statement s : all) {
            if (s.stance() != Stance.DISPUTE && s.stance() != Stance.SUPPORT) {
                continue;
            }
            int t = linker.target(s, groups, byArticle.get(s.article()),
                    related(s, groups, storiesOf, storiesKnown), resolved);
            if (t >= 0 && !groups.get(t).removed) {
                groups.get(t).link(s);
                resolved.put(s, t);
            } else if (s.target() != null && !s.target().generic() && Words.contentStems(s.target().text()).size() >= 2) {
                // a denial of something nobody in the collection asserts: the claim exists as reported
                Group g = new Group();
                g.add(new Statement(s.article(), s.order(), s.span(), s.sentence(), s.target().text(), "none", "",
                        false, s.voice(), Stance.REPORT, false, null, null, s.credited(), null, null, false, s.confidence()));
                g.link(s);
                groups.add(g);
                resolved.put(s, groups.size() - 1);
            }
        }

        // 4. a holder who backs a claim ("backed Halvard's account") and says it in his own words joins it
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            if (g.removed) {
                continue;
            }
            for (Statement sup : List.copyOf(g.links)) {
                if (sup.stance() != Stance.SUPPORT) {
                    continue;
                }
                for (int hi = 0; hi < groups.size(); hi++) {
                    Group h = groups.get(hi);
                    if (hi == gi || h.removed || h.members.isEmpty()
                            || !h.members.stream().allMatch(m -> m.holder().equals(sup.holder()))
                            || h.members.stream().noneMatch(m -> m.article().equals(sup.article()))) {
                        continue;
                    }
                    double best = 0;
                    for (Statement m : h.members) {
                        for (Statement o : g.members) {
                            best = Math.max(best, SentenceEmbedder.cosine(embed.apply(m.comparable()), embed.apply(o.comparable())));
                        }
                    }
                    if (best >= linkParams.siblingSimilarity()) {
                        h.members.forEach(g::add);
                        h.links.forEach(g::link);
                        h.removed = true;
                    }
                }
            }
        }

        // 5. claims
        List<Claim> built = new ArrayList<>();
        for (Group g : groups) {
            if (g.removed || (g.members.isEmpty() && g.links.isEmpty())) {
                continue;
            }
            built.add(claim(g, grouper, embed, corroboration, up, articleOrder));
        }
        built.sort(Comparator.comparingInt((Claim c) -> -c.sources().size())
                .thenComparingInt(c -> -c.reports().size())
                .thenComparingInt(c -> articleOrder.getOrDefault(c.reports().get(0).article(), 0))
                .thenComparingInt(c -> c.reports().get(0).span().start()));
        List<Claim> out = new ArrayList<>(built.size());
        for (int i = 0; i < built.size(); i++) {
            Claim c = built.get(i);
            out.add(new Claim("C" + (i + 1), c.proposition(), c.stories(), c.reports(), c.holders(), c.sources(),
                    c.singleSource(), c.confidence()));
        }
        return out;
    }

    private Function<String, float[]> embeddings(List<Statement> all) {
        SentenceEmbedder e = embedder.get();
        Map<String, float[]> cache = new ConcurrentHashMap<>();
        Set<String> texts = new LinkedHashSet<>();
        for (Statement s : all) {
            texts.add(s.text());
            texts.add(s.comparable());
        }
        List<String> list = new ArrayList<>(texts);
        List<float[]> vs = e.embed(list);
        for (int i = 0; i < list.size(); i++) {
            cache.put(list.get(i), vs.get(i));
        }
        return t -> cache.computeIfAbsent(t, e::embed);
    }

    /** Whether {@code a}'s holder is tied to {@code b}'s: one names the other as its organisation or owner. */
    private static boolean affiliated(Statement a, Statement b, Map<String, Set<String>> ties) {
        Set<String> t = ties.get(a.holder());
        if (t == null || b.holderName() == null) {
            return false;
        }
        String name = OutletNames.key(b.holderName()).replaceFirst("^(?:[\\p{L}]+'s|the city's|the country's)\\s+", "");
        Set<String> nameWords = new HashSet<>(List.of(name.split(" ")));
        for (String k : t) {
            Set<String> kw = new HashSet<>(List.of(k.split(" ")));
            // the shorter name's words all in the longer one, and at least half of it:
            // "commission" ~ "electoral commission", "halvard" ~ "oren halvard", never "russia" ~ "ministry of ... russia"
            Set<String> small = kw.size() <= nameWords.size() ? kw : nameWords;
            Set<String> big = small == kw ? nameWords : kw;
            if (k.length() >= 4 && name.length() >= 4 && big.containsAll(small) && small.size() * 2 >= big.size()) {
                return true;
            }
        }
        return false;
    }

    /** An article id as a reader would name an unknown outlet: the file name without its folders. */
    static String readableId(String id) {
        String s = id.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static boolean sameStory(String a, String b, Map<String, Set<String>> storiesOf, boolean known) {
        if (!known || a.equals(b)) {
            return true;
        }
        Set<String> x = storiesOf.getOrDefault(a, Set.of());
        for (String s : storiesOf.getOrDefault(b, Set.of())) {
            if (x.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static IntPredicate related(Statement s, List<Group> groups, Map<String, Set<String>> storiesOf, boolean known) {
        return g -> {
            Group grp = groups.get(g);
            if (grp.removed) {
                return false;
            }
            for (String a : grp.articles) {
                if (sameStory(a, s.article(), storiesOf, known)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Pairs worth scoring: shared content stems (rare enough), one utterance, or one named holder. */
    private static List<int[]> candidatePairs(List<Statement> ss, ClaimGrouper.Items items) {
        Map<String, List<Integer>> postings = new HashMap<>();
        List<Set<String>> stems = new ArrayList<>();
        for (int i = 0; i < ss.size(); i++) {
            Set<String> st = new HashSet<>(Words.contentStems(ss.get(i).comparable()));
            stems.add(st);
            for (String w : st) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> p : postings.values()) {
            if (p.size() < 2 || p.size() > MAX_STEM_POSTING) {
                continue;
            }
            for (int a = 0; a < p.size(); a++) {
                for (int b = a + 1; b < p.size(); b++) {
                    shared.merge(PairKeys.of(p.get(a), p.get(b)), 1, Integer::sum);
                }
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (Map.Entry<Long, Integer> e : shared.entrySet()) {
            int a = PairKeys.first(e.getKey());
            int b = PairKeys.second(e.getKey());
            int need = Math.min(stems.get(a).size(), stems.get(b).size()) <= 3 ? 1 : 2;
            if (e.getValue() >= need && items.related(a, b)) {
                pairs.add(e.getKey());
            }
        }
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < ss.size(); i++) {
            Statement s = ss.get(i);
            if (s.utterance() != null) {
                byKey.computeIfAbsent("u:" + s.utterance(), k -> new ArrayList<>()).add(i);
            }
            if (s.person()) {
                byKey.computeIfAbsent("h:" + s.holder(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> l : byKey.values()) {
            if (l.size() > 400) {
                continue;
            }
            for (int a = 0; a < l.size(); a++) {
                for (int b = a + 1; b < l.size(); b++) {
                    if (items.related(l.get(a), l.get(b))) {
                        pairs.add(PairKeys.of(l.get(a), l.get(b)));
                    }
                }
            }
        }
        List<int[]> out = new ArrayList<>(pairs.size());
        pairs.stream().map(k -> new int[]{PairKeys.first(k), PairKeys.second(k)})
                .sorted((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]))
                .forEach(out::add);
        return out;
    }

    private Claim claim(Group g, ClaimGrouper grouper, Function<String, float[]> embed, Corroboration corroboration,
                        UpstreamLayers up, Map<String, Integer> articleOrder) {
        List<Statement> members = g.members;
        // the most typical quoted wording names the claim
        Statement medoid = null;
        double best = Double.NEGATIVE_INFINITY;
        double sumPairs = 0;
        int nPairs = 0;
        Map<Statement, Double> closeness = new HashMap<>();
        for (Statement a : members) {
            double sum = 0;
            for (Statement b : members) {
                if (a != b) {
                    double c = SentenceEmbedder.cosine(embed.apply(a.comparable()), embed.apply(b.comparable()));
                    sum += c;
                    sumPairs += c;
                    nPairs++;
                }
            }
            double avg = members.size() > 1 ? sum / (members.size() - 1) : 1.0;
            closeness.put(a, avg);
            double pref = avg + (a.voice() == Voice.OWN || a.voice() == Voice.HEADLINE || a.stance() == Stance.REPORT ? -0.2 : 0)
                    - Math.max(0, a.text().length() - 160) / 1000.0 - (nounPhraseOnly(a.text()) ? 0.15 : 0)
                    - (a.expanded() != null ? 0.1 : 0);
            if (pref > best) {
                best = pref;
                medoid = a;
            }
        }
        String proposition = medoid != null ? medoid.text()
                : g.links.get(0).target() != null ? g.links.get(0).target().text() : g.links.get(0).text();
        double confidence;
        if (members.size() > 1) {
            confidence = clamp(sumPairs / nPairs);
        } else if (!members.isEmpty()) {
            confidence = clamp(members.get(0).confidence());
        } else {
            confidence = 0.5;
        }
        List<Statement> reports = new ArrayList<>(members);
        reports.addAll(g.links);
        reports.sort(Comparator.comparingInt((Statement s) -> articleOrder.getOrDefault(s.article(), 0))
                .thenComparing(Statement::span));
        List<Claim.Report> rs = new ArrayList<>();
        for (Statement s : reports) {
            double conf = clamp(s.confidence() * closeness.getOrDefault(s, 1.0));
            Corroboration.ArticleSource as = corroboration.source(s.article());
            String source = s.credited() != null ? s.credited() : as.source();
            rs.add(new Claim.Report(s.article(), s.span(), s.sentence(), s.text(),
                    s.stance() == Stance.REPORT ? null : s.holder(), s.stance() == Stance.REPORT ? null : s.holderName(),
                    s.stance(), s.voice(), s.cue(), s.target() == null ? null : s.target().text(), source, s.credited(),
                    s.onBehalfOf(), conf));
        }
        Map<String, Claim.Holder> hs = new LinkedHashMap<>();
        Map<String, List<String>> holderArticles = new LinkedHashMap<>();
        Map<String, Statement> firstOf = new LinkedHashMap<>();
        for (Stance st : List.of(Stance.ASSERT, Stance.SUPPORT, Stance.DISPUTE)) {
            for (Statement s : reports) {
                if (s.stance() != st) {
                    continue;
                }
                String key = st + "|" + s.holder();
                firstOf.putIfAbsent(key, s);
                List<String> arts = holderArticles.computeIfAbsent(key, k -> new ArrayList<>());
                if (!arts.contains(s.article())) {
                    arts.add(s.article());
                }
            }
        }
        for (Map.Entry<String, Statement> e : firstOf.entrySet()) {
            Statement s = e.getValue();
            hs.put(e.getKey(), new Claim.Holder(s.holder(), s.holderName(), s.stance(), holderArticles.get(e.getKey())));
        }
        List<Statement> carrying = reports.stream().filter(s -> s.stance().backs()).toList();
        List<Claim.Source> sources = corroboration.sources(carrying.isEmpty() ? reports : carrying);
        Set<String> stories = new LinkedHashSet<>();
        for (Statement s : reports) {
            stories.addAll(up.storiesOf(s.article()));
        }
        return new Claim("", proposition, List.copyOf(stories), rs, List.copyOf(hs.values()), sources,
                sources.size() == 1, confidence);
    }

    private static final java.util.regex.Pattern FINITE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is|are|was|were|be|has|have|had|will|would|can|could|should|must|may|might|remains?)\\b");

    /** "The presence of X in Y": a noun phrase a cue was about, a weaker name for a claim than a clause. */
    static boolean nounPhraseOnly(String text) {
        return text.matches("(?i)^(?:the|a|an|its|their|his|her)\\b.*") && !FINITE.matcher(text.replaceFirst("^\\S+\\s+\\S+", "")).find();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
