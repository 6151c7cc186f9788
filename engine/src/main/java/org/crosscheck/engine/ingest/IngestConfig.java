package org.crosscheck.engine.ingest;

/**
 * @param maxArticleBytes largest single article (file, JSON line, WARC record) accepted
 * @param followLinks     whether folder walks follow symbolic links
 */
public record IngestConfig(long maxArticleBytes, boolean followLinks) {

    public static final IngestConfig DEFAULT = new IngestConfig(10L * 1024 * 1024, false);
}
