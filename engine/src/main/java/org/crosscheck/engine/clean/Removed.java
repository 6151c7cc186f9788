package org.crosscheck.engine.clean;

/** A unit of the input the cleaner left out, with the reason, so the decision can be audited. */
public record Removed(String text, int sourceStart, String reason) {
}
