package org.crosscheck.engine.claims;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How telling each content word is within a collection: inverse document frequency over its
 * statements. The name of the country every article is about says little about which claim a
 * statement makes; "soil", "annex" or "tonnes" say a lot.
 */
final class StemWeights {

    private final Map<String, Double> idf;
    private final double unseen;

    private StemWeights(Map<String, Double> idf, double unseen) {
        this.idf = idf;
        this.unseen = unseen;
    }

    /** Every stem weighs 1. */
    static final StemWeights UNIFORM = new StemWeights(Map.of(), 1);

    static StemWeights of(Collection<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            for (String s : new HashSet<>(Words.contentStems(t))) {
                df.merge(s, 1, Integer::sum);
            }
        }
        int n = Math.max(1, texts.size());
        Map<String, Double> w = new HashMap<>();
        df.forEach((s, f) -> w.put(s, Math.log((n + 1.0) / (f + 0.5))));
        return new StemWeights(w, Math.log((n + 1.0) / 0.5));
    }

    double weight(String stem) {
        return Math.max(0.05, idf.getOrDefault(stem, unseen));
    }

    /** Weighted share of the lighter set of stems found in the other (0 when either is empty). */
    double overlap(String a, String b) {
        return overlap(Set.copyOf(Words.contentStems(a)), Set.copyOf(Words.contentStems(b)));
    }

    /** As {@link #overlap(String, String)}, over stems already found. */
    double overlap(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        double common = 0;
        double wx = 0;
        double wy = 0;
        for (String s : x) {
            wx += weight(s);
            if (y.contains(s)) {
                common += weight(s);
            }
        }
        for (String s : y) {
            wy += weight(s);
        }
        return common / Math.min(wx, wy);
    }
}
