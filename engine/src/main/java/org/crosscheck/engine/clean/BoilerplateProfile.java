package org.crosscheck.engine.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Furniture that shows only across articles: a line an outlet prints under every article, a
 * notice an aggregator adds to everything it republishes. Learned from a collection's cleaned
 * articles, then applied to each. Reprints share all their lines, so two articles count as
 * independent witnesses of a furniture line only when they share few other lines.
 */
public final class BoilerplateProfile {

    /** One article as the profile sees it. */
    public record Sample(String articleId, String outletKey, CleanText clean) {
    }

    public static final BoilerplateProfile EMPTY = new BoilerplateProfile(Map.of(), Map.of());

    /** Lines repeated across articles of one outlet, by outlet key. */
    private final Map<String, Set<String>> perOutlet;
    /** Lines repeated across articles of several outlets, with the number of articles. */
    private final Map<String, Integer> global;

    private BoilerplateProfile(Map<String, Set<String>> perOutlet, Map<String, Integer> global) {
        this.perOutlet = perOutlet;
        this.global = global;
    }

    public static BoilerplateProfile learn(List<Sample> samples) {
        List<Set<String>> lineSets = new ArrayList<>();
        Map<String, List<Integer>> where = new HashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            Set<String> lines = new HashSet<>();
            CleanText c = samples.get(i).clean();
            if (c.title() != null) {
                lines.add(FurnitureFilter.normalise(c.title().text()));
            }
            for (TextBlock b : c.paragraphs()) {
                lines.add(FurnitureFilter.normalise(b.text()));
            }
            lines.remove("");
            lineSets.add(lines);
            for (String l : lines) {
                where.computeIfAbsent(l, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Set<String>> perOutlet = new HashMap<>();
        Map<String, Integer> global = new HashMap<>();
        for (var e : where.entrySet()) {
            List<Integer> docs = e.getValue();
            if (docs.size() < 2) {
                continue;
            }
            List<Integer> independent = independent(docs, lineSets);
            if (independent.size() < 2) {
                continue;
            }
            Map<String, Integer> byOutlet = new HashMap<>();
            for (int d : independent) {
                String key = samples.get(d).outletKey();
                if (key != null) {
                    byOutlet.merge(key, 1, Integer::sum);
                }
            }
            byOutlet.forEach((outlet, count) -> {
                if (count >= 2) {
                    perOutlet.computeIfAbsent(outlet, k -> new HashSet<>()).add(e.getKey());
                }
            });
            if (independent.size() >= 3) {
                global.put(e.getKey(), independent.size());
            }
        }
        return new BoilerplateProfile(perOutlet, global);
    }

    /** Articles holding a line that are not near-copies of one another (share under half their lines). */
    private static List<Integer> independent(List<Integer> docs, List<Set<String>> lineSets) {
        List<Integer> chosen = new ArrayList<>();
        for (int d : docs) {
            boolean copy = false;
            for (int c : chosen) {
                if (jaccard(lineSets.get(d), lineSets.get(c)) >= 0.5) {
                    copy = true;
                    break;
                }
            }
            if (!copy) {
                chosen.add(d);
            }
        }
        return chosen;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }

    public boolean isEmpty() {
        return perOutlet.isEmpty() && global.isEmpty();
    }

    /**
     * Removes the paragraphs this profile knows as furniture. Body-like paragraphs in the middle
     * of an article are kept even when repeated elsewhere (shared background, a wire quote): only
     * short lines, or lines at the article's edges, go.
     */
    public CleanText apply(String outletKey, CleanText clean) {
        if (isEmpty()) {
            return clean;
        }
        Set<String> outletLines = outletKey == null ? Set.of() : perOutlet.getOrDefault(outletKey, Set.of());
        List<TextBlock> kept = new ArrayList<>();
        List<Removed> removed = new ArrayList<>(clean.removed());
        int n = clean.paragraphs().size();
        for (int i = 0; i < n; i++) {
            TextBlock b = clean.paragraphs().get(i);
            String key = FurnitureFilter.normalise(b.text());
            int words = key.isEmpty() ? 0 : key.split(" ").length;
            boolean edge = i < 2 || i >= n - 3;
            boolean sentence = LineUnits.endsSentence(b.text());
            boolean shortOrEdge = words <= 12 || edge || !sentence;
            if (outletLines.contains(key) && shortOrEdge) {
                removed.add(new Removed(b.text(), b.sourceStart(), "repeated across the outlet's articles"));
            } else if (global.containsKey(key) && (words <= 8 && !sentence || edge && words <= 60)) {
                removed.add(new Removed(b.text(), b.sourceStart(), "repeated across " + global.get(key) + " articles"));
            } else {
                kept.add(b);
            }
        }
        if (kept.size() == n) {
            return clean;
        }
        return new CleanText(clean.title(), kept, removed, clean.pageMeta());
    }
}
