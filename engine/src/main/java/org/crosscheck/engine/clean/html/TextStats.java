package org.crosscheck.engine.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How much text each element holds, and how much of it is link text, computed once bottom-up for a
 * (pruned) page. Characters are counted without whitespace, so markup indentation does not count.
 */
final class TextStats {

    /** Counts of one element: text characters, characters inside links, commas, paragraphs of text. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;
        /** Characters in paragraphs of running text: long enough, few links (counted once, at the innermost). */
        int good;
        /** A block element with only inline content (text, links, emphasis, line breaks). */
        boolean leaf;
        boolean blockChild;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Counts ZERO = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats compute(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    s.counts.put(e, new Counts());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t && t.parent() instanceof Element p) {
                    Counts c = s.counts.get(p);
                    if (c == null) {
                        return;
                    }
                    String text = t.getWholeText();
                    int n = 0;
                    int commas = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char ch = text.charAt(i);
                        if (!Character.isWhitespace(ch) && ch != '\u00A0') {
                            n++;
                            if (ch == ',' || ch == '\uFF0C' || ch == '\u3001' || ch == '\u060C') {
                                commas++;
                            }
                        }
                    }
                    c.chars += n;
                    c.commas += commas;
                    if (p.normalName().equals("a")) {
                        c.linkChars += n;
                    }
                } else if (node instanceof Element e) {
                    Counts c = s.counts.get(e);
                    if (e.normalName().equals("a")) {
                        c.linkChars = c.chars;
                    }
                    boolean block = ParagraphTags.isBlock(e);
                    c.leaf = block && !c.blockChild;
                    boolean paragraph = (c.leaf || e.normalName().equals("p")) && !ParagraphTags.HEADING.contains(e.normalName());
                    if (paragraph && c.chars >= 25 && c.paragraphs == 0) {
                        c.paragraphs++;
                    }
                    if (c.good == 0 && c.chars >= 80 && c.linkDensity() < 0.3 && paragraph) {
                        c.good = c.chars;
                    }
                    if (e.parent() != null) {
                        Counts pc = s.counts.get(e.parent());
                        if (pc != null) {
                            pc.chars += c.chars;
                            pc.linkChars += c.linkChars;
                            pc.commas += c.commas;
                            pc.paragraphs += c.paragraphs;
                            pc.good += c.good;
                            if (ParagraphTags.isBlock(e)) {
                                pc.blockChild = true;
                            }
                        }
                    }
                }
            }
        }, root);
        return s;
    }

    /** Whether the element holds a paragraph of text: a {@code <p>}, or a block with only inline content. */
    boolean paragraph(Element e) {
        Counts c = of(e);
        return (c.leaf || e.normalName().equals("p")) && !ParagraphTags.HEADING.contains(e.normalName());
    }

    Counts of(Element e) {
        Counts c = counts.get(e);
        return c == null ? ZERO : c;
    }
}
