package org.crosscheck.engine.clean;

import org.crosscheck.engine.doc.SourceMap.Piece;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph-sized unit of text as a cleaner found it: its text and where each piece of it was
 * copied from in the decoded input. Pieces use block-local clean offsets; characters not covered
 * by a piece (a space joining two wrapped lines, say) were written by the cleaner.
 */
public record TextBlock(String text, List<Piece> pieces, int sourceStart, int sourceEnd) {

    public TextBlock {
        pieces = List.copyOf(pieces);
    }

    /** A block copied verbatim from {@code source[start, end)}. */
    public static TextBlock copy(String source, int start, int end) {
        return new TextBlock(source.substring(start, end), List.of(new Piece(0, start, end - start)), start, end);
    }

    /** Builds a block from copied ranges and written separators. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Piece> pieces = new ArrayList<>();
        private int sourceStart = -1;
        private int sourceEnd = -1;

        public Builder copy(String source, int start, int end) {
            if (end <= start) {
                return this;
            }
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.cleanStart() + last.length() == text.length()
                    && last.sourceStart() + last.length() == start) {
                pieces.set(pieces.size() - 1, new Piece(last.cleanStart(), last.sourceStart(), last.length() + end - start));
            } else {
                pieces.add(new Piece(text.length(), start, end - start));
            }
            text.append(source, start, end);
            if (sourceStart < 0) {
                sourceStart = start;
            }
            sourceEnd = Math.max(sourceEnd, end);
            return this;
        }

        /** Text the cleaner writes itself (a joining space, a decoded entity). */
        public Builder write(CharSequence s) {
            text.append(s);
            return this;
        }

        /** Text decoded from {@code source[start, end)} (an HTML entity, say): mapped to its start. */
        public Builder decoded(CharSequence s, int sourceStartOfIt, int sourceEndOfIt) {
            if (s.isEmpty()) {
                return this;
            }
            pieces.add(new Piece(text.length(), sourceStartOfIt, 0));
            text.append(s);
            if (sourceStart < 0) {
                sourceStart = sourceStartOfIt;
            }
            sourceEnd = Math.max(sourceEnd, sourceEndOfIt);
            return this;
        }

        public int length() {
            return text.length();
        }

        public boolean isBlank() {
            return text.toString().isBlank();
        }

        public TextBlock build() {
            return trimmed(new TextBlock(text.toString(), pieces, Math.max(0, sourceStart), Math.max(0, sourceEnd)));
        }
    }

    /** The block without leading and trailing whitespace, pieces adjusted. */
    static TextBlock trimmed(TextBlock b) {
        String t = b.text;
        int s = 0;
        int e = t.length();
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (s == 0 && e == t.length()) {
            return b;
        }
        List<Piece> out = new ArrayList<>();
        for (Piece p : b.pieces) {
            int ps = Math.max(p.cleanStart(), s);
            int pe = Math.min(p.cleanStart() + p.length(), e);
            if (p.length() == 0 && p.cleanStart() >= s && p.cleanStart() < e) {
                out.add(new Piece(p.cleanStart() - s, p.sourceStart(), 0));
            } else if (pe > ps) {
                out.add(new Piece(ps - s, p.sourceStart() + (ps - p.cleanStart()), pe - ps));
            }
        }
        return new TextBlock(t.substring(s, e), out, b.sourceStart, b.sourceEnd);
    }
}
