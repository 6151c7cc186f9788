package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Span;

/**
 * One statement an article makes or reports, before statements are grouped into claims.
 *
 * @param article       article id
 * @param order         position within the article (statements in text order)
 * @param span          the supporting words
 * @param sentence      the sentence holding them
 * @param text          the core clause
 * @param holder        holder id (global entity id, {@code outlet:NAME}, {@code speaker:LABEL})
 * @param holderName    readable holder name
 * @param person        whether the holder is a person or an organisation named in the text (not the outlet's voice)
 * @param voice         how it is reported
 * @param stance        assert, support or dispute (as the words say; the linker may turn a negated
 *                      assertion into a dispute)
 * @param negated       whether the clause is negated
 * @param cue           the attribution or stance words, or null
 * @param target        for a dispute or support: what it is aimed at, or null
 * @param credited      the outlet the statement is credited to ("according to the Daily"), or null
 * @param utterance     the utterance id from the quotes work, or null
 * @param onBehalfOf    the organisation a spokesperson speaks for, or null
 * @param contrast      whether a contrast marker ("however", "but") introduces it
 * @param confidence    attribution confidence
 * @param expanded      the clause with a leading pronoun or "these ..." replaced by what it refers to, for
 *                      comparing with other statements only ("they continue" -> "terrorist groups in X
 *                      continue"), or null
 */
record Statement(String article, int order, Span span, Span sentence, String text, String holder, String holderName,
                 boolean person, Voice voice, Stance stance, boolean negated, String cue, Clauses.Target target,
                 String credited, String utterance, String onBehalfOf, boolean contrast, double confidence,
                 String expanded) {

    Statement(String article, int order, Span span, Span sentence, String text, String holder, String holderName,
              boolean person, Voice voice, Stance stance, boolean negated, String cue, Clauses.Target target,
              String credited, String utterance, String onBehalfOf, boolean contrast, double confidence) {
        this(article, order, span, sentence, text, holder, holderName, person, voice, stance, negated, cue, target,
                credited, utterance, onBehalfOf, contrast, confidence, null);
    }

    Statement {
        // "person" means: held by someone the article names or describes, not the outlet's own voice
        person = holder != null && !holder.startsWith("outlet:") && !holder.equals("none");
    }

    Statement withStance(Stance s, Clauses.Target t) {
        return new Statement(article, order, span, sentence, text, holder, holderName, person, voice, s, negated, cue, t,
                credited, utterance, onBehalfOf, contrast, confidence, expanded);
    }

    Statement withHolder(String id, String name, String behalfOf) {
        return new Statement(article, order, span, sentence, text, id, name, person, voice, stance, negated, cue, target,
                credited, utterance, behalfOf, contrast, confidence, expanded);
    }

    Statement withExpanded(String e) {
        return new Statement(article, order, span, sentence, text, holder, holderName, person, voice, stance, negated, cue,
                target, credited, utterance, onBehalfOf, contrast, confidence, e);
    }

    /** The text to compare with other claims: the target of a dispute or support, else the clause. */
    String comparable() {
        return target != null && !target.generic() && !target.text().isBlank() ? target.text()
                : expanded != null ? expanded : text;
    }

    @Override
    public String toString() {
        return article + "#" + order + " " + holderName + " " + stance + (negated ? "(neg)" : "") + ": " + text
                + (target == null ? "" : " -> [" + target.text() + (target.generic() ? ", generic" : "") + "]");
    }
}
