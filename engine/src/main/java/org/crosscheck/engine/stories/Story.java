package org.crosscheck.engine.stories;

import java.util.List;
import java.util.Map;

/**
 * Articles about one real-world event.
 *
 * @param id        stable id within the collection ("S1", ...; largest story first)
 * @param label     a readable name: the title of the earliest original article that has one, else the
 *                  event name most of the articles give, else the first article's opening words
 * @param articles  ids of member articles, in publication order (undated last), reprints included
 * @param reprints  groups of near-copies: each lists the original first, then its copies (a group
 *                  counts as one source)
 * @param reprintOf for each copy, the article it reprints
 * @param dates     ISO dates of the event the articles give (from the events layer), earliest first
 * @param places    names of the places the story's articles name most, most named first (at most five)
 */
public record Story(String id, String label, List<String> articles, List<List<String>> reprints,
                    Map<String, String> reprintOf, List<String> dates, List<String> places) {

    public Story {
        articles = List.copyOf(articles);
        reprints = reprints == null ? List.of() : reprints.stream().map(List::copyOf).toList();
        reprintOf = reprintOf == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reprintOf));
        dates = dates == null ? List.of() : List.copyOf(dates);
        places = places == null ? List.of() : List.copyOf(places);
    }

    /** A story with no reprint map, dates or places (what code written against the first shape of this record builds). */
    public Story(String id, String label, List<String> articles, List<List<String>> reprints) {
        this(id, label, articles, reprints, reprintMap(reprints), List.of(), List.of());
    }

    private static Map<String, String> reprintMap(List<List<String>> groups) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        if (groups != null) {
            for (List<String> g : groups) {
                for (int i = 1; i < g.size(); i++) {
                    m.put(g.get(i), g.get(0));
                }
            }
        }
        return m;
    }

    /** Articles that are not copies of another member: the story's independent sources. */
    public List<String> sources() {
        return articles.stream().filter(a -> !reprintOf.containsKey(a)).toList();
    }
}
