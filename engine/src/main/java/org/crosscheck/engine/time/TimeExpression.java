package org.crosscheck.engine.time;

import org.crosscheck.engine.doc.Span;

import java.util.List;

/**
 * A date or time expression and its normalised value.
 *
 * @param span       the characters of the expression
 * @param type       DATE, TIME, DURATION or SET (TimeML classes)
 * @param value      ISO-8601 / TimeML value ("2024-10-04", "2024-W23", "P3Y", "PRESENT_REF"), or null when
 *                   the evidence does not fix it
 * @param candidates values still possible when {@code value} is null (or the alternatives it was chosen among)
 * @param anchor     what the value was resolved against ("publication date 2024-10-05", "the text", ...)
 * @param evidence   why this value, readable, for the report
 * @param mod        TimeML modifier (START, END, APPROX, MORE_THAN, ...), or null
 * @param conflict   a contradiction in the text itself ("4 October 2023 is a Wednesday, not a Friday"), or null
 */
public record TimeExpression(Span span, String type, String value, List<String> candidates, String anchor,
                             List<String> evidence, String mod, String conflict) {

    public static final String DATE = "DATE";
    public static final String TIME = "TIME";
    public static final String DURATION = "DURATION";
    public static final String SET = "SET";

    public TimeExpression {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** True when this expression names a point or stretch of the calendar (DATE or TIME). */
    public boolean isPoint() {
        return DATE.equals(type) || TIME.equals(type);
    }

    /** The calendar day the value names, or null ("2024-10-04", "2024-10-04TMO" give a day; "2024-10" does not). */
    public java.time.LocalDate day() {
        return TimeValues.dayOf(value);
    }
}
