package org.crosscheck.engine.clean;

import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.RawArticle;

/**
 * Finds the article's own text in what was read, using what one article shows (line shape,
 * position, repetition inside it). One implementation per input format; the HTML one can be
 * swapped for a deeper extractor without touching anything downstream. Furniture that only shows
 * across articles is removed afterwards by {@link BoilerplateProfile}.
 */
public interface ContentExtractor {

    Outcome<CleanText> extract(RawArticle raw);
}
