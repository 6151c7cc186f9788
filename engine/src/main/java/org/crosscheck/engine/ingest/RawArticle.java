package org.crosscheck.engine.ingest;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;

import java.util.List;

/**
 * An article as read, before cleaning: decoded content plus whatever metadata the input carried.
 *
 * @param id       stable identifier within the run
 * @param origin   file, line or record it came from
 * @param format   text, Markdown or HTML
 * @param content  decoded content (the clean text's {@code SourceMap} points into it)
 * @param meta     metadata from the input (JSONL fields, sidecar file, WARC headers, feed item)
 * @param warnings things noticed while reading ("charset windows-1251 detected", ...)
 */
public record RawArticle(String id, Origin origin, Format format, String content, ArticleMeta meta,
                         List<String> warnings) {

    public RawArticle {
        meta = meta == null ? ArticleMeta.EMPTY : meta;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public RawArticle withId(String newId) {
        return new RawArticle(newId, origin, format, content, meta, warnings);
    }

    public RawArticle withMeta(ArticleMeta newMeta) {
        return new RawArticle(id, origin, format, content, newMeta, warnings);
    }
}
