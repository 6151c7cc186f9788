package org.crosscheck.engine.stories;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.events.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stories of a collection (a cross-document service, run after entity resolution): near-copies are
 * found first ({@link NearDuplicateIndex}), then every other article goes through the online
 * {@link StoryClusterer} and each copy joins its original's story.
 *
 * <p>Order: articles are taken by publication date (undated last), then by a hash of their words, so
 * the result depends on the articles and not on the order they were given in. The earliest of a group
 * of copies is its original. Term statistics are those of the whole collection without the copies
 * (a syndicated text printed ten times is still one text).
 */
public final class StoryService {

    /** What the service needs of one article; built by {@link #input}, or directly. */
    public record Input(ArticleFeatures features, List<String> words, long textHash, String title) {

        public Input {
            words = List.copyOf(words);
        }
    }

    /** The stories of a run before they are named: members, copies and event dates. */
    public record Clusters(List<List<String>> stories, Map<String, String> reprintOf, Map<String, Double> reprintSimilarity,
                           List<List<LocalDate>> dates, Map<String, StoryClusterer.Assignment> assignments) {
    }

    private final StoryConfig config;

    public StoryService(StoryConfig config) {
        this.config = config;
    }

    public StoryConfig config() {
        return config;
    }

    /** The collection's stories, largest first. */
    public List<Story> stories(List<Document> docs, EntityIndex index) {
        FeatureExtractor fx = new FeatureExtractor(index);
        List<Input> inputs = new ArrayList<>(docs.size());
        for (Document d : docs) {
            inputs.add(input(d, fx));
        }
        Clusters c = cluster(inputs);
        if (System.getenv("CROSSCHECK_DEBUG_STORIES") != null) {
            c.assignments().forEach((a, why) -> System.err.println("story " + why.story() + " <- " + a + ": " + why.reason()));
        }
        return name(c, docs, index);
    }

    public static Input input(Document d, FeatureExtractor fx) {
        List<String> words = new ArrayList<>(d.tokens().size());
        long h = 0x84222325CBF29CE4L;
        for (Token t : d.tokens()) {
            String k = Words.shingleKey(t.word());
            if (k != null) {
                words.add(k);
                h = NearDuplicateIndex.mix(h ^ k.hashCode());
            }
        }
        return new Input(fx.extract(d), words, h, titleOf(d));
    }

    /** Clusters inputs (any order: they are put in the canonical one). */
    public Clusters cluster(List<Input> inputs) {
        List<Input> order = new ArrayList<>(inputs);
        order.sort(Comparator.comparing((Input i) -> i.features().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Input::textHash)
                .thenComparing(i -> i.features().id()));
        NearDuplicateIndex dups = new NearDuplicateIndex(config.reprintJaccard(), config.reprintContainment());
        Map<String, String> reprintOf = new LinkedHashMap<>();
        Map<String, Double> reprintSim = new LinkedHashMap<>();
        List<ArticleFeatures> originals = new ArrayList<>();
        for (Input in : order) {
            NearDuplicateIndex.Match m = dups.add(in.features().id(), in.words());
            if (m != null) {
                reprintOf.put(in.features().id(), m.original());
                reprintSim.put(in.features().id(), m.similarity());
            } else {
                originals.add(in.features());
            }
        }
        StoryClusterer clusterer = StoryClusterer.withStatistics(config, originals);
        Map<String, StoryClusterer.Assignment> assignments = new LinkedHashMap<>();
        for (Input in : order) {
            String id = in.features().id();
            String original = reprintOf.get(id);
            assignments.put(id, original != null ? clusterer.attach(id, original) : clusterer.add(in.features()));
        }
        if (config.consolidationRounds() > 0) {
            clusterer.consolidate(config.consolidationRounds());
        }
        List<List<LocalDate>> dates = new ArrayList<>();
        for (int s = 0; s < clusterer.storyCount(); s++) {
            dates.add(clusterer.storyDates(s));
        }
        return new Clusters(clusterer.stories(), reprintOf, reprintSim, dates, assignments);
    }

