package org.crosscheck.eval.extraction;

import java.util.List;

/**
 * Something that turns pages into main text: crosscheck's extractor or a baseline. It gets every
 * page at once so that an extractor living in another process (Readability under Node.js) pays its
 * start-up once; it reports the seconds spent extracting, start-up excluded, so pages/s compare.
 */
public interface PageExtractor {

    /** Short name for tables and {@code --baseline}. */
    String name();

    /** What it is, with its version where known ("boilerpipe 1.2.2 ArticleExtractor"). */
    String describe();

    /**
     * @param pages   the pages
     * @param decoded each page's HTML as text, decoded the same way for every extractor
     * @return one text per page (null when the extractor failed on it) and the time spent
     */
    Run run(List<EvalPage> pages, List<String> decoded) throws Exception;

    /** Texts in page order (null = failed) and seconds spent extracting. */
    record Run(List<String> texts, double seconds, int errors) {
    }
}
