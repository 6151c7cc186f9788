package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reprints and near-copies, for when the stories service has not said which articles are copies of
 * one another: articles whose bodies share most of their word 5-grams (Jaccard of the 5-gram sets at
 * least {@link #MIN_JACCARD}). Candidate pairs come from an inverted index of 5-grams, so unrelated
 * articles are never compared.
 */
final class NearCopies {

    static final double MIN_JACCARD = 0.5;
    private static final int SHINGLE = 5;
    private static final int MAX_POSTING = 50;

    private NearCopies() {
    }

    static List<List<String>> groups(List<Document> docs) {
        List<Set<Long>> sets = new ArrayList<>(docs.size());
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Set<Long> s = shingles(docs.get(i));
            sets.add(s);
            for (long h : s) {
                postings.computeIfAbsent(h, k -> new ArrayList<>(2)).add(i);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> p : postings.values()) {
            if (p.size() < 2 || p.size() > MAX_POSTING) {
                continue;
            }
            for (int a = 0; a < p.size(); a++) {
                for (int b = a + 1; b < p.size(); b++) {
                    shared.merge(PairKeys.of(p.get(a), p.get(b)), 1, Integer::sum);
                }
            }
        }
        int[] parent = new int[docs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Map.Entry<Long, Integer> e : shared.entrySet()) {
            int a = PairKeys.first(e.getKey());
            int b = PairKeys.second(e.getKey());
            int union = sets.get(a).size() + sets.get(b).size() - e.getValue();
            if (union > 0 && (double) e.getValue() / union >= MIN_JACCARD) {
                parent[find(parent, a)] = find(parent, b);
            }
        }
        Map<Integer, List<String>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(docs.get(i).id());
        }
        return byRoot.values().stream().filter(g -> g.size() > 1).toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Set<Long> shingles(Document d) {
        List<String> words = new ArrayList<>();
        for (var p : d.paragraphs()) {
            for (Words.Word w : Words.of(d.text(), p.start(), p.end())) {
                words.add(w.lower().toLowerCase(Locale.ROOT));
            }
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < SHINGLE; k++) {
                h = 31 * h + words.get(i + k).hashCode();
            }
            out.add(h);
        }
        return out;
    }
}
