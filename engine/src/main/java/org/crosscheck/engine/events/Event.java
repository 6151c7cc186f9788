package org.crosscheck.engine.events;

import org.crosscheck.engine.doc.Span;

import java.util.List;

/**
 * A real-world event an article reports: a meeting, talks, a summit, a visit, a press conference.
 *
 * @param type         meeting, talks, summit, visit, press_conference, ...
 * @param name         "sixth round of the Moscow Format talks", or null
 * @param place        where, as written ("Almaty, Kazakhstan"), or null
 * @param date         ISO date, or null when the evidence does not fix it
 * @param dateEvidence how the date was found, for the report
 * @param participants names of people, organisations and countries taking part
 * @param evidence     the sentences that say so
 */
public record Event(String type, String name, String place, String date, String dateEvidence,
                    List<String> participants, List<Span> evidence) {

    public Event {
        participants = participants == null ? List.of() : List.copyOf(participants);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
