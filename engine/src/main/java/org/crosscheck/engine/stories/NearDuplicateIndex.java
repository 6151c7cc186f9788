package org.crosscheck.engine.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds near-copies online: syndicated reprints, lightly edited copies and exact duplicates.
 *
 * <p>A text is the set of its {@value #SHINGLE}-word shingles (words case-folded, punctuation
 * dropped). A MinHash signature of {@value #BANDS} x {@value #ROWS} hashes estimates the Jaccard
 * similarity of two such sets; LSH banding (a pair shares a band when all its {@value #ROWS} hashes
 * agree) finds the candidate pairs without comparing all pairs: a pair with Jaccard 0.5 becomes a
 * candidate with probability 1 - (1 - 0.5^3)^42 = 0.996, one with 0.2 with probability 0.29, so the
 * cost per text depends on how many near-copies it has, not on the collection's size.
 *
 * <p>A candidate is a near-copy of an earlier text when the estimated Jaccard similarity reaches
 * {@code jaccard} (default 0.5: ten edited words in a 400-word text leave about 0.78; two different
 * reports sharing a 40-word quote stay under 0.1), or when the shorter text's shingles lie inside the
 * longer one at {@code containment} (default 0.8: a copy cut short). Identical word sequences are
 * exact duplicates. The earliest text of a group is its original; a copy of a copy points at the
 * original.
 */
public final class NearDuplicateIndex {

    static final int SHINGLE = 5;
    static final int BANDS = 42;
    static final int ROWS = 3;
    private static final int HASHES = BANDS * ROWS;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(x);
        }
    }

    /** What an added text is a copy of. */
    public record Match(String original, double similarity, boolean exact) {
    }

    private record Entry(String id, long[] signature, int shingles, String original) {
    }

    private final double jaccard;
    private final double containment;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, Integer> exact = new HashMap<>();
    private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();

    public NearDuplicateIndex(double jaccard, double containment) {
        this.jaccard = jaccard;
        this.containment = containment;
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /**
     * Adds a text (its words in order) and returns the earlier text it copies, or null when it is
     * not a copy of any.
     */
    public Match add(String id, List<String> words) {
        List<String> w = new ArrayList<>(words.size());
        for (String s : words) {
            String k = Words.shingleKey(s);
            if (k != null) {
                w.add(k);
            }
        }
        long whole = 0xCBF29CE484222325L;
        for (String s : w) {
            whole = mix(whole ^ fnv(s));
        }
        int me = entries.size();
        Integer same = w.isEmpty() ? null : exact.putIfAbsent(whole, me);
        long[] shingles = shingles(w);
        long[] sig = signature(shingles);
        Match match = null;
        if (same != null) {
            match = new Match(rootOf(same), 1.0, true);
        } else if (shingles.length > 0) {
            double bestSim = 0;
            int best = -1;
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int b = 0; b < BANDS; b++) {
                List<Integer> bucket = bands.get(b).get(bandKey(sig, b));
                if (bucket == null) {
                    continue;
                }
                for (int c : bucket) {
                    if (!seen.add(c)) {
                        continue;
                    }
                    Entry e = entries.get(c);
                    double j = estimate(sig, e.signature);
                    double inter = j * (shingles.length + e.shingles) / (1 + j);
                    double contained = inter / Math.min(shingles.length, e.shingles);
                    boolean copy = j >= jaccard || contained >= containment && Math.min(shingles.length, e.shingles) >= 2 * SHINGLE;
                    double sim = Math.max(j, contained);
                    if (copy && (sim > bestSim || sim == bestSim && c < best)) {
                        bestSim = sim;
                        best = c;
                    }
                }
            }
            if (best >= 0) {
                match = new Match(rootOf(best), bestSim, false);
            }
        }
        entries.add(new Entry(id, sig, shingles.length, match == null ? null : match.original()));
        if (shingles.length > 0) {
            for (int b = 0; b < BANDS; b++) {
                bands.get(b).computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>(1)).add(me);
            }
        }
        return match;
    }

    private String rootOf(int index) {
        Entry e = entries.get(index);
        return e.original() != null ? e.original() : e.id();
    }

    static long[] shingles(List<String> w) {
        if (w.isEmpty()) {
            return new long[0];
        }
        int n = Math.max(1, w.size() - SHINGLE + 1);
        java.util.Set<Long> set = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            long h = 0x84222325CBF29CE4L;
            for (int k = i; k < Math.min(w.size(), i + SHINGLE); k++) {
                h = mix(h ^ fnv(w.get(k)));
            }
            set.add(h);
        }
        long[] out = new long[set.size()];
        int i = 0;
        for (long x : set) {
            out[i++] = x;
        }
        return out;
    }

    static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    static double estimate(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    private static long bandKey(long[] sig, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h ^ sig[band * ROWS + r]);
        }
        return h;
    }

    private static long fnv(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
