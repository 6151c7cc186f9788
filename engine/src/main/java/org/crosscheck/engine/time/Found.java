package org.crosscheck.engine.time;

import org.crosscheck.engine.doc.Span;

import java.util.List;

/**
 * A time expression the grammar found, before anchoring.
 *
 * @param span    its characters
 * @param type    DATE, TIME, DURATION or SET
 * @param meaning what it means relative to an anchor
 * @param mod     TimeML modifier (START, END, APPROX, MORE_THAN, ...), or null
 * @param rule    the grammar rule that found it (for debugging and the evidence)
 * @param notes   remarks found while parsing (a weekday that contradicts the date, ...)
 */
record Found(Span span, String type, Meaning meaning, String mod, String rule, List<String> notes) {

    Found {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    Found withSpan(Span s) {
        return new Found(s, type, meaning, mod, rule, notes);
    }
}
