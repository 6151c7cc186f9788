package org.crosscheck.engine.nlp;

import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;

import java.util.List;

/**
 * Splits one paragraph (or title) of a document into tokens and sentences. A paragraph never
 * shares a sentence with another, so a headline cannot merge with the first sentence.
 */
public interface Segmenter {

    /** Tokens of {@code text[region)}, with offsets in {@code text}, grouped by sentence. */
    List<List<Token>> segment(String text, Span region);
}
