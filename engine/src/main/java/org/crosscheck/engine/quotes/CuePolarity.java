package org.crosscheck.engine.quotes;

/** What an attribution cue does to the statement it introduces; the claims work reads it. */
public enum CuePolarity {
    ASSERT,
    DENY,
    ACCUSE,
    URGE,
    CONCERN,
    QUESTION,
    NEUTRAL
}
