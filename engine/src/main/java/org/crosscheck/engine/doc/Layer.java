package org.crosscheck.engine.doc;

/** The layers a {@link Document} can carry; stages declare which they need and which they add. */
public enum Layer {
    /** Clean text, title and paragraphs: every document has it. */
    TEXT,
    TOKENS,
    SENTENCES,
    /** Named-entity mentions (names). */
    MENTIONS,
    /** Within-article entities: names, descriptions and roles grouped. */
    ENTITIES,
    QUOTES,
    TIMES,
    EVENTS
}
