package org.crosscheck.engine.clean;

import org.crosscheck.engine.clean.html.MainTextExtractor;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.SourceMap;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the extractor for each input format and assembles the clean {@link Document}: title,
 * a blank line, then the paragraphs separated by blank lines, with the {@link SourceMap} back
 * to the decoded input.
 */
public final class Cleaner {

    private final Map<Format, ContentExtractor> extractors;

    public Cleaner(Map<Format, ContentExtractor> extractors) {
        this.extractors = new EnumMap<>(extractors);
    }

    public static Cleaner standard() {
        FurnitureFilter filter = FurnitureFilter.standard();
        PlainTextExtractor text = new PlainTextExtractor(filter);
        return new Cleaner(Map.of(Format.TEXT, text, Format.MARKDOWN, text, Format.HTML, new MainTextExtractor(filter)));
    }

    /** A cleaner like this one with another extractor for one format. */
    public Cleaner with(Format format, ContentExtractor extractor) {
        Map<Format, ContentExtractor> copy = new EnumMap<>(extractors);
        copy.put(format, extractor);
        return new Cleaner(copy);
    }

    public Outcome<CleanText> extract(RawArticle raw) {
        ContentExtractor x = extractors.get(raw.format());
        if (x == null) {
            throw new IllegalStateException("no extractor for " + raw.format());
        }
        return x.extract(raw);
    }

    /** The key articles of one outlet share in a {@link BoilerplateProfile}: the outlet, else the URL's host. */
    public static String outletKey(RawArticle raw, CleanText clean) {
        ArticleMeta m = raw.meta().orElse(clean.pageMeta());
        if (m.outlet() != null) {
            return m.outlet().toLowerCase(Locale.ROOT).strip();
        }
        if (m.url() != null) {
            try {
                String host = URI.create(m.url().strip()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException ignored) {
                // not a URL we can read: no key
            }
        }
        return null;
    }

    /** The document for a cleaned article: metadata from the input first, then what the page said. */
    public static Document assemble(RawArticle raw, CleanText clean) {
        StringBuilder text = new StringBuilder();
        List<SourceMap.Piece> pieces = new ArrayList<>();
        Span title = null;
        if (clean.title() != null) {
            title = append(text, pieces, clean.title());
        }
        List<Span> paragraphs = new ArrayList<>();
        for (TextBlock b : clean.paragraphs()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            paragraphs.add(append(text, pieces, b));
        }
        ArticleMeta meta = raw.meta().orElse(clean.pageMeta());
        if (title != null && meta.title() == null) {
            meta = meta.withTitle(title.in(text), "text:first-line");
        }
        return Document.of(raw.id(), raw.origin(), meta, text.toString(), title, paragraphs,
                new SourceMap(pieces), raw.warnings());
    }

    private static Span append(StringBuilder text, List<SourceMap.Piece> pieces, TextBlock b) {
        int base = text.length();
        text.append(b.text());
        for (SourceMap.Piece p : b.pieces()) {
            pieces.add(new SourceMap.Piece(base + p.cleanStart(), p.sourceStart(), p.length()));
        }
        return new Span(base, text.length());
    }
}
