package org.crosscheck.app.cli;

import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.ingest.IngestConfig;
import org.crosscheck.engine.ingest.Ingestor;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.store.Analyser;
import org.crosscheck.store.EngineAnalyser;
import org.crosscheck.store.Rows;
import org.crosscheck.store.Store;
import org.crosscheck.store.TextAnalyser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck ingest PATHS... [--data DIR] [--db URL]}: adds articles to the persistent
 * collection. Each line it prints is printed after the article's batch was committed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add articles (files or folders: .txt, .md, .html, .jsonl) to the persistent collection; "
                + "articles already stored (same normalised text and URL) are left alone.")
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or folders of articles (none: only bring the collection's layers and index up to date).")
    List<Path> inputs;

    @Mixin
    StoreOptions store;

    @Option(names = "--batch", defaultValue = "16", description = "Articles analysed and committed together (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--text-only", description = "Store and index the clean text only, without language analysis "
            + "(fast bulk loads; no entities, quotes, stories or claims for these articles).")
    boolean textOnly;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
    int threads;

    @Option(names = "--aliases", description = "Extra knowledge file(s) with entities and aliases.")
    List<Path> aliases;

    @Option(names = "--max-bytes", defaultValue = "10485760", description = "Largest article accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--quiet", description = "Print only the summary.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IngestConfig ic = new IngestConfig(maxBytes, false);
        List<Path> paths = inputs == null ? List.of() : inputs;
        for (Path p : paths) {
            if (!java.nio.file.Files.exists(p)) {
                spec.commandLine().getErr().println("crosscheck ingest: " + p + " does not exist");
                return 2;
            }
        }
        Analyser analyser;
        List<Outcome<RawArticle>> read = Ingestor.standard(ic).read(paths);
        if (textOnly) {
            analyser = new TextAnalyser();
        } else {
            // the models load only when some input is new (or the layers need a recompute)
            analyser = Analyser.lazy("engine", () -> {
                out.println("crosscheck ingest: loading the language models...");
                out.flush();
                return new EngineAnalyser(Engine.load(EngineConfig.DEFAULT.withThreads(threads)
                        .withAliasFiles(aliases == null ? List.of() : aliases).withIngest(ic)));
            });
        }
        try (Store s = store.open()) {
            out.println("crosscheck ingest: " + read.size() + " input(s) into " + describe(s));
            out.flush();
            Store.IngestReport r = s.ingest(read, analyser, batch, new Store.Listener() {
                @Override
                public void stored(String input, String id, Rows.WriteStatus status) {
                    if (!quiet) {
                        out.printf(Locale.ROOT, "  %-9s %-8s %s%n", status.name().toLowerCase(Locale.ROOT), id == null ? "" : id, input);
                        out.flush();
                    }
                }

                @Override
                public void rejected(Rejection rej) {
                    out.println("  rejected  " + rej);
                    out.flush();
                }

                @Override
                public void progress(String message) {
                    out.println("crosscheck ingest: " + message + "...");
                    out.flush();
                }
            });
            printSummary(s, r, out);
        }
        return 0;
    }

    static String describe(Store s) {
        return s.config().jdbcUrl() == null ? s.config().dataDir().toString() : s.database().description()
                + " (search index in " + s.config().dataDir() + ")";
    }

    static void printSummary(Store s, Store.IngestReport r, PrintWriter out) {
        Rows.Counts c = s.database().counts();
        out.printf(Locale.ROOT, "%d added, %d updated, %d unchanged, %d rejected in %.1f s (cross-document layers %.1f s).%n",
                r.added(), r.updated(), r.unchanged(), r.rejected().size(), r.seconds(), r.layerSeconds());
        out.printf(Locale.ROOT, "Collection: %d articles from %d outlets, %d stories, %d entities, %d utterances, %d claims.%n",
                c.articles(), c.outlets(), c.stories(), c.entities(), c.utterances(), c.claims());
        var stories = s.database().stories(0, 20);
        if (!stories.items().isEmpty()) {
            out.println("Stories (newest first):");
            for (Rows.StoryRow st : stories.items()) {
                out.printf(Locale.ROOT, "  %-5s %-50s %d article(s), %d outlet(s), %s%n", st.id(), Summary.clip(String.valueOf(st.label()), 50),
                        st.articleCount(), st.outletCount(), range(st));
            }
        }
        out.flush();
    }

    static String range(Rows.StoryRow st) {
        if (st.firstDate() == null) {
            return "undated";
        }
        return st.firstDate().equals(st.lastDate()) ? st.firstDate() : st.firstDate() + " to " + st.lastDate();
    }
}
