package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Span;

/**
 * An attributed statement in one article.
 *
 * @param content        the words attributed (inside the marks for direct and partial quotes)
 * @param cue            the attribution verb or phrase ("said", "according to"), or null
 * @param kind           direct, partial or reported
 * @param polarity       what the cue does: assert, deny, accuse, urge, ...
 * @param speakerMention the mention of the speaker the attribution resolves through
 *                       (a name, "he", "the Russian top diplomat"), or null
 * @param speakerEntity  index into {@code Document.entities()}, or -1 when the speaker is not a known entity
 * @param speakerLabel   a readable name for the speaker ("Sergey Lavrov", "a Kabul resident"), or null
 * @param confidence     0..1: how sure the attribution is
 */
public record Quote(Span content, Span cue, QuoteKind kind, CuePolarity polarity, Span speakerMention,
                    int speakerEntity, String speakerLabel, double confidence) {
}
