package org.crosscheck.engine.doc;

/** A half-open range {@code [first, end)} of token indices in {@link Document#tokens()}. */
public record TokenSpan(int first, int end) {

    public TokenSpan {
        if (first < 0 || end < first) {
            throw new IllegalArgumentException("invalid token span [" + first + ", " + end + ")");
        }
    }

    public int size() {
        return end - first;
    }

    public boolean contains(int tokenIndex) {
        return first <= tokenIndex && tokenIndex < end;
    }
}
