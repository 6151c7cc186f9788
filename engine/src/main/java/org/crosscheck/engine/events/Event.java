package org.crosscheck.engine.events;

import org.crosscheck.engine.doc.Span;

import java.util.List;

/**
 * A real-world event an article reports: a meeting, talks, a summit, a visit, a press conference.
 *
 * @param type         meeting, talks, summit, conference, visit, press_conference
 * @param name         "sixth round of the Moscow Format talks", or null when the article gives it no name
 * @param place        where it happened, or null
 * @param date         when, with candidates and evidence (value null when the evidence does not fix it)
 * @param participants people, organisations and countries taking part, and descriptions of unnamed ones
 * @param mentions     the phrases that refer to it ("the sixth round of ... talks", "the meeting")
 * @param evidence     the sentences that say so
 */
public record Event(String type, String name, Place place, EventDate date, List<Participant> participants,
                    List<Span> mentions, List<Span> evidence) {

    public Event {
        participants = participants == null ? List.of() : List.copyOf(participants);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        date = date == null ? EventDate.NONE : date;
    }

    /**
     * The event's number in a series when its name gives one ("second round of talks": 2, "the 6th
     * summit": 6), else null. Two events of one kind with different numbers are different events.
     */
    public Integer ordinal() {
        if (name == null) {
            return null;
        }
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            Integer o = EventMentions.ordinal(w);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** Names of the participants that are entities (not descriptions). */
    public List<String> participantNames() {
        return participants.stream().filter(p -> !p.kind().equals(Participant.DESCRIPTION)).map(Participant::name).toList();
    }

    /**
     * Where an event happened.
     *
     * @param name        readable: "Almaty, Kazakhstan", "Russia"
     * @param city        the city, or null
     * @param country     the country, or null
     * @param knowledgeId knowledge-base id of the most specific place, or null
     * @param span        the words that say it (null when inferred)
     * @param evidence    how it was found ("in Moscow", "host country's capital, named in the article")
     */
    public record Place(String name, String city, String country, String knowledgeId, Span span, String evidence) {
    }

    /**
     * When an event happened.
     *
     * @param value      ISO date (or coarser TimeML value), or null when the evidence does not fix it
     * @param candidates values still possible
     * @param evidence   the reasoning, readable
     * @param span       the time expression it comes from, or null
     * @param text       that expression as written, or null
     */
    public record EventDate(String value, List<String> candidates, List<String> evidence, Span span, String text) {

        public static final EventDate NONE = new EventDate(null, List.of(), List.of("no date in the sentences about it"), null, null);

        public EventDate {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /**
     * Someone or something taking part.
     *
     * @param name        canonical name (knowledge base) or the fullest name the article uses; for a
     *                    description, its words ("envoys from several regional countries")
     * @param kind        person, organization, country or description
     * @param entity      index of the local entity, or -1 for descriptions
     * @param knowledgeId knowledge-base id, or null
     * @param how         why it counts ("named in the list of participants", "affiliation of Amir Khan Muttaqi")
     */
    public record Participant(String name, String kind, int entity, String knowledgeId, String how) {
        public static final String PERSON = "person";
        public static final String ORGANIZATION = "organization";
        public static final String COUNTRY = "country";
        public static final String DESCRIPTION = "description";
    }
}
