package org.crosscheck.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.analysis.Analyzer;
import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code crosscheck bench analyze [--articles N] [--input DIR] [--baseline corenlp]}: the whole
 * analyze path (clean, tokens, sentences, NER, entities and every later layer the engine has) on
 * N synthetic articles, after a warm-up; reports articles/s, tokens/s, model load time and peak heap.
 * With {@code --baseline corenlp}, CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} pipeline on
 * the same texts, same threads, in the same run.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Throughput of the analyze path.")
public final class AnalyzeBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "1000", description = "Synthetic articles to analyse (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--tokens", defaultValue = "500", description = "Approximate tokens per synthetic article.")
    int tokens;

    @Option(names = "--input", description = "Analyse this folder instead of synthetic articles.")
    Path input;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
    int threads;

    @Option(names = "--baseline", description = "Also run a baseline in the same run: corenlp.")
    String baseline;

    @Option(names = "--profile-articles", defaultValue = "300",
            description = "Articles whose per-stage CPU time is measured on one thread after the run (0: none; default: ${DEFAULT-VALUE}).")
    int profileArticles;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        HeapMeter.reset();
        long t0 = System.nanoTime();
        Engine engine = Engine.load(EngineConfig.DEFAULT.withThreads(threads));
        double load = (System.nanoTime() - t0) / 1e9;
        Analyzer analyzer = new Analyzer(engine);
        List<Outcome<RawArticle>> raws;
        String dataset;
        if (input != null) {
            raws = engine.ingestor().read(List.of(input));
            dataset = input.getFileName().toString();
        } else {
            List<String> texts = new SyntheticCorpus(42).articles(articles, tokens);
            raws = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                raws.add(Outcome.ok(new RawArticle("synthetic-" + i, Origin.of("synthetic-" + i), Format.TEXT,
                        texts.get(i), ArticleMeta.EMPTY, List.of())));
            }
            dataset = "synthetic" + articles;
        }
        // warm-up on a slice, then the measured run
        analyzer.analyzeRaw(raws.subList(0, Math.min(raws.size(), 100)));
        long t1 = System.nanoTime();
        Analysis a = analyzer.analyzeRaw(raws);
        double secs = (System.nanoTime() - t1) / 1e9;
        long peak = HeapMeter.peakMb();
        int n = a.documents().size();
        double aps = n / secs;
        double tps = a.stats().tokens() / secs;
        out.printf(Locale.ROOT, "crosscheck analyze: %d articles, %d tokens in %.2f s on %d threads: %.1f articles/s, %.0f tokens/s; load %.2f s; peak heap %d MiB%n",
                n, a.stats().tokens(), secs, a.stats().threads(), aps, tps, load, peak);
        StringBuilder phases = new StringBuilder();
        a.stats().phaseSeconds().forEach((k, v) -> phases.append(String.format(Locale.ROOT, " %s %.2f s;", k, v)));
        out.println("  phases (wall clock; pipeline on " + a.stats().threads() + " threads, the rest on one):" + phases);
        out.printf(Locale.ROOT, "  layers: %d stories (largest %d articles), %d utterances, %d claims, %d entities%n",
                a.stories().size(), a.stories().stream().mapToInt(st -> st.articles().size()).max().orElse(0),
                a.utterances().size(), a.claims().size(), a.entities().entities().size());
        double pipeline = a.stats().phaseSeconds().getOrDefault("pipeline", secs)
                + a.stats().phaseSeconds().getOrDefault("read_and_clean", 0.0);
        StringBuilder result = new StringBuilder(String.format(Locale.ROOT,
                "RESULT task=bench dataset=%s articles_per_s=%.1f tokens_per_s=%.0f load_s=%.2f peak_heap_mb=%d"
                        + " per_article_articles_per_s=%.1f",
                dataset, aps, tps, load, peak, n / pipeline));
        if (profileArticles > 0) {
            StageProfile prof = StageProfile.measure(engine, raws.subList(0, Math.min(raws.size(), profileArticles)));
            out.println(prof.table());
            result.append(prof.resultKeys(a.stats().threads()));
        }
        if ("corenlp".equalsIgnoreCase(baseline)) {
            List<String> texts = new ArrayList<>();
            for (Outcome<RawArticle> o : raws) {
                if (o instanceof Outcome.Ok<RawArticle> ok) {
                    texts.add(ok.value().content());
                }
            }
            double[] b = coreNlp(texts, a.stats().threads(), out);
            result.append(String.format(Locale.ROOT, " baseline_articles_per_s=%.1f baseline_load_s=%.2f baseline_peak_heap_mb=%d",
                    b[0], b[1], (long) b[2]));
        }
        out.println(result);
        return 0;
    }

    /** CoreNLP's default English pipeline up to NER; returns {articles/s, load s, peak heap MiB}. */
    static double[] coreNlp(List<String> texts, int threads, PrintWriter out) throws Exception {
        HeapMeter.reset();
        long t0 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        double load = (System.nanoTime() - t0) / 1e9;
        for (String t : texts.subList(0, Math.min(texts.size(), 50))) {
            pipeline.annotate(new CoreDocument(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t1 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (String t : texts) {
            fs.add(pool.submit(() -> pipeline.annotate(new CoreDocument(t))));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double secs = (System.nanoTime() - t1) / 1e9;
        pool.shutdown();
        long peak = HeapMeter.peakMb();
        out.printf(Locale.ROOT, "CoreNLP tokenize,ssplit,pos,lemma,ner: %d articles in %.2f s on %d threads: %.1f articles/s; load %.2f s; peak heap %d MiB%n",
                texts.size(), secs, threads, texts.size() / secs, load, peak);
        return new double[]{texts.size() / secs, load, peak};
    }
}
