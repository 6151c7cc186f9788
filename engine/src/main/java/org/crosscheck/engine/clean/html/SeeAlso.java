package org.crosscheck.engine.clean.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Read more: ...", "Lesen Sie auch: ...", "Czytaj też: ...": the phrases ({@code see-also.lexicon},
 * several languages) with which pages point to their other articles from inside an article.
 */
final class SeeAlso {

    private static final List<String> PHRASES = load();

    private SeeAlso() {
    }

    /** The length of the see-also phrase {@code text} starts with (case and punctuation aside), or 0. */
    static int prefix(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int best = 0;
        for (String p : PHRASES) {
            if (t.startsWith(p) && p.length() > best) {
                int end = p.length();
                if (end == t.length() || !Character.isLetterOrDigit(t.charAt(end))) {
                    best = end;
                }
            }
        }
        return best;
    }

    private static List<String> load() {
        List<String> out = new ArrayList<>();
        try (InputStream in = SeeAlso.class.getResourceAsStream("see-also.lexicon")) {
            if (in == null) {
                throw new IllegalStateException("see-also.lexicon missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip().toLowerCase(Locale.ROOT);
                if (!line.isEmpty()) {
                    out.add(line);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
