package org.crosscheck.engine.clean;

import org.crosscheck.engine.doc.ArticleMeta;

import java.util.List;

/**
 * A cleaner's result: the article's own title and paragraphs, what was removed and why, and
 * metadata found on the page (title, byline, dates), which fills gaps in the input's metadata.
 */
public record CleanText(TextBlock title, List<TextBlock> paragraphs, List<Removed> removed, ArticleMeta pageMeta) {

    public CleanText {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        pageMeta = pageMeta == null ? ArticleMeta.EMPTY : pageMeta;
    }
}