    /** Story records: ids by size (largest first), labels, reprint groups, places. */
    public static List<Story> name(Clusters c, List<Document> docs, EntityIndex index) {
        Map<String, Document> byId = new HashMap<>();
        Map<String, Integer> inputOrder = new HashMap<>();
        for (Document d : docs) {
            byId.put(d.id(), d);
            inputOrder.put(d.id(), inputOrder.size());
        }
        Map<String, GlobalEntity> entities = new HashMap<>();
        if (index != null) {
            index.entities().forEach(g -> entities.put(g.id(), g));
        }
        List<Integer> storyOrder = new ArrayList<>();
        for (int s = 0; s < c.stories().size(); s++) {
            storyOrder.add(s);
        }
        storyOrder.sort(Comparator.comparingInt((Integer s) -> -c.stories().get(s).size()).thenComparingInt(s -> s));
        Comparator<String> byPublication = Comparator
                .comparing((String a) -> byId.containsKey(a) ? byId.get(a).meta().published() : null,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(a -> inputOrder.getOrDefault(a, Integer.MAX_VALUE))
                .thenComparing(a -> a);
        List<Story> out = new ArrayList<>();
        for (int s : storyOrder) {
            List<String> members = new ArrayList<>(c.stories().get(s));
            members.sort(byPublication);
            Map<String, List<String>> groups = new LinkedHashMap<>();
            Map<String, String> reprintOf = new LinkedHashMap<>();
            for (String m : members) {
                String orig = c.reprintOf().get(m);
                if (orig != null) {
                    reprintOf.put(m, orig);
                    groups.computeIfAbsent(orig, k -> new ArrayList<>(List.of(k))).add(m);
                }
            }
            List<String> dates = c.dates().get(s).stream().map(LocalDate::toString).toList();
            out.add(new Story("S" + (out.size() + 1), label(members, reprintOf, byId), members,
                    new ArrayList<>(groups.values()), reprintOf, dates, places(members, reprintOf, byId, index, entities)));
        }
        return out;
    }

    private static String label(List<String> members, Map<String, String> reprintOf, Map<String, Document> byId) {
        for (String m : members) {
            Document d = byId.get(m);
            if (d != null && !reprintOf.containsKey(m) && d.title() != null) {
                return d.titleText();
            }
        }
        // no titles: the event name most of the articles give, else the first article's opening words
        Map<String, Integer> names = new LinkedHashMap<>();
        for (String m : members) {
            Document d = byId.get(m);
            if (d != null) {
                for (Event e : d.events()) {
                    if (e.name() != null && !e.name().isBlank()) {
                        names.merge(e.name().strip(), 1, Integer::sum);
                    }
                }
            }
        }
        if (!names.isEmpty() && names.values().stream().mapToInt(Integer::intValue).max().getAsInt() * 2 > members.size()) {
            return names.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        }
        for (String m : members) {
            Document d = byId.get(m);
            if (d != null) {
                return titleOf(d);
            }
        }
        return members.isEmpty() ? "" : members.get(0);
    }

    private static List<String> places(List<String> members, Map<String, String> reprintOf, Map<String, Document> byId,
                                       EntityIndex index, Map<String, GlobalEntity> entities) {
        if (index == null) {
            return List.of();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        FeatureExtractor fx = new FeatureExtractor(index);
        for (String m : members) {
            Document d = byId.get(m);
            if (d == null || reprintOf.containsKey(m)) {
                continue;
            }
            for (String p : fx.extract(d).places()) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5)
                .map(e -> entities.containsKey(e.getKey()) ? entities.get(e.getKey()).name() : e.getKey())
                .toList();
    }

    /** The title, or the opening words of the first sentence (at most 12 words). */
    static String titleOf(Document d) {
        if (d.title() != null) {
            return d.titleText();
        }
        if (d.sentences().isEmpty()) {
            String t = d.text().strip();
            return t.length() > 80 ? t.substring(0, 80) + "..." : t;
        }
        Sentence s = d.sentences().get(0);
        List<Token> toks = d.tokens(s);
        if (toks.size() <= 12) {
            return d.text(s.span());
        }
        return d.text().substring(toks.get(0).start(), toks.get(11).end()) + "...";
    }
}
