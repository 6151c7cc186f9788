package org.crosscheck.engine.clean.html;

import org.jsoup.nodes.Element;

import java.util.Set;

/** Which HTML elements start a block of text, and which hold paragraphs of text. */
final class ParagraphTags {

    static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "aside", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
            "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "address", "hr", "body",
            "center", "form", "fieldset", "details", "summary", "nav", "menu", "hgroup", "option", "legend");

    static final Set<String> HEADING = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private ParagraphTags() {
    }

    static boolean isBlock(Element e) {
        return BLOCK.contains(e.normalName());
    }

    /** An element that holds a paragraph of running text (a div counts when it has text of its own). */
    static boolean isParagraph(Element e) {
        String n = e.normalName();
        if (n.equals("p") || n.equals("pre") || n.equals("blockquote") || n.equals("td") || n.equals("dd")) {
            return true;
        }
        if (n.equals("div") || n.equals("section") || n.equals("article") || n.equals("font") || n.equals("span")
                || n.equals("center")) {
            return !e.ownText().isBlank() && e.ownText().length() >= 25;
        }
        return false;
    }
}
