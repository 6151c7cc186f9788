package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level helpers for cue matching and clause trimming: lower-cased words with their character spans. */
final class Words {

    /** A word of a text: its characters and its lower-case form (curly apostrophes straightened). */
    record Word(int start, int end, String lower) {
        Span span() {
            return new Span(start, end);
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*|[\\p{L}]*n['\u2019]t");

    /** Function words left out when comparing the content of two clauses. */
    static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
            "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "that", "this", "these",
            "those", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "our", "us", "i",
            "me", "my", "you", "your", "as", "than", "then", "there", "here", "which", "who", "whom", "whose", "what",
            "said", "says", "say", "told", "added", "also", "about", "into", "over", "under", "after", "before",
            "not", "no", "any", "all", "more", "most", "such", "so", "very", "just", "only", "up", "out", "if");

    private Words() {
    }

    static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    /** The words of {@code text[from, to)}, with "n't" split off as a word of its own. */
    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        m.region(from, to);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (w.endsWith("n't") && w.length() > 3) {
                int cut = m.end() - 3;
                out.add(new Word(m.start(), cut, w.substring(0, w.length() - 3)));
                out.add(new Word(cut, m.end(), "n't"));
            } else {
                out.add(new Word(m.start(), m.end(), w));
            }
        }
        return out;
    }

    /** Crude stems of the content words of {@code text} (the first five letters: "Afghan" and "Afghanistan" meet). */
    static List<String> contentStems(String text) {
        List<String> out = new ArrayList<>();
        for (Word w : of(text)) {
            if (!STOP.contains(w.lower()) && w.lower().length() > 1) {
                out.add(w.lower().length() > 5 ? w.lower().substring(0, 5) : w.lower());
            }
        }
        return out;
    }

    /**
     * A memo of {@link #contentStems} as sets: claim linking compares the same few thousand sentences
     * many times. A pure function's cache (bounded, cleared when full), so it changes no result.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Set<String>> STEM_SETS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static Set<String> stemSet(String text) {
        Set<String> known = STEM_SETS.get(text);
        if (known != null) {
            return known;
        }
        if (STEM_SETS.size() > 50_000) {
            STEM_SETS.clear();
        }
        Set<String> s = Set.copyOf(contentStems(text));
        STEM_SETS.put(text, s);
        return s;
    }

    /** Share of the content stems of {@code a} found in {@code b} (1 when {@code a} has none). */
    static double overlapOfFirst(String a, String b) {
        Set<String> x = stemSet(a);
        Set<String> y = stemSet(b);
        if (x.isEmpty()) {
            return 1;
        }
        return (double) x.stream().filter(y::contains).count() / x.size();
    }

    /** Share of the smaller set of content stems found in the other (0 when either is empty). */
    static double overlap(String a, String b) {
        Set<String> x = stemSet(a);
        Set<String> y = stemSet(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long common = x.stream().filter(y::contains).count();
        return (double) common / Math.min(x.size(), y.size());
    }
}
