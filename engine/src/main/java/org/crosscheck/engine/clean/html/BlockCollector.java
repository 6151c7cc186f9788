package org.crosscheck.engine.clean.html;

import org.crosscheck.engine.clean.TextBlock;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an element into blocks of text in reading order. A block element (paragraph, heading,
 * list item, cell, div) starts and ends a block; two line breaks in a row end one too, as pages
 * laid out with {@code <br><br>} mean paragraphs. Whitespace is collapsed; text copied from the
 * input keeps its source offsets (entities and the like map to where they were written).
 */
final class BlockCollector {

    private final String source;
    private final List<Block> out = new ArrayList<>();
    private TextBlock.Builder cur = new TextBlock.Builder();
    private int chars;
    private int linkChars;
    private boolean pendingBreak;
    private boolean spaced;

    private BlockCollector(String source) {
        this.source = source;
    }

    static List<Block> collect(Element root, String source) {
        BlockCollector c = new BlockCollector(source);
        c.walk(root);
        c.flush(root);
        return c.out;
    }

    private void walk(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text(t);
                } else if (node instanceof Element e) {
                    String n = e.normalName();
                    if (n.equals("br")) {
                        if (pendingBreak) {
                            flush(blockOf(e));
                            pendingBreak = false;
                        } else if (cur.length() > 0) {
                            if (!spaced) {
                                cur.write(" ");
                                spaced = true;
                            }
                            pendingBreak = true;
                        }
                    } else if (cell(e)) {
                        // cells of a row make one block, "a | b | c", as a reader reads the row
                        if (cur.length() > 0) {
                            cur.write(" | ");
                            spaced = true;
                        }
                    } else if (ParagraphTags.isBlock(e)) {
                        flush(e.parent() == null ? e : blockOf(e.parent()));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && ParagraphTags.isBlock(e) && !cell(e)) {
                    flush(e);
                }
            }
        }, root);
    }

    /** A table cell that holds only inline content (a cell with paragraphs or lists is laid out as blocks). */
    private static boolean cell(Element e) {
        String n = e.normalName();
        if (!(n.equals("td") || n.equals("th"))) {
            return false;
        }
        for (Element c : e.children()) {
            if (ParagraphTags.isBlock(c)) {
                return false;
            }
        }
        return true;
    }

    private static Element blockOf(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (ParagraphTags.isBlock(p)) {
                return p;
            }
        }
        return e;
    }

    private void flush(Element container) {
        pendingBreak = false;
        spaced = false;
        if (cur.isBlank()) {
            cur = new TextBlock.Builder();
            chars = 0;
            linkChars = 0;
            return;
        }
        TextBlock b = cur.build();
        out.add(new Block(b, kind(container), container, chars, linkChars));
        cur = new TextBlock.Builder();
        chars = 0;
        linkChars = 0;
    }

    private static Block.Kind kind(Element container) {
        int steps = 0;
        for (Element p = container; p != null && steps < 4; p = p.parent(), steps++) {
            switch (p.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    return Block.Kind.HEADING;
                }
                case "li", "dd", "dt" -> {
                    return Block.Kind.LIST_ITEM;
                }
                case "blockquote" -> {
                    return Block.Kind.QUOTE;
                }
                case "pre" -> {
                    return Block.Kind.PRE;
                }
                case "td", "th" -> {
                    return Block.Kind.CELL;
                }
                case "p" -> {
                    return Block.Kind.PARAGRAPH;
                }
                default -> {
                    if (steps > 0) {
                        return Block.Kind.OTHER;
                    }
                }
            }
        }
        return Block.Kind.OTHER;
    }

    private void text(TextNode t) {
        String text = t.getWholeText();
        if (text.isEmpty()) {
            return;
        }
        boolean inLink = inLink(t);
        int start = t.sourceRange().startPos();
        int end = t.sourceRange().endPos();
        boolean exact = start >= 0 && end - start == text.length() && end <= source.length()
                && source.regionMatches(start, text, 0, text.length());
        int n = text.length();
        int i = 0;
        boolean leadingSpace = isSpace(text.charAt(0));
        if (leadingSpace && cur.length() > 0 && !spaced) {
            cur.write(" ");
            spaced = true;
        }
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                pendingBreak = false;
                spaced = false;
                if (exact) {
                    cur.copy(source, start + s, start + i);
                } else {
                    cur.decoded(text.substring(s, i), Math.max(0, start), Math.max(0, end));
                }
                chars += i - s;
                if (inLink) {
                    linkChars += i - s;
                }
                if (i < n) {
                    cur.write(" ");
                    spaced = true;
                }
            }
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B';
    }

    /** Inside a link, also a link wrapped around a whole heading or card. */
    private static boolean inLink(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e) {
                String name = e.normalName();
                if (name.equals("a")) {
                    return true;
                }
                if (name.equals("body")) {
                    return false;
                }
            }
        }
        return false;
    }
}
