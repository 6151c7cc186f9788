package org.crosscheck.engine.analysis;

import org.crosscheck.engine.claims.Claim;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.events.StoryEvent;
import org.crosscheck.engine.quotes.Utterance;
import org.crosscheck.engine.stories.Story;

import java.util.List;

/**
 * What crosscheck makes of a collection: the analysed articles, the inputs it refused (with
 * reasons), and the cross-document layers.
 *
 * @param documents  analysed articles, in input order
 * @param rejected   inputs not analysed, each with its reason
 * @param entities   entities across articles
 * @param stories    articles grouped by real-world event
 * @param utterances one statement reported by several articles
 * @param claims     propositions, who holds and who disputes them, how many outlets carry them
 * @param stats      timings and counts
 * @param events     real-world events per story (per article before stories exist), dates narrowed across articles
 */
public record Analysis(List<Document> documents, List<Rejection> rejected, EntityIndex entities,
                       List<Story> stories, List<Utterance> utterances, List<Claim> claims, Stats stats,
                       List<StoryEvent> events) {

    /** Counts and timings of a run. */
    public record Stats(int inputs, int analysed, int rejected, long tokens, double seconds, double loadSeconds,
                        int threads, java.util.Map<String, Double> phaseSeconds) {

        public Stats(int inputs, int analysed, int rejected, long tokens, double seconds, double loadSeconds, int threads) {
            this(inputs, analysed, rejected, tokens, seconds, loadSeconds, threads, java.util.Map.of());
        }

        public Stats {
            phaseSeconds = phaseSeconds == null ? java.util.Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseSeconds));
        }

        public Stats withPhases(java.util.Map<String, Double> phases) {
            return new Stats(inputs, analysed, rejected, tokens, seconds, loadSeconds, threads, phases);
        }
    }

    public Analysis {
        documents = List.copyOf(documents);
        rejected = List.copyOf(rejected);
        stories = List.copyOf(stories);
        utterances = List.copyOf(utterances);
        claims = List.copyOf(claims);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** Without cross-document events. */
    public Analysis(List<Document> documents, List<Rejection> rejected, EntityIndex entities, List<Story> stories,
                    List<Utterance> utterances, List<Claim> claims, Stats stats) {
        this(documents, rejected, entities, stories, utterances, claims, stats, List.of());
    }

    /** The same analysis with other counts and timings. */
    public Analysis withStats(Stats newStats) {
        return new Analysis(documents, rejected, entities, stories, utterances, claims, newStats, events);
    }

    public Document document(String id) {
        for (Document d : documents) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        return null;
    }
}
