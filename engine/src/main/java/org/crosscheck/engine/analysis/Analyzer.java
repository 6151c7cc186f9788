package org.crosscheck.engine.analysis;

import org.crosscheck.engine.claims.Claim;
import org.crosscheck.engine.clean.BoilerplateProfile;
import org.crosscheck.engine.clean.CleanText;
import org.crosscheck.engine.clean.Cleaner;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.events.EventMerger;
import org.crosscheck.engine.events.StoryEvent;
import org.crosscheck.engine.stories.Story;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.engine.quotes.Utterance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a collection through the engine: read, clean (with the collection's boilerplate profile),
 * the per-article pipeline on all cores, then the cross-document services. One bad article never
 * stops the batch: it ends in {@link Analysis#rejected()} with its reason.
 */
public final class Analyzer {

    private final Engine engine;

    public Analyzer(Engine engine) {
        this.engine = engine;
    }

    public Analysis analyze(List<Path> inputs) {
        return analyzeRaw(engine.ingestor().read(inputs));
    }

    /** Analyses already-read articles (rejections among them are carried through). */
    public Analysis analyzeRaw(List<Outcome<RawArticle>> read) {
        return analyzeRaw(read, List.of());
    }

    /**
     * As {@link #analyzeRaw(List)}, with articles analysed before (the store's, same outlets) that
     * only teach the boilerplate profile: an article ingested on its own still loses the lines its
     * outlet prints under every article. The context articles are cleaned, not analysed.
     */
    public Analysis analyzeRaw(List<Outcome<RawArticle>> read, List<RawArticle> profileContext) {
        long t0 = System.nanoTime();
        int threads = engine.config().effectiveThreads();
        List<Rejection> rejected = new ArrayList<>();
        List<RawArticle> raws = new ArrayList<>();
        for (Outcome<RawArticle> o : read) {
            switch (o) {
                case Outcome.Ok<RawArticle> ok -> raws.add(ok.value());
                case Outcome.Rejected<RawArticle> r -> rejected.add(r.rejection());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "crosscheck-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Outcome<CleanText>> cleaned = parallel(pool, raws, raw -> safely(raw, () -> engine.cleaner().extract(raw)));
            List<BoilerplateProfile.Sample> samples = new ArrayList<>();
            for (int i = 0; i < raws.size(); i++) {
                if (cleaned.get(i) instanceof Outcome.Ok<CleanText> ok) {
                    samples.add(new BoilerplateProfile.Sample(raws.get(i).id(), Cleaner.outletKey(raws.get(i), ok.value()), ok.value()));
                }
            }
            List<Outcome<CleanText>> context = parallel(pool, profileContext, raw -> safely(raw, () -> engine.cleaner().extract(raw)));
            for (int i = 0; i < profileContext.size(); i++) {
                if (context.get(i) instanceof Outcome.Ok<CleanText> ok) {
                    RawArticle raw = profileContext.get(i);
                    samples.add(new BoilerplateProfile.Sample(raw.id(), Cleaner.outletKey(raw, ok.value()), ok.value()));
                }
            }
            BoilerplateProfile profile = BoilerplateProfile.learn(samples);
            List<Integer> order = new ArrayList<>();
            List<Document> toAnalyse = new ArrayList<>();
            for (int i = 0; i < raws.size(); i++) {
                RawArticle raw = raws.get(i);
                switch (cleaned.get(i)) {
                    case Outcome.Rejected<CleanText> r -> rejected.add(r.rejection());
                    case Outcome.Ok<CleanText> ok -> {
                        CleanText c = profile.apply(Cleaner.outletKey(raw, ok.value()), ok.value());
                        if (c.paragraphs().isEmpty()) {
                            rejected.add(new Rejection(raw.origin(), Rejection.Reason.NO_TEXT,
                                    "only lines repeated across the collection"));
                        } else {
                            toAnalyse.add(Cleaner.assemble(raw, c));
                            order.add(i);
                        }
                    }
                }
            }
            long tClean = System.nanoTime();
            List<Outcome<Document>> analysed = parallel(pool, toAnalyse,
                    d -> safely(d, () -> Outcome.ok(engine.pipeline().run(d))));
            long tPipeline = System.nanoTime();
            List<Document> docs = new ArrayList<>();
            for (Outcome<Document> o : analysed) {
                switch (o) {
                    case Outcome.Ok<Document> ok -> docs.add(ok.value());
                    case Outcome.Rejected<Document> r -> rejected.add(r.rejection());
                }
            }
            Analysis cross = crossDocument(docs, rejected);
            long tokens = docs.stream().mapToLong(d -> d.tokens().size()).sum();
            long end = System.nanoTime();
            double secs = (end - t0) / 1e9;
            java.util.Map<String, Double> phases = new java.util.LinkedHashMap<>();
            phases.put("read_and_clean", (tClean - t0) / 1e9);
            phases.put("pipeline", (tPipeline - tClean) / 1e9);
            phases.putAll(cross.stats().phaseSeconds());
            Analysis.Stats stats = new Analysis.Stats(read.size(), docs.size(), rejected.size(), tokens, secs,
                    engine.loadSeconds(), threads, phases);
            return cross.withStats(stats);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Article id to story id, for the utterance matcher (empty until stories are clustered). */
    private static Map<String, String> storyOfArticle(List<Story> stories) {
        Map<String, String> m = new HashMap<>();
        for (Story s : stories) {
            for (String a : s.articles()) {
                m.put(a, s.id());
            }
        }
        return m;
    }

    /**
     * The cross-document services alone, over documents the per-article pipeline has already
     * analysed (perhaps in earlier runs: the store calls this after each ingest). Every
     * cross-document layer is computed here, so {@link #analyzeRaw} and the store agree.
     */
    /** Records the seconds since {@code start} under {@code name}; returns now. */
    private static long lap(java.util.Map<String, Double> phases, String name, long start) {
        long now = System.nanoTime();
        phases.put(name, (now - start) / 1e9);
        return now;
    }

    public Analysis crossDocument(List<Document> docs, List<Rejection> rejected) {
        java.util.Map<String, Double> phases = new java.util.LinkedHashMap<>();
        long t = System.nanoTime();
        EntityIndex entities = engine.entityResolver().resolve(docs);
        t = lap(phases, "entities", t);
        List<Story> stories = engine.storyService().stories(docs, entities);
        t = lap(phases, "stories", t);
        List<Utterance> utterances = engine.utteranceMatcher().match(docs, entities, storyOfArticle(stories));
        t = lap(phases, "utterances", t);
        List<Claim> claims = engine.claimService().build(docs, entities, stories, utterances);
        t = lap(phases, "claims", t);
        // one event per real-world event of each story (each article alone while there are no stories)
        List<StoryEvent> events = new EventMerger(engine.time() == null ? d -> null : engine.time()::referenceTime)
                .merge(docs, stories, entities);
        lap(phases, "events", t);
        long tokens = docs.stream().mapToLong(d -> d.tokens().size()).sum();
        Analysis.Stats stats = new Analysis.Stats(docs.size() + rejected.size(), docs.size(), rejected.size(), tokens,
                0, engine.loadSeconds(), engine.config().effectiveThreads(), phases);
        return new Analysis(docs, rejected, entities, stories, utterances, claims, stats, events);
    }

    private static <T> Outcome<T> safely(Object input, java.util.concurrent.Callable<Outcome<T>> work) {
        try {
            return work.call();
        } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
            org.crosscheck.engine.doc.Origin origin = switch (input) {
                case RawArticle r -> r.origin();
                case Document d -> d.origin();
                default -> org.crosscheck.engine.doc.Origin.of(String.valueOf(input));
            };
            return Outcome.rejected(origin, Rejection.Reason.FAILED, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static <A, B> List<B> parallel(ExecutorService pool, List<A> items, Function<A, B> f) {
        List<Future<B>> futures = new ArrayList<>(items.size());
        for (A a : items) {
            futures.add(pool.submit(() -> f.apply(a)));
        }
        List<B> out = new ArrayList<>(items.size());
        for (Future<B> fu : futures) {
            try {
                out.add(fu.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return out;
    }
}
