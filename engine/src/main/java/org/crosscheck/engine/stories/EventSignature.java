package org.crosscheck.engine.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * The part of a reported event that tells two events of one kind apart: its kind, when and where.
 *
 * @param type  meeting, talks, summit, earthquake, ... (lower case), or null
 * @param date  the day it happened, or null when the article does not fix it
 * @param place where, as words (lower case, "almaty", "kazakhstan"), empty when unknown
 * @param ordinal its number in a series ("the second round": 2), or null
 */
public record EventSignature(String type, LocalDate date, List<String> place, Integer ordinal) {

    public EventSignature {
        place = place == null ? List.of() : List.copyOf(place);
    }

    public EventSignature(String type, LocalDate date, List<String> place) {
        this(type, date, place, null);
    }

    /** Whether it says which event of its kind it is: a day or a number in a series. */
    public boolean marked() {
        return date != null || ordinal != null;
    }

    /** Two events can be one only if their kinds agree (an unknown kind agrees with any). */
    public boolean sameKind(EventSignature o) {
        return type == null || o.type == null || type.equals(o.type);
    }
}
