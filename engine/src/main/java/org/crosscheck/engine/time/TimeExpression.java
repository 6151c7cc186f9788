package org.crosscheck.engine.time;

import org.crosscheck.engine.doc.Span;

import java.util.List;

/**
 * A date or time expression and its normalised value.
 *
 * @param span       the characters of the expression
 * @param type       DATE, TIME, DURATION or SET (TimeML classes)
 * @param value      ISO-8601 / TimeML value ("2024-10-04", "2024-W23", "P3Y"), or null when the
 *                   evidence does not fix it
 * @param candidates values still possible when {@code value} is null or was chosen among several
 * @param anchor     what the value was resolved against ("publication date 2024-10-05", "weekday", ...)
 * @param evidence   why this value: readable, for the report
 */
public record TimeExpression(Span span, String type, String value, List<String> candidates, String anchor,
                             String evidence) {

    public TimeExpression {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
