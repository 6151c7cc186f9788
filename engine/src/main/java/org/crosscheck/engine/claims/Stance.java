package org.crosscheck.engine.claims;

import java.util.Locale;

/** What a report does with its claim. */
public enum Stance {
    /** The holder states the claim (in any wording). */
    ASSERT,
    /** The holder explicitly backs someone else's statement of the claim ("backed Halvard's account"). */
    SUPPORT,
    /** The holder denies it, rejects it or calls it baseless. */
    DISPUTE,
    /** The article mentions the claim without anyone in it taking a side (often as what a denial targets). */
    REPORT;

    /** Asserting or backing: the holder stands behind the claim. */
    public boolean backs() {
        return this == ASSERT || this == SUPPORT;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
