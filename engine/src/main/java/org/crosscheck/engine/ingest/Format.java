package org.crosscheck.engine.ingest;

/** What the content of a {@link RawArticle} is, which decides the cleaner that reads it. */
public enum Format {
    TEXT,
    MARKDOWN,
    HTML
}
