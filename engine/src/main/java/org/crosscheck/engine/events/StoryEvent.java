package org.crosscheck.engine.events;

import org.crosscheck.engine.doc.Span;

import java.util.List;

/**
 * One real-world event across the articles of a story: the article events merged, the date narrowed
 * with every article's evidence.
 *
 * @param id           stable id within the collection ("V1", ...)
 * @param story        id of the story ("S1"), or the article id when there are no stories
 * @param type         meeting, talks, summit, ...
 * @param name         the most telling name any article gives, or null
 * @param place        the most specific place the articles agree on, or null
 * @param date         the date, its candidates and the evidence of every article
 * @param participants global entity names (and descriptions), from all articles
 * @param sources      the article events merged here
 */
public record StoryEvent(String id, String story, String type, String name, Event.Place place, Event.EventDate date,
                         List<Event.Participant> participants, List<Source> sources) {

    public StoryEvent {
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
    }

    /** The articles this event was merged from. */
    public List<String> articles() {
        return sources.stream().map(Source::article).distinct().toList();
    }

    /**
     * An article's event merged into a story event.
     *
     * @param article  article id
     * @param event    index in the article's {@code events()}
     * @param evidence the sentences of that article
     */
    public record Source(String article, int event, List<Span> evidence) {
        public Source {
            evidence = List.copyOf(evidence);
        }
    }
}
