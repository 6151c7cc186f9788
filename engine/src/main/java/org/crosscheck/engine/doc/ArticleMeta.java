package org.crosscheck.engine.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What is known about an article besides its text. Every field is null when the input does not
 * say it: nothing here is guessed silently. {@code provenance} names where each known field came
 * from ("jsonl", "sidecar", "html:og:site_name", "json-ld", ...). {@code modified} is the date a web
 * page says it was last changed, {@code fetched} the date a crawler fetched it (WARC-Date); both null
 * for inputs that do not say.
 */
public record ArticleMeta(String url, String outlet, LocalDate published, String publishedRaw, String title,
                          List<String> authors, String language, Map<String, String> provenance,
                          LocalDate modified, LocalDate fetched) {

    public static final ArticleMeta EMPTY = new ArticleMeta(null, null, null, null, null, List.of(), null, Map.of());

    public ArticleMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** Metadata without a modification date (the form every input but web pages gives). */
    public ArticleMeta(String url, String outlet, LocalDate published, String publishedRaw, String title,
                       List<String> authors, String language, Map<String, String> provenance) {
        this(url, outlet, published, publishedRaw, title, authors, language, provenance, null, null);
    }

    /** Fields of {@code other} fill the gaps of this one; this one wins where both know. */
    public ArticleMeta orElse(ArticleMeta other) {
        if (other == null) {
            return this;
        }
        var prov = new java.util.HashMap<>(other.provenance);
        prov.putAll(provenance);
        return new ArticleMeta(
                url != null ? url : other.url,
                outlet != null ? outlet : other.outlet,
                published != null ? published : other.published,
                published != null ? publishedRaw : other.publishedRaw,
                title != null ? title : other.title,
                !authors.isEmpty() ? authors : other.authors,
                language != null ? language : other.language,
                prov,
                modified != null ? modified : other.modified,
                fetched != null ? fetched : other.fetched);
    }

    public ArticleMeta withTitle(String newTitle, String source) {
        var prov = new java.util.HashMap<>(provenance);
        if (newTitle != null) {
            prov.put("title", source);
        }
        return new ArticleMeta(url, outlet, published, publishedRaw, newTitle, authors, language, prov, modified, fetched);
    }
}
