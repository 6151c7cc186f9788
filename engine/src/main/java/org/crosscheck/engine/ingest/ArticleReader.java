package org.crosscheck.engine.ingest;

import org.crosscheck.engine.doc.Outcome;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one kind of input file into articles. A file may hold one article (a page, a text) or
 * many (JSON Lines, WARC, feeds); each becomes an accepted article or a rejection sent to the sink.
 * Readers never throw for bad content: they report it.
 */
public interface ArticleReader {

    /** Whether this reader takes the file; {@code lowerName} is its file name in lower case. */
    boolean accepts(Path file, String lowerName);

    /**
     * @param file    the file to read
     * @param display how the file is named in ids and messages (path relative to what the user gave)
     */
    void read(Path file, String display, IngestConfig config, Consumer<Outcome<RawArticle>> sink);
}
