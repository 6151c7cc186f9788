package org.crosscheck.engine.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What story clustering knows of one article: the only input of {@link StoryClusterer}. Built from an
 * analysed document by {@link FeatureExtractor}, or directly (benchmarks, tests), so the clusterer
 * never sees anything but these features.
 *
 * @param id        the article's id
 * @param published publication date, or null when unknown
 * @param terms     content words, numbers and normalised dates, with weights (term frequency, the
 *                  lead counting more); keys are opaque strings
 * @param entities  global entity ids (people, organisations, places, other names), with weights
 *                  (mention counts)
 * @param places    global ids of the places the article names (a subset of {@code entities}' keys)
 * @param events    the events the article reports (from the events layer, when the engine has one)
 */
public record ArticleFeatures(String id, LocalDate published, Map<String, Double> terms,
                              Map<String, Double> entities, List<String> places, List<EventSignature> events) {

    public ArticleFeatures {
        if (id == null) {
            throw new IllegalArgumentException("article features need an id");
        }
        // sorted: the clusterer meets features in this order, and the result must not depend on hashing
        terms = terms == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(terms));
        entities = entities == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(entities));
        places = places == null ? List.of() : List.copyOf(places);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The events the article reports that carry a date. */
    public boolean hasEventDate() {
        return events.stream().anyMatch(e -> e.date() != null);
    }
}
