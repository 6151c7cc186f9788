package org.crosscheck.eval.seeds;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.eval.Metrics;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything a {@link SeedScorer} needs: the gold file, the analysis of the articles, where the raw
 * files are, the metrics to fill and the writer for its table.
 */
public final class SeedRun {

    private final SeedGold gold;
    private final Analysis analysis;
    private final Path articlesDir;
    private final Metrics metrics;
    private final PrintWriter out;
    private final Map<String, Document> byFile = new HashMap<>();

    public SeedRun(SeedGold gold, Analysis analysis, Path articlesDir, Metrics metrics, PrintWriter out) {
        this.gold = gold;
        this.analysis = analysis;
        this.articlesDir = articlesDir;
        this.metrics = metrics;
        this.out = out;
        for (Document d : analysis.documents()) {
            String id = d.id().replace('\\', '/');
            byFile.put(id.substring(id.lastIndexOf('/') + 1), d);
        }
    }

    public SeedGold gold() {
        return gold;
    }

    public Analysis analysis() {
        return analysis;
    }

    public Path articlesDir() {
        return articlesDir;
    }

    public Metrics metrics() {
        return metrics;
    }

    public PrintWriter out() {
        return out;
    }

    /** The analysed document for a gold file name, or null when it was rejected or is missing. */
    public Document document(String file) {
        return byFile.get(file);
    }
}
