package org.crosscheck.engine;

import org.crosscheck.engine.analysis.Analyzer;
import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One engine for all tests of a JVM: models load once. */
public final class TestEngine {

    private static Engine engine;

    private TestEngine() {
    }

    public static synchronized Engine get() {
        if (engine == null) {
            // the time stage reads dates against the day of the analysis: fix it, so results do not move with the clock
            if (System.getProperty("crosscheck.today") == null) {
                System.setProperty("crosscheck.today", "2026-11-23");
            }
            engine = Engine.load(EngineConfig.DEFAULT.withThreads(2));
        }
        return engine;
    }

    public static Analyzer analyzer() {
        return new Analyzer(get());
    }

    /** Cleans and runs the pipeline on a plain text written in a test. */
    public static Document analyse(String id, String text) {
        RawArticle raw = new RawArticle(id, Origin.of(id), Format.TEXT, text, ArticleMeta.EMPTY, List.of());
        var a = analyzer().analyzeRaw(List.of(Outcome.ok(raw)));
        if (a.documents().isEmpty()) {
            throw new AssertionError("not analysed: " + a.rejected());
        }
        return a.documents().get(0);
    }

    /** The shared development data folder, or null when it is not beside the project. */
    public static Path shared() {
        String p = System.getProperty("crosscheck.shared");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        Path rel = Path.of("../../shared");
        return Files.isDirectory(rel) ? rel : null;
    }

    /** The project's root folder. */
    public static Path root() {
        String p = System.getProperty("crosscheck.root");
        return p != null ? Path.of(p) : Path.of("..");
    }
}
