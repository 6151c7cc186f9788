package org.crosscheck.engine.ingest;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection.Reason;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Web archives ({@code .warc}, {@code .warc.gz}; read with jwarc): each {@code response} record
 * whose HTTP payload is an HTML page becomes an article, with the record's target URI as its URL
 * and the WARC-Date as its fetch date. The page's charset comes from the HTTP {@code Content-Type}
 * header first, then the page itself ({@link HtmlCharset}, {@link Decoder}). Every other record
 * (requests, metadata, warcinfo, revisits, images and scripts, error statuses) is skipped and
 * counted; the counts are reported once for the file as a {@link Reason#SKIPPED} entry. An archive
 * that ends in the middle of a record (a truncated download) keeps the articles read before the
 * break and reports the break as a {@link Reason#MALFORMED} rejection.
 */
public final class WarcArticleReader implements ArticleReader {

    @Override
    public boolean accepts(Path file, String lowerName) {
        return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
    }

    @Override
    public void read(Path file, String display, IngestConfig config, Consumer<Outcome<RawArticle>> sink) {
        Map<String, Integer> skipped = new TreeMap<>();
        int records = 0;
        int articles = 0;
        boolean broken = false;
        try (WarcReader reader = new WarcReader(file)) {
            List<String> warnings = new ArrayList<>();
            reader.onWarning(w -> {
                if (warnings.size() < 5) {
                    warnings.add("WARC: " + w);
                }
            });
            while (true) {
                WarcRecord record;
                try {
                    var next = reader.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    record = next.get();
                } catch (IOException | RuntimeException e) {
                    sink.accept(Outcome.rejected(Origin.of(display), Reason.MALFORMED, records == 0
                            ? "not a readable WARC file: " + describe(e)
                            : "WARC truncated or damaged after " + records + " record(s): " + describe(e)));
                    broken = true;
                    break;
                }
                records++;
                Origin origin = Origin.record(display, String.valueOf(records));
                if (!(record instanceof WarcResponse response)) {
                    skipped.merge(record.type(), 1, Integer::sum);
                    continue;
                }
                try {
                    Outcome<RawArticle> o = article(response, display, records, origin, config, skipped, warnings);
                    if (o != null) {
                        if (o.isOk()) {
                            articles++;
                        }
                        sink.accept(o);
                    }
                } catch (IOException | RuntimeException e) {
                    sink.accept(Outcome.rejected(origin, Reason.MALFORMED,
                            "WARC response record cannot be read: " + describe(e)));
                    if (e instanceof java.io.EOFException) {
                        break;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(Outcome.rejected(Origin.of(display), Reason.MALFORMED, "not a readable WARC file: " + describe(e)));
            return;
        }
        int skippedCount = skipped.values().stream().mapToInt(Integer::intValue).sum();
        if (records == 0 && !broken) {
            sink.accept(Outcome.rejected(Origin.of(display), Reason.EMPTY, "no WARC records"));
        } else if (skippedCount > 0) {
            String counts = skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "));
            sink.accept(Outcome.rejected(Origin.of(display), Reason.SKIPPED,
                    skippedCount + " of " + records + " WARC record(s) are not HTML pages (" + counts + "); "
                            + articles + " page(s) read"));
        }
    }

    /** The article of one response record, or null when the record is skipped (counted). */
    private static Outcome<RawArticle> article(WarcResponse response, String display, int n, Origin origin,
                                               IngestConfig config, Map<String, Integer> skipped, List<String> warnings)
            throws IOException {
        MediaType recordType = response.contentType();
        if (recordType == null || !recordType.base().toString().toLowerCase(Locale.ROOT).startsWith("application/http")) {
            skipped.merge("response (not HTTP)", 1, Integer::sum);
            return null;
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) {
            skipped.merge("response (HTTP " + http.status() + ")", 1, Integer::sum);
            return null;
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try (InputStream in = http.bodyDecoded().stream()) {
            bytes = in.readNBytes((int) Math.min(config.maxArticleBytes() + 1, Integer.MAX_VALUE - 16));
        }
        boolean html = base.equals("text/html") || base.equals("application/xhtml+xml")
                || (base.isEmpty() || base.equals("application/octet-stream") || base.equals("text/plain")) && looksLikeHtml(bytes);
        if (!html) {
            skipped.merge("response (" + (base.isEmpty() ? "no content type" : base) + ")", 1, Integer::sum);
            return null;
        }
        if (bytes.length > config.maxArticleBytes()) {
            return Outcome.rejected(origin, Reason.TOO_LARGE, "page of more than " + config.maxArticleBytes() + " bytes");
        }
        String declared = type == null ? null : type.parameters().get("charset");
        if (declared == null) {
            declared = HtmlCharset.declared(bytes);
        }
        Outcome<Decoder.Decoded> decoded = Decoder.decode(bytes, origin, declared);
        if (decoded instanceof Outcome.Rejected<Decoder.Decoded> r) {
            return Outcome.rejected(r.rejection());
        }
        Decoder.Decoded d = ((Outcome.Ok<Decoder.Decoded>) decoded).value();
        Map<String, String> prov = new HashMap<>();
        String url = response.target();
        if (url != null && !url.isBlank()) {
            prov.put("url", "warc:WARC-Target-URI");
        } else {
            url = null;
        }
        var fetched = response.date() == null ? null : response.date().atOffset(ZoneOffset.UTC).toLocalDate();
        if (fetched != null) {
            prov.put("fetched", "warc:WARC-Date");
        }
        ArticleMeta meta = new ArticleMeta(url, null, null, null, null, List.of(), null, prov, null, fetched);
        List<String> w = new ArrayList<>(d.warnings());
        w.addAll(warnings);
        return Outcome.ok(new RawArticle(display + "#" + n, origin, Format.HTML, d.text(), meta, w));
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>");
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}
