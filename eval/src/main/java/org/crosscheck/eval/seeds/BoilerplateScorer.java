package org.crosscheck.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.eval.Metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleaning: every gold {@code boilerplate} line gone from the clean title and body, every
 * {@code appears_once} line there exactly once ({@code boilerplate_recall}), and every sentence of
 * the article's own text kept ({@code sentence_keep}; sentences of the input minus its boilerplate
 * lines, whitespace-normalised).
 */
public final class BoilerplateScorer implements SeedScorer {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201D\u2019]?)\\s+(?=[\"\u201C\u2018]?\\p{Lu})");

    @Override
    public String name() {
        return "boilerplate";
    }

    @Override
    public void score(SeedRun run) {
        int handled = 0;
        int total = 0;
        int kept = 0;
        int sentences = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode a : run.gold().list("articles")) {
            String file = SeedGold.text(a, "file");
            Document d = run.document(file);
            String clean = d == null ? "" : norm(d.text());
            List<String> boiler = SeedGold.strings(a, "boilerplate");
            List<String> once = SeedGold.strings(a, "appears_once");
            for (String b : boiler) {
                total++;
                if (!clean.contains(norm(b))) {
                    handled++;
                } else {
                    misses.add(file + ": boilerplate kept: " + b);
                }
            }
            for (String o : once) {
                total++;
                int n = count(clean, norm(o));
                if (n == 1) {
                    handled++;
                } else {
                    misses.add(file + ": appears " + n + " times: " + o);
                }
            }
            try {
                String raw = Files.readString(run.articlesDir().resolve(file), StandardCharsets.UTF_8);
                for (String s : articleSentences(raw, boiler)) {
                    sentences++;
                    if (clean.contains(norm(s))) {
                        kept++;
                    } else {
                        misses.add(file + ": sentence lost: " + s);
                    }
                }
            } catch (IOException e) {
                misses.add(file + ": cannot read input: " + e.getMessage());
            }
        }
        double recall = Metrics.ratio(handled, total, 1);
        double keep = Metrics.ratio(kept, sentences, 1);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "boilerplate handled", handled, total, recall);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "article sentences kept", kept, sentences, keep);
        misses.forEach(m -> run.out().println("  - " + m));
        run.metrics().put("boilerplate_recall", recall).put("sentence_keep", keep);
    }

    /** Sentences of the input's lines that are not boilerplate (each distinct sentence once). */
    static List<String> articleSentences(String raw, List<String> boiler) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> b = new LinkedHashSet<>();
        boiler.forEach(x -> b.add(norm(x)));
        for (String line : raw.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || b.contains(norm(l))) {
                continue;
            }
            for (String s : SENTENCE_END.split(l)) {
                if (s.strip().length() > 1) {
                    out.add(s.strip());
                }
            }
        }
        return new ArrayList<>(out);
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static int count(String hay, String needle) {
        int n = 0;
        int i = hay.indexOf(needle);
        while (i >= 0) {
            n++;
            i = hay.indexOf(needle, i + 1);
        }
        return n;
    }
}
