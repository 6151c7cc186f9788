package org.crosscheck.engine.doc;

/** A sentence: its characters, its tokens, and the paragraph (index into {@link Document#paragraphs()}) it sits in. */
public record Sentence(Span span, TokenSpan tokens, int paragraph) {
}
