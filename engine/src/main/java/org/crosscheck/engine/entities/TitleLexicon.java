package org.crosscheck.engine.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Titles and roles ({@code knowledge/titles.tsv}): each variant maps to a canonical title and a
 * class. Offices (one holder per affiliation, "foreign minister") let a description find its
 * person; functions ("expert", "resident") never do.
 */
public final class TitleLexicon {

    /** A canonical title and whether it is an office. */
    public record Title(String canonical, boolean office) {
    }

    private final Map<String, Title> variants;
    private final List<String> byLength;
    private final Set<String> heads;

    private TitleLexicon(Map<String, Title> variants) {
        this.variants = Map.copyOf(variants);
        List<String> sorted = new ArrayList<>(variants.keySet());
        sorted.sort(Comparator.comparingInt((String s) -> s.split(" ").length).reversed());
        this.byLength = List.copyOf(sorted);
        Set<String> h = new HashSet<>();
        for (String v : variants.keySet()) {
            String[] w = v.split(" ");
            h.add(w[w.length - 1]);
        }
        this.heads = Set.copyOf(h);
    }

    static TitleLexicon standard() {
        try (InputStream in = TitleLexicon.class.getResourceAsStream("knowledge/titles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("knowledge/titles.tsv missing from the classpath");
            }
            Map<String, Title> v = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Title t = new Title(f[0].strip(), f.length < 3 || f[2].strip().equals("office"));
                v.put(f[0].strip(), t);
                if (f.length > 1) {
                    for (String var : f[1].split("\\|")) {
                        v.putIfAbsent(var.strip().toLowerCase(Locale.ROOT), t);
                    }
                }
            }
            return new TitleLexicon(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title a lower-case phrase names exactly, or null. */
    public Title lookup(String phrase) {
        return variants.get(phrase.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip());
    }

    /** Whether a lower-case word can end a title ("minister", "spokesperson", "expert"). */
    public boolean isHead(String lowerWord) {
        return heads.contains(lowerWord);
    }

    /**
     * The longest title that ends {@code words} (lower case), as {canonical title, number of words used},
     * or null. "iran 's special envoy" gives special envoy over 2 words.
     */
    public Match longestSuffix(List<String> words) {
        for (String v : byLength) {
            String[] w = v.split(" ");
            if (w.length > words.size()) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < w.length; i++) {
                if (!w[w.length - 1 - i].equals(words.get(words.size() - 1 - i))) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return new Match(variants.get(v), w.length);
            }
        }
        return null;
    }

    /** A title found at the end of a word list, and how many words it took. */
    public record Match(Title title, int words) {
    }
}
