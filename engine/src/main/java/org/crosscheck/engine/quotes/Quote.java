package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Span;

/**
 * An attributed statement in one article.
 *
 * <p>A partial quote inside reported speech ("called the concerns “completely baseless”") appears
 * twice, sharing its cue: once as the {@link QuoteKind#REPORTED} statement and once as the
 * {@link QuoteKind#PARTIAL} exact words. A direct quote split by its attribution ("“…,” he said.
 * “…”") gives two quotes with the same cue and speaker.
 *
 * @param content        the words attributed: inside the marks for direct and partial quotes (a
 *                       quote running over several paragraphs covers them all), the clause for
 *                       reported speech
 * @param cue            the attribution verb or phrase ("said", "according to", the colon of a
 *                       "Name: ..." headline), or null when nothing in the text attributes it
 * @param kind           direct, partial or reported
 * @param polarity       what the cue does: assert, deny, accuse, urge, ...
 * @param speakerMention the words the attribution names its speaker with (a name, "he", "the
 *                       Russian top diplomat", "a Kabul resident"), or null
 * @param speakerEntity  index into {@code Document.entities()}, or -1 when the speaker is not one
 * @param speakerLabel   a readable name for the speaker ("Sergey Lavrov", "a Kabul resident"), or null
 * @param confidence     0..1: how sure the attribution to this speaker is
 * @param via            how the speaker was found
 * @param cueLemma       the cue's entry in the cue lexicon ("say", "accuse", "according to"), or null
 */
public record Quote(Span content, Span cue, QuoteKind kind, CuePolarity polarity, Span speakerMention,
                    int speakerEntity, String speakerLabel, double confidence, Via via, String cueLemma) {

    /** How the speaker of a quote was found. */
    public enum Via {
        /** A name next to the cue. */
        NAME,
        /** A title or description linked to a person or group ("the Russian Foreign Minister"). */
        DESCRIPTION,
        /** A pronoun, resolved to the previous speaker or the last fitting person. */
        PRONOUN,
        /** A source without a name ("a Kabul resident", "officials"): a speaker, never the nearest name. */
        UNNAMED,
        /** No attribution of its own: continues the previous quote's speaker. */
        CONTINUATION,
        /** No speaker found. */
        NONE
    }

    public Quote {
        if (content == null || kind == null) {
            throw new IllegalArgumentException("a quote needs its content span and kind");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must lie in 0..1: " + confidence);
        }
        polarity = polarity == null ? CuePolarity.ASSERT : polarity;
        via = via == null ? (speakerMention == null && speakerEntity < 0 ? Via.NONE : Via.NAME) : via;
    }

    /** The first shape of this record, kept for callers written against it. */
    public Quote(Span content, Span cue, QuoteKind kind, CuePolarity polarity, Span speakerMention,
                 int speakerEntity, String speakerLabel, double confidence) {
        this(content, cue, kind, polarity, speakerMention, speakerEntity, speakerLabel, confidence, null, null);
    }

    /** Whether a speaker was found (named, described, or unnamed). */
    public boolean attributed() {
        return via != Via.NONE;
    }
}
