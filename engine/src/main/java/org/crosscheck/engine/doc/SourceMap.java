package org.crosscheck.engine.doc;

import java.util.List;

/**
 * Maps offsets of the clean text back to offsets of the decoded input it came from. The clean
 * text is a sequence of copied pieces of the input joined by separators the cleaner wrote; each
 * {@link Piece} says where one copied piece starts in both. Offsets in separators map to the end
 * of the preceding piece.
 */
public record SourceMap(List<Piece> pieces) {

    /** {@code length} characters at {@code cleanStart} were copied from {@code sourceStart}. */
    public record Piece(int cleanStart, int sourceStart, int length) {
    }

    public static final SourceMap IDENTITY_EMPTY = new SourceMap(List.of());

    public SourceMap {
        pieces = List.copyOf(pieces);
    }

    /** The input offset of clean-text offset {@code cleanOffset}, or -1 when nothing maps. */
    public int toSource(int cleanOffset) {
        int lo = 0;
        int hi = pieces.size() - 1;
        Piece best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Piece p = pieces.get(mid);
            if (p.cleanStart <= cleanOffset) {
                best = p;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best == null) {
            return -1;
        }
        int delta = Math.min(cleanOffset - best.cleanStart, best.length);
        return best.sourceStart + delta;
    }

    /** The input range a clean-text span was copied from (start of its first to end of its last character). */
    public Span toSource(Span clean) {
        int s = toSource(clean.start());
        int e = clean.isEmpty() ? s : toSource(clean.end() - 1) + 1;
        if (s < 0 || e < s) {
            return null;
        }
        return new Span(s, e);
    }
}
