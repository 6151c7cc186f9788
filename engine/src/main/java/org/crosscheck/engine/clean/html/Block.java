package org.crosscheck.engine.clean.html;

import org.crosscheck.engine.clean.TextBlock;
import org.jsoup.nodes.Element;

/**
 * A block of text as the page lays it out (a paragraph, heading, list item, table cell, quote),
 * with what the classifier looks at.
 *
 * @param text      the text and its source pieces
 * @param kind      what element it came from
 * @param container the block element it came from
 * @param linkChars characters inside links
 */
record Block(TextBlock text, Kind kind, Element container, int chars, int linkChars) {

    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PRE, CELL, OTHER }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    boolean heading() {
        return kind == Kind.HEADING;
    }
}
