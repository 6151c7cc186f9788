package org.crosscheck.engine.analysis;

import org.crosscheck.engine.claims.ClaimService;
import org.crosscheck.engine.clean.Cleaner;
import org.crosscheck.engine.entities.EntityResolver;
import org.crosscheck.engine.entities.EntityStage;
import org.crosscheck.engine.entities.KnowledgeBase;
import org.crosscheck.engine.ingest.Ingestor;
import org.crosscheck.engine.nlp.NerStage;
import org.crosscheck.engine.nlp.TokenizeStage;
import org.crosscheck.engine.nlp.corenlp.CoreNlpNer;
import org.crosscheck.engine.nlp.corenlp.CoreNlpSegmenter;
import org.crosscheck.engine.nlp.corenlp.CoreNlpNameGender;
import org.crosscheck.engine.pipeline.Pipeline;
import org.crosscheck.engine.stories.StoryConfig;
import org.crosscheck.engine.stories.StoryService;
import org.crosscheck.engine.quotes.CachingEmbedder;
import org.crosscheck.engine.quotes.CueLexicon;
import org.crosscheck.engine.quotes.QuoteStage;
import org.crosscheck.engine.quotes.UtteranceMatcher;
import org.crosscheck.engine.quotes.embed.MiniLmEmbedder;
import org.crosscheck.engine.events.EventStage;
import org.crosscheck.engine.time.TimeStage;

/**
 * Everything loaded once: readers, cleaner, the per-article pipeline and the cross-document
 * services. Building an engine loads the models; it is then shared by all threads and runs.
 */
public final class Engine {

    private final EngineConfig config;
    private final Ingestor ingestor;
    private final Cleaner cleaner;
    private final Pipeline pipeline;
    private final KnowledgeBase knowledge;
    private final EntityResolver resolver;
    private final StoryService stories = new StoryService(StoryConfig.DEFAULT);
    private final ClaimService claims = ClaimService.standard();
    private final UtteranceMatcher utterances;
    private final double loadSeconds;

    private Engine(EngineConfig config, Ingestor ingestor, Cleaner cleaner, Pipeline pipeline, KnowledgeBase knowledge,
                   double loadSeconds) {
        this.config = config;
        this.ingestor = ingestor;
        this.cleaner = cleaner;
        this.pipeline = pipeline;
        this.knowledge = knowledge;
        this.resolver = new EntityResolver(knowledge);
        // the embedding model loads on first use, and only candidate pairs' sentences are embedded
        this.utterances = new UtteranceMatcher(new CachingEmbedder(new MiniLmEmbedder(), 50_000));
        this.loadSeconds = loadSeconds;
    }

    public static Engine load(EngineConfig config) {
        long t0 = System.nanoTime();
        KnowledgeBase kb = config.aliasFiles().isEmpty() ? KnowledgeBase.standard() : KnowledgeBase.load(config.aliasFiles());
        Pipeline pipeline = Pipeline.of(
                new TokenizeStage(new CoreNlpSegmenter()),
                new NerStage(new CoreNlpNer(config.nerModel())),
                new EntityStage(kb),
                new QuoteStage(CueLexicon.standard(), CoreNlpNameGender.standard(), kb.titles()::isHead),
                TimeStage.standard(kb),
                new EventStage(kb));
        double load = (System.nanoTime() - t0) / 1e9;
        return new Engine(config, Ingestor.standard(config.ingest()), Cleaner.standard(), pipeline, kb, load);
    }

    public EngineConfig config() {
        return config;
    }

    public Ingestor ingestor() {
        return ingestor;
    }

    public Cleaner cleaner() {
        return cleaner;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** The pipeline's time stage (its reference-time estimation serves the cross-document event step), or null. */
    public TimeStage time() {
        for (org.crosscheck.engine.pipeline.Stage s : pipeline.stages()) {
            if (s instanceof TimeStage t) {
                return t;
            }
        }
        return null;
    }

    public EntityResolver entityResolver() {
        return resolver;
    }

    /** Claims across the collection (loads the sentence-embedding model on first use). */
    public ClaimService claimService() {
        return claims;
    }

    /** The cross-document service that finds one utterance in several articles. */
    public UtteranceMatcher utteranceMatcher() {
        return utterances;
    }

    /** The cross-document service that groups articles into stories. */
    public StoryService storyService() {
        return stories;
    }

    public double loadSeconds() {
        return loadSeconds;
    }
}
