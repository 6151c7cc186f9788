package org.crosscheck.engine.quotes;

/**
 * What an attribution cue does to the statement it introduces; the claims work reads it. Each cue
 * in {@code quotes/cues.tsv} names its class; "called the concerns baseless"-style cues become
 * {@link #DENY} when the words are a dismissal ({@code quotes/dismissals.txt}).
 */
public enum CuePolarity {
    /** The speaker states it: said, added, stressed, claimed, confirmed. */
    ASSERT,
    /** The speaker denies or disputes it: denied, rejected, dismissed as baseless. */
    DENY,
    /** The speaker blames someone: accused, blamed, criticised, condemned. */
    ACCUSE,
    /** The speaker asks for an action: urged, called on, demanded. */
    URGE,
    /** The speaker worries or warns: warned, feared, expressed concern. */
    CONCERN,
    /** The speaker asks: asked, wondered, questioned whether. */
    QUESTION,
    /** Attribution without a stance of its own: according to, quoted as saying. */
    NEUTRAL,
    /** The speaker praises or backs: praised, welcomed, commended. */
    SUPPORT
}
