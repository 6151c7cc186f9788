package org.crosscheck.bench;

import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.clean.Cleaner;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.engine.pipeline.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time of each per-article step (cleaning, then every pipeline stage) on one thread, measured
 * with the thread's CPU clock. Unlike wall-clock throughput this hardly depends on what else the
 * machine is running, so it says what a stage costs even on a shared, loaded machine; divided into
 * the cores it bounds the throughput of the per-article path.
 */
record StageProfile(Map<String, Double> msPerArticle, int articles) {

    /** The stages of the engine issue's layers: cleaning, tokens and sentences, NER, entities. */
    private static final List<String> CORE = List.of("clean", "tokenize", "ner", "entities");

    static StageProfile measure(Engine engine, List<Outcome<RawArticle>> raws) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> nanos = new LinkedHashMap<>();
        nanos.put("clean", 0L);
        for (Stage s : engine.pipeline().stages()) {
            nanos.put(s.name(), 0L);
        }
        int n = 0;
        for (Outcome<RawArticle> o : raws) {
            if (!(o instanceof Outcome.Ok<RawArticle> ok)) {
                continue;
            }
            RawArticle raw = ok.value();
            long t = mx.getCurrentThreadCpuTime();
            Outcome<org.crosscheck.engine.clean.CleanText> c = engine.cleaner().extract(raw);
            if (!(c instanceof Outcome.Ok<org.crosscheck.engine.clean.CleanText> clean)) {
                continue;
            }
            Document d = Cleaner.assemble(raw, clean.value());
            long t2 = mx.getCurrentThreadCpuTime();
            nanos.merge("clean", t2 - t, Long::sum);
            for (Stage s : engine.pipeline().stages()) {
                long before = mx.getCurrentThreadCpuTime();
                d = s.apply(d);
                nanos.merge(s.name(), mx.getCurrentThreadCpuTime() - before, Long::sum);
            }
            n++;
        }
        Map<String, Double> ms = new LinkedHashMap<>();
        int count = Math.max(1, n);
        nanos.forEach((k, v) -> ms.put(k, v / 1e6 / count));
        return new StageProfile(ms, n);
    }

    double coreMs() {
        return msPerArticle.entrySet().stream().filter(e -> CORE.contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
    }

    double allMs() {
        return msPerArticle.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    String table() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "  CPU per article, one thread, %d articles (thread CPU clock):%n", articles));
        msPerArticle.forEach((k, v) -> b.append(String.format(Locale.ROOT, "    %-10s %7.2f ms%n", k, v)));
        b.append(String.format(Locale.ROOT, "    %-10s %7.2f ms (clean, tokenize, ner, entities)%n", "core", coreMs()));
        b.append(String.format(Locale.ROOT, "    %-10s %7.2f ms", "all", allMs()));
        return b.toString();
    }

    /** RESULT keys: CPU per article, and the throughput that CPU allows on the given threads. */
    String resultKeys(int threads) {
        return String.format(Locale.ROOT, " core_cpu_ms=%.2f pipeline_cpu_ms=%.2f core_cpu_articles_per_s=%.1f pipeline_cpu_articles_per_s=%.1f",
                coreMs(), allMs(), threads * 1000 / coreMs(), threads * 1000 / allMs());
    }
}
