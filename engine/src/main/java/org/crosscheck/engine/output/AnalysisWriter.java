package org.crosscheck.engine.output;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an analysis to a folder: {@code collection.json} and {@code report.md} for the
 * collection, {@code articles/<name>.json} and {@code .md} for each article.
 */
public final class AnalysisWriter {

    private AnalysisWriter() {
    }

    public static Map<String, String> write(Analysis a, Path out) throws IOException {
        Files.createDirectories(out.resolve("articles"));
        Map<String, String> files = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Document d : a.documents()) {
            String base = safeName(d.id());
            String name = base;
            for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = base + "-" + i;
            }
            files.put(d.id(), "articles/" + name + ".json");
            JsonOutput.mapper().writeValue(out.resolve("articles/" + name + ".json").toFile(),
                    JsonOutput.article(d, a.entities()));
            Files.writeString(out.resolve("articles/" + name + ".md"), MarkdownReport.article(d, a.entities()),
                    StandardCharsets.UTF_8);
        }
        JsonOutput.mapper().writeValue(out.resolve("collection.json").toFile(), JsonOutput.collection(a, files));
        Files.writeString(out.resolve("report.md"), MarkdownReport.collection(a), StandardCharsets.UTF_8);
        return files;
    }

    /** A file name from an article id: the last path part, letters, digits, dot, dash and underscore only. */
    static String safeName(String id) {
        String s = id.replace('\\', '/');
        int slash = s.lastIndexOf('/');
        if (slash >= 0 && slash < s.length() - 1) {
            s = s.substring(slash + 1);
        }
        s = s.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        if (s.length() > 80) {
            s = s.substring(0, 80);
        }
        return s.isEmpty() ? "article" : s;
    }
}
