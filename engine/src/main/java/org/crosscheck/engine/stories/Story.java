package org.crosscheck.engine.stories;

import java.util.List;

/**
 * Articles about one real-world event.
 *
 * @param id         stable id within the collection ("S1", ...)
 * @param label      a readable name (the event's name, or the most telling title)
 * @param articles   ids of member articles, in publication order when known
 * @param reprints   groups of member ids that are near-copies of one another (each counts as one source)
 */
public record Story(String id, String label, List<String> articles, List<List<String>> reprints) {

    public Story {
        articles = List.copyOf(articles);
        reprints = reprints == null ? List.of() : reprints.stream().map(List::copyOf).toList();
    }
}
