package org.crosscheck.store;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.RawArticle;

import java.util.List;

/**
 * What the store needs from the engine: the per-article analysis of a batch of new articles, and
 * the cross-document layers over every stored article. {@link EngineAnalyser} is the real one;
 * {@link TextAnalyser} keeps only the clean text (bulk loads, benchmarks, crash tests).
 */
public interface Analyser {

    /** Analyses each article of the batch; the result has one outcome per input, in order. */
    List<Outcome<Document>> analyse(List<RawArticle> batch);

    /**
     * As {@link #analyse(List)}, with stored articles of the same outlets that may teach the
     * cleaner what the outlets repeat under every article (they are not analysed again).
     */
    default List<Outcome<Document>> analyse(List<RawArticle> batch, List<RawArticle> context) {
        return analyse(batch);
    }

    /** Whether {@link #analyse(List, List)} uses its context (the store reads none otherwise). */
    default boolean wantsContext() {
        return false;
    }

    /** The cross-document layers (entities, stories, utterances, claims, ...) over all documents. */
    Analysis crossDocument(List<Document> documents);

    /** A short name for messages ("engine", "text only"). */
    String name();

    /**
     * The collection JSON the store derives its layer rows from: the engine's
     * {@code crosscheck.collection/1} document of the analysis.
     */
    default com.fasterxml.jackson.databind.node.ObjectNode collectionJson(Analysis analysis) {
        return org.crosscheck.engine.output.JsonOutput.collection(analysis, null);
    }

    /**
     * An analyser made on first use: an ingest whose inputs are all stored already never loads
     * the language models.
     */
    static Analyser lazy(String name, java.util.function.Supplier<Analyser> make) {
        return new Analyser() {
            private Analyser made;

            private synchronized Analyser get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }

            @Override
            public List<Outcome<Document>> analyse(List<RawArticle> batch) {
                return get().analyse(batch);
            }

            @Override
            public List<Outcome<Document>> analyse(List<RawArticle> batch, List<RawArticle> context) {
                return get().analyse(batch, context);
            }

            @Override
            public boolean wantsContext() {
                return true;
            }

            @Override
            public Analysis crossDocument(List<Document> documents) {
                return get().crossDocument(documents);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public com.fasterxml.jackson.databind.node.ObjectNode collectionJson(Analysis analysis) {
                return get().collectionJson(analysis);
            }
        };
    }
}
