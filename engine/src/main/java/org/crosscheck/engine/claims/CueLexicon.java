package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stance cue lexicon ({@code claims/stance-cues.tsv}): words that deny, call untrue, back,
 * negate, contrast, name a claim as a thing, voice concern or reaffirm. The file documents each class;
 * {@code docs/claims.md} explains how the service uses them.
 */
public final class CueLexicon {

    /** The classes of the lexicon file. */
    public enum CueClass {
        DENY, FALSE, SUPPORT, NEGATION, CONTRAST, TARGET, CONCERN, REAFFIRM, ATTRIBUTION, DIRECTIVE;

        static CueClass parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** A cue found in a text: its class, its characters and the lexicon phrase it matched. */
    public record Cue(CueClass type, Span span, String phrase) {
    }

    private record Entry(CueClass type, List<String> words, String phrase) {
    }

    static final String RESOURCE = "/org/crosscheck/engine/claims/stance-cues.tsv";

    private final Map<String, List<Entry>> byFirstWord;
    private final Map<CueClass, Integer> sizes;

    private CueLexicon(List<Entry> entries) {
        Map<String, List<Entry>> first = new HashMap<>();
        Map<CueClass, Integer> n = new EnumMap<>(CueClass.class);
        for (Entry e : entries) {
            first.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
            n.merge(e.type(), 1, Integer::sum);
        }
        first.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.words().size())));
        this.byFirstWord = first;
        this.sizes = n;
    }

    private static final class Standard {
        static final CueLexicon INSTANCE = load();

        private static CueLexicon load() {
            try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("stance cue lexicon missing from the classpath: " + RESOURCE);
                }
                List<String> lines = new ArrayList<>();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    r.lines().forEach(lines::add);
                }
                return parse(lines, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The lexicon shipped with crosscheck. */
    public static CueLexicon standard() {
        return Standard.INSTANCE;
    }

    /** Reads lexicon lines ({@code class <TAB> phrase <TAB> note}); {@code source} names the input in errors. */
    public static CueLexicon parse(List<String> lines, String source) {
        List<Entry> out = new ArrayList<>();
        int no = 0;
        for (String line : lines) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || f[1].isBlank()) {
                throw new IllegalArgumentException(source + ":" + no + ": expected 'class<TAB>phrase[<TAB>note]'");
            }
            CueClass type;
            try {
                type = CueClass.parse(f[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + no + ": unknown cue class '" + f[0] + "'", e);
            }
            List<String> words = Words.of(f[1].strip()).stream().map(Words.Word::lower).toList();
            if (words.isEmpty()) {
                throw new IllegalArgumentException(source + ":" + no + ": phrase has no words: " + f[1]);
            }
            out.add(new Entry(type, words, f[1].strip()));
        }
        return new CueLexicon(out);
    }

    /** How many phrases the lexicon holds for a class. */
    public int size(CueClass type) {
        return sizes.getOrDefault(type, 0);
    }

    /** Every cue in {@code text}, in text order; at one position the longest phrase of each class. */
    public List<Cue> find(String text) {
        return find(text, new Span(0, text.length()));
    }

    /** Every cue in {@code text[within)}, with spans into {@code text}. */
    public List<Cue> find(String text, Span within) {
        List<Words.Word> ws = Words.of(text, within.start(), within.end());
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            List<Entry> cands = byFirstWord.get(ws.get(i).lower());
            if (cands == null) {
                continue;
            }
            java.util.EnumSet<CueClass> seen = java.util.EnumSet.noneOf(CueClass.class);
            for (Entry e : cands) {
                if (seen.contains(e.type()) || i + e.words().size() > ws.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < e.words().size() && ok; k++) {
                    ok = ws.get(i + k).lower().equals(e.words().get(k));
                }
                if (ok) {
                    seen.add(e.type());
                    out.add(new Cue(e.type(), new Span(ws.get(i).start(), ws.get(i + e.words().size() - 1).end()), e.phrase()));
                }
            }
        }
        return out;
    }

    /** Whether {@code text} holds a cue of the class. */
    public boolean has(String text, CueClass type) {
        return find(text).stream().anyMatch(c -> c.type() == type);
    }
}
