package org.crosscheck.engine.quotes;

/** How the words reach the reader. */
public enum QuoteKind {
    /** Whole statement in quotation marks. */
    DIRECT,
    /** A few quoted words inside the reporter's sentence: called the concerns "completely baseless". */
    PARTIAL,
    /** Reported speech without quotation marks: "X said that ...". */
    REPORTED
}
