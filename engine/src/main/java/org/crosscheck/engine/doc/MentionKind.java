package org.crosscheck.engine.doc;

/** How a mention refers to its entity. */
public enum MentionKind {
    /** A proper name: "Amir Khan Muttaqi", "CSTO". */
    NAME,
    /** A description that names a role or a group: "the Russian top diplomat", "the interim government". */
    DESCRIPTION,
    /** A pronoun: "he", "they". */
    PRONOUN
}
