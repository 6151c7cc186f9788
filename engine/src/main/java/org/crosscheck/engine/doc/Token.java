package org.crosscheck.engine.doc;

/**
 * One token. {@code word} is exactly {@code span.in(document.text())}; {@code norm} is the form
 * models see (quotes and dashes unified, for instance), never used for offsets.
 */
public record Token(Span span, String word, String norm) {

    public Token {
        if (word == null || word.length() != span.length()) {
            throw new IllegalArgumentException("token word does not match its span " + span + ": " + word);
        }
        if (norm == null) {
            norm = word;
        }
    }

    public Token(Span span, String word) {
        this(span, word, word);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
