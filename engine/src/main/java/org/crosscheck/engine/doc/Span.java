package org.crosscheck.engine.doc;

/**
 * A half-open range {@code [start, end)} of characters of {@link Document#text()}.
 * Character offsets are the truth of the document model: {@code text.substring(start, end)}
 * is always the thing a span names. Token positions use {@link TokenSpan}, a different type,
 * so the two can never be mixed.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The characters this span names; throws when the span lies outside {@code text}. */
    public String in(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException(this + " lies outside a text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
