package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks: “ ” " ' ‘ ’ « » „ “ ‚ ‘ ‹ ›, in English, German, French and Swedish use.
 * <ul>
 *   <li>an apostrophe (a letter on both sides: "don’t", "Russia’s") is never a mark; a single opening
 *       mark that is never closed was an apostrophe ("’90s") and is dropped;</li>
 *   <li>a quote inside a quote is kept with its depth, so the inner one is not attributed again;</li>
 *   <li>a paragraph that opens a quote and does not close it continues into the next paragraph when
 *       that one opens with a mark (the newspaper convention for quotes over several paragraphs);
 *       otherwise the quote ends with its paragraph and is marked unclosed.</li>
 * </ul>
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    /**
     * A quoted stretch: marks at {@code open} and {@code close} (for an unclosed quote, {@code close}
     * is the end of its last paragraph), the opening marks of continuation paragraphs, and the depth
     * (0 for a quote not inside another).
     */
    record Quoted(int open, int contentStart, int close, int closeEnd, int depth, boolean closed,
                  List<Integer> reopenings) {

        Span content() {
            return new Span(contentStart, Math.max(contentStart, close));
        }

        /** The content with its marks. */
        Span outer() {
            return new Span(open, closeEnd);
        }
    }

    private enum Family { DOUBLE, SINGLE }

    private static final class Frame {
        final int pos;
        final int width;
        final char mark;
        final Family family;
        final int depth;
        final List<Integer> reopenings = new ArrayList<>(0);

        Frame(int pos, int width, char mark, Family family, int depth) {
            this.pos = pos;
            this.width = width;
            this.mark = mark;
            this.family = family;
            this.depth = depth;
        }
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB' || c == '\u2033';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B' || c == '\u2039'
                || c == '\u203A';
    }

    static boolean isMark(char c) {
        return isDouble(c) || isSingle(c);
    }

    /** Pairs the marks of the regions (title and paragraphs, in text order). */
    static List<Quoted> scan(String text, List<Span> regions) {
        List<Quoted> out = new ArrayList<>();
        List<Frame> stack = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            Span region = regions.get(r);
            int from = region.start();
            // a continuation paragraph: its first mark re-opens the quote left open
            if (!stack.isEmpty()) {
                int first = firstNonSpace(text, region);
                stack.get(stack.size() - 1).reopenings.add(first);
                from = first + 1;
            }
            for (int i = from; i < region.end(); i++) {
                char c = text.charAt(i);
                int width = 1;
                if ((c == '\'' || c == '`') && i + 1 < region.end() && text.charAt(i + 1) == c) {
                    width = 2; // '' and `` stand for double marks in some newsroom text
                } else if (!isMark(c)) {
                    continue;
                }
                char prev = i > region.start() ? text.charAt(i - 1) : ' ';
                char next = i + width < region.end() ? text.charAt(i + width) : ' ';
                boolean spaceBefore = opensContext(prev);
                boolean spaceAfter = closesContext(next);
                if (width == 2) {
                    onDouble(c == '`' ? '\u201C' : '"', i, width, spaceBefore, spaceAfter, stack, out);
                    i++;
                } else if (isDouble(c)) {
                    onDouble(c, i, 1, spaceBefore, spaceAfter, stack, out);
                } else {
                    onSingle(c, i, prev, next, spaceBefore, spaceAfter, stack, out);
                }
            }
            // end of the region: apostrophes left open are dropped; a double quote left open either
            // continues in the next region (which opens with a mark) or ends here
            while (!stack.isEmpty() && stack.get(stack.size() - 1).family == Family.SINGLE) {
                stack.remove(stack.size() - 1);
            }
            if (!stack.isEmpty()) {
                boolean continues = r + 1 < regions.size() && opensWithMark(text, regions.get(r + 1))
                        && stack.size() == 1;
                if (!continues) {
                    while (!stack.isEmpty()) {
                        Frame f = stack.remove(stack.size() - 1);
                        if (f.family == Family.DOUBLE) {
                            int e = trimEnd(text, f.pos + f.width, region.end());
                            out.add(new Quoted(f.pos, f.pos + f.width, e, e, f.depth, false,
                                    List.copyOf(f.reopenings)));
                        }
                    }
                }
            }
        }
        out.sort((a, b) -> a.open() != b.open() ? Integer.compare(a.open(), b.open()) : Integer.compare(a.depth(), b.depth()));
        return out;
    }

    private static void onDouble(char c, int i, int width, boolean spaceBefore, boolean spaceAfter, List<Frame> stack,
                                 List<Quoted> out) {
        int top = topDouble(stack);
        boolean canClose;
        boolean canOpen;
        switch (c) {
            case '\u201E', '\u201F' -> { // „ opens (German, Polish, ...)
                canOpen = true;
                canClose = false;
            }
            case '\u201C' -> { // “ opens in English, closes after „ in German
                canOpen = !(spaceAfter && !spaceBefore);
                canClose = top >= 0 && (stack.get(top).mark == '\u201E' || spaceAfter && !spaceBefore);
            }
            case '\u201D', '\u2033' -> { // ” closes; opens in Swedish or when misused before a word
                canClose = top >= 0;
                canOpen = top < 0 && spaceBefore && !spaceAfter;
            }
            case '\u00AB' -> { // « opens in French; closes a German »…«
                canClose = top >= 0 && stack.get(top).mark == '\u00BB';
                canOpen = !canClose;
            }
            case '\u00BB' -> {
                canClose = top >= 0 && stack.get(top).mark == '\u00AB';
                canOpen = !canClose && !spaceAfter;
            }
            default -> { // straight ": closes an open straight quote; inside curly marks, opens a nested one
                if (top >= 0) {
                    canClose = stack.get(top).mark == '"' || !(spaceBefore && !spaceAfter);
                    canOpen = !canClose;
                } else {
                    canClose = false;
                    canOpen = !spaceAfter;
                }
            }
        }
        if (canClose) {
            // singles above the double were apostrophes
            while (stack.size() - 1 > top) {
                stack.remove(stack.size() - 1);
            }
            Frame f = stack.remove(top);
            out.add(new Quoted(f.pos, f.pos + f.width, i, i + width, f.depth, true, List.copyOf(f.reopenings)));
        } else if (canOpen) {
            stack.add(new Frame(i, width, c, Family.DOUBLE, stack.size()));
        }
    }

    private static void onSingle(char c, int i, char prev, char next, boolean spaceBefore, boolean spaceAfter,
                                 List<Frame> stack, List<Quoted> out) {
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            return; // apostrophe inside a word
        }
        int top = stack.isEmpty() ? -1 : stack.size() - 1;
        boolean singleOnTop = top >= 0 && stack.get(top).family == Family.SINGLE;
        boolean opening = (spaceBefore || isDouble(prev)) && !spaceAfter && Character.isLetterOrDigit(next);
        boolean closing = !spaceBefore && (spaceAfter || isDouble(next));
        switch (c) {
            case '\u201A', '\u201B' -> {
                if (opening || !spaceAfter) {
                    stack.add(new Frame(i, 1, c, Family.SINGLE, stack.size()));
                }
            }
            case '\u2018' -> {
                if (singleOnTop && stack.get(top).mark == '\u201A' && closing) {
                    close(stack, out, i);
                } else if (opening || spaceBefore && !spaceAfter) {
                    stack.add(new Frame(i, 1, c, Family.SINGLE, stack.size()));
                }
            }
            case '\u2039' -> stack.add(new Frame(i, 1, c, Family.SINGLE, stack.size()));
            case '\u203A' -> {
                if (singleOnTop && stack.get(top).mark == '\u2039') {
                    close(stack, out, i);
                }
            }
            default -> { // ’ and '
                if (singleOnTop && closing) {
                    close(stack, out, i);
                } else if (c == '\'' && opening) {
                    stack.add(new Frame(i, 1, c, Family.SINGLE, stack.size()));
                }
            }
        }
    }

    private static void close(List<Frame> stack, List<Quoted> out, int i) {
        Frame f = stack.remove(stack.size() - 1);
        if (i > f.pos + 1) {
            out.add(new Quoted(f.pos, f.pos + 1, i, i + 1, f.depth, true, List.copyOf(f.reopenings)));
        }
    }

    private static int topDouble(List<Frame> stack) {
        for (int k = stack.size() - 1; k >= 0; k--) {
            if (stack.get(k).family == Family.DOUBLE) {
                return k;
            }
        }
        return -1;
    }

    private static boolean opensContext(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '{' || prev == '\u2014'
                || prev == '\u2013' || prev == '-' || prev == '/' || prev == ':' || prev == '\u00A0';
    }

    private static boolean closesContext(char next) {
        return Character.isWhitespace(next) || next == '.' || next == ',' || next == ';' || next == ':' || next == '!'
                || next == '?' || next == ')' || next == ']' || next == '}' || next == '\u2014' || next == '\u2013'
                || next == '\u2026' || next == '\u00A0' || next == '-';
    }

    private static int firstNonSpace(String text, Span region) {
        int i = region.start();
        while (i < region.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean opensWithMark(String text, Span region) {
        int i = firstNonSpace(text, region);
        return i < region.end() && isDouble(text.charAt(i)) && text.charAt(i) != '\u00BB'
                && !(text.charAt(i) == '\u201D' && i + 1 < region.end() && Character.isWhitespace(text.charAt(i + 1)));
    }

    private static int trimEnd(String text, int from, int end) {
        int e = end;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
