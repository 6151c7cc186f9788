package org.crosscheck.bench;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.store.Store;
import org.crosscheck.store.TextAnalyser;
import org.crosscheck.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck bench store [--articles 100000]}: ingest throughput into the store and search
 * latency on a synthetic collection the benchmark generates ({@link SyntheticCorpus}, ~500 tokens
 * an article, 20 outlets, dates over ten years).
 *
 * <p>Articles go through the store's real write path (identity check, id reservation, one
 * transaction per batch, raw text and analysed document stored, Lucene indexing, the final
 * recompute of the cross-document layers) but with {@link TextAnalyser}: the language analysis is
 * bypassed, because {@code bench analyze} measures it and 100,000 articles of NER would take hours
 * on two cores. Then {@code --searches} queries (words and phrases of the generator's vocabulary,
 * a third with an outlet filter, a third with a date range) are timed one by one after a warm-up.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Ingest throughput (articles/s into the store) and search latency (p50/p99) on a synthetic collection.")
public final class StoreBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "100000", description = "Synthetic articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--batch", defaultValue = "500", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--searches", defaultValue = "2000", description = "Timed searches (default: ${DEFAULT-VALUE}).")
    int searches;

    @Option(names = "--data", description = "Data folder (default: a new temporary folder, deleted afterwards).")
    Path data;

    @Option(names = "--db", description = "A PostgreSQL JDBC URL instead of the SQLite file.")
    String db;

    private static final String[] QUERIES = {"grain exports", "port access", "\"fishing rights\"", "water sharing",
            "border security", "Varga", "Okafor Lindqvist", "Nairobi", "rail corridor", "\"joint statement\"",
            "farmers traders", "elections", "vaccine supplies", "Foreign Minister", "customs rules -rail",
            "refugee returns", "power lines", "Helsinki researcher", "billion dollars", "progress summer"};

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean temp = data == null;
        Path dir = temp ? Files.createTempDirectory("crosscheck-bench-store-") : data;
        String[] outlets = new String[20];
        for (int i = 0; i < outlets.length; i++) {
            outlets[i] = "Outlet " + (char) ('A' + i);
        }
        SyntheticCorpus corpus = new SyntheticCorpus(7);
        Random rnd = new Random(7);
        LocalDate start = LocalDate.of(2015, 1, 1);
        TextAnalyser analyser = new TextAnalyser();
        double ingestSecs = 0;
        int added = 0;
        try (Store store = Store.open(new Store.Config(dir, db))) {
            int chunk = 5000;
            for (int from = 0; from < articles; from += chunk) {
                int to = Math.min(articles, from + chunk);
                List<Outcome<RawArticle>> raws = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    String outlet = outlets[rnd.nextInt(outlets.length)];
                    LocalDate day = start.plusDays(rnd.nextInt(3650));
                    String text = "Report " + i + ": " + corpus.article(500);
                    ArticleMeta meta = new ArticleMeta("https://bench.example/" + i, outlet, day, day.toString(), null,
                            List.of(), "en", Map.of());
                    raws.add(Outcome.ok(new RawArticle("synthetic-" + i, Origin.of("synthetic-" + i), Format.TEXT, text, meta, List.of())));
                }
                long t0 = System.nanoTime();
                Store.IngestReport r = store.ingest(raws, analyser, batch, new Store.Listener() {
                }, false);
                ingestSecs += (System.nanoTime() - t0) / 1e9;
                added += r.added();
                out.printf(Locale.ROOT, "  %d articles stored (%.0f articles/s so far)%n", added, added / ingestSecs);
                out.flush();
            }
            long t1 = System.nanoTime();
            store.recompute(analyser);
            double layerSecs = (System.nanoTime() - t1) / 1e9;
            // searches: warm-up, then timed one by one
            Random qr = new Random(11);
            for (int i = 0; i < Math.min(200, searches); i++) {
                store.search(query(qr, outlets, start));
            }
            double[] ms = new double[searches];
            long hitsSeen = 0;
            for (int i = 0; i < searches; i++) {
                SearchIndex.Request q = query(qr, outlets, start);
                long s0 = System.nanoTime();
                SearchIndex.Result res = store.search(q);
                ms[i] = (System.nanoTime() - s0) / 1e6;
                hitsSeen += res.total();
            }
            Arrays.sort(ms);
            double p50 = ms.length == 0 ? 0 : ms[(int) Math.floor(0.50 * (ms.length - 1))];
            double p99 = ms.length == 0 ? 0 : ms[(int) Math.floor(0.99 * (ms.length - 1))];
            double aps = added / ingestSecs;
            long dbBytes = db == null ? Files.size(dir.resolve("crosscheck.db")) : -1;
            out.printf(Locale.ROOT, "crosscheck store (%s): %d articles in %.1f s (%.0f articles/s, batches of %d); "
                            + "cross-document recompute %.1f s; %d searches: p50 %.2f ms, p99 %.2f ms (%.0f hits on average)%s%n",
                    db == null ? "SQLite" : "PostgreSQL", added, ingestSecs, aps, batch, layerSecs, searches, p50, p99,
                    searches == 0 ? 0.0 : (double) hitsSeen / searches,
                    dbBytes < 0 ? "" : String.format(Locale.ROOT, "; database %d MB", dbBytes / 1_000_000));
            out.printf(Locale.ROOT, "RESULT task=bench-store dataset=synthetic%d articles_per_s=%.1f search_p50_ms=%.2f "
                            + "search_p99_ms=%.2f layers_s=%.1f db=%s%n",
                    articles, aps, p50, p99, layerSecs, db == null ? "sqlite" : "postgresql");
            out.flush();
        } finally {
            if (temp) {
                try (var s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }

    private static SearchIndex.Request query(Random r, String[] outlets, LocalDate start) {
        String text = QUERIES[r.nextInt(QUERIES.length)];
        String outlet = null;
        String from = null;
        String to = null;
        switch (r.nextInt(3)) {
            case 0 -> outlet = outlets[r.nextInt(outlets.length)];
            case 1 -> {
                LocalDate f = start.plusDays(r.nextInt(3300));
                from = f.toString();
                to = f.plusDays(90).toString();
            }
            default -> {
            }
        }
        return new SearchIndex.Request(text, null, outlet, from, to, null, 0, 20);
    }
}
