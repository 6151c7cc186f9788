package org.crosscheck.engine.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection.Reason;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds (read with Rome): each item becomes an article with its
 * link, publication date, title, authors and text, the full content when the feed carries it
 * ({@code content:encoded}, Atom {@code content}) and the summary otherwise. HTML content is left
 * as HTML, so it goes through the HTML extractor like a page. Items without any text are skipped
 * and counted ({@link Reason#SKIPPED}); a file that is not a well-formed feed is one
 * {@link Reason#MALFORMED} rejection. Document type declarations are refused (no external entities).
 *
 * <p>Takes {@code .rss}, {@code .atom}, and {@code .xml} files whose root element is a feed.
 */
public final class FeedReader implements ArticleReader {

    private static final Pattern MARKUP = Pattern.compile("<\\s*(p|br|div|a|img|ul|ol|li|h[1-6]|blockquote|span|em|strong|b|i|table)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public boolean accepts(Path file, String lowerName) {
        if (lowerName.endsWith(".rss") || lowerName.endsWith(".atom")) {
            return true;
        }
        if (lowerName.endsWith(".xml")) {
            try (InputStream in = Files.newInputStream(file)) {
                String head = new String(in.readNBytes(2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    @Override
    public void read(Path file, String display, IngestConfig config, Consumer<Outcome<RawArticle>> sink) {
        Origin fileOrigin = Origin.of(display);
        byte[] bytes = FileReaders.readBounded(file, fileOrigin, config.maxArticleBytes() * 4, sink);
        if (bytes == null) {
            return;
        }
        if (bytes.length == 0) {
            sink.accept(Outcome.rejected(fileOrigin, Reason.EMPTY, "0 bytes"));
            return;
        }
        SyndFeed feed;
        try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(xml);
        } catch (FeedException | IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            sink.accept(Outcome.rejected(fileOrigin, Reason.MALFORMED, "not a well-formed RSS or Atom feed: " + m));
            return;
        }
        String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        String language = feed.getLanguage() == null || feed.getLanguage().isBlank() ? null : feed.getLanguage().strip();
        int n = 0;
        int empty = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            Origin origin = Origin.record(display, "item " + n);
            String[] content = content(entry);
            if (content == null) {
                empty++;
                continue;
            }
            if (content[0].length() > config.maxArticleBytes()) {
                sink.accept(Outcome.rejected(origin, Reason.TOO_LARGE,
                        content[0].length() + " characters, limit " + config.maxArticleBytes()));
                continue;
            }
            Map<String, String> prov = new HashMap<>();
            String link = entry.getLink();
            if (link == null || link.isBlank()) {
                link = entry.getUri() != null && entry.getUri().startsWith("http") ? entry.getUri() : null;
            }
            if (link != null) {
                link = link.strip();
                prov.put("url", "feed:link");
            }
            String title = entry.getTitle() == null || entry.getTitle().isBlank() ? null : entry.getTitle().strip();
            if (title != null) {
                prov.put("title", "feed:title");
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            LocalDate published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            if (published != null) {
                prov.put("published", entry.getPublishedDate() != null ? "feed:published" : "feed:updated");
            }
            LocalDate modified = entry.getUpdatedDate() == null ? null
                    : entry.getUpdatedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            if (modified != null) {
                prov.put("modified", "feed:updated");
            }
            List<String> authors = authors(entry);
            if (!authors.isEmpty()) {
                prov.put("authors", "feed:author");
            }
            if (outlet != null) {
                prov.put("outlet", "feed:channel-title");
            }
            if (language != null) {
                prov.put("language", "feed:language");
            }
            prov.put("text", content[2]);
            ArticleMeta meta = new ArticleMeta(link, outlet, published, date == null ? null : date.toInstant().toString(),
                    title, authors, language, prov, modified, null);
            Format format = content[1].equals("html") ? Format.HTML : Format.TEXT;
            sink.accept(Outcome.ok(new RawArticle(display + "#" + n, origin, format, content[0], meta, List.of())));
        }
        if (n == 0) {
            sink.accept(Outcome.rejected(fileOrigin, Reason.EMPTY, "a feed without items"));
        } else if (empty > 0) {
            sink.accept(Outcome.rejected(fileOrigin, Reason.SKIPPED, empty + " of " + n + " feed item(s) carry no text"));
        }
    }

    /** {text, "html" or "text", where it came from}, or null when the item has no text. */
    private static String[] content(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
                return new String[]{c.getValue(), kind(c), "feed:content"};
            }
        }
        SyndContent d = entry.getDescription();
        if (d != null && d.getValue() != null && !d.getValue().isBlank()) {
            return new String[]{d.getValue(), kind(d), "feed:summary"};
        }
        return null;
    }

    private static String kind(SyndContent c) {
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return "html";
        }
        if (type.equals("text") || type.equals("text/plain")) {
            return MARKUP.matcher(c.getValue()).find() ? "html" : "text";
        }
        // RSS descriptions carry no type; most hold escaped HTML
        return MARKUP.matcher(c.getValue()).find() || c.getValue().contains("&") ? "html" : "text";
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> out = new LinkedHashSet<>();
        for (SyndPerson p : entry.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                out.add(p.getName().strip());
            }
        }
        if (out.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            out.add(entry.getAuthor().strip());
        }
        return new ArrayList<>(out);
    }
}
