package org.crosscheck.engine.claims;

import java.util.Locale;

/** How the words of a report reach the reader. */
public enum Voice {
    /** A whole statement in quotation marks. */
    DIRECT,
    /** A few quoted words in the reporter's sentence. */
    PARTIAL,
    /** Reported speech: "X said that ...", "X denied ...". */
    REPORTED,
    /** A headline that attributes with a colon: "Minister: talks will resume". */
    HEADLINE,
    /** The outlet's own voice: an unattributed factual sentence. */
    OWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
