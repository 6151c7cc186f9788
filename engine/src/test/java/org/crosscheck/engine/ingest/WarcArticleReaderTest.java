package org.crosscheck.engine.ingest;

import org.crosscheck.engine.clean.CleanText;
import org.crosscheck.engine.clean.Cleaner;
import org.crosscheck.engine.clean.TextBlock;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** WARC archives written by the test with jwarc: what becomes an article, what is counted, what breaks. */
class WarcArticleReaderTest {

    @TempDir
    Path dir;

    static final String RUSSIAN = "Городской совет утвердил план ремонта набережной, работы начнутся весной и продлятся два года. "
            + "По словам мэра, набережная останется открытой для пешеходов на всё время ремонта.";

    /** Writes a small crawl: warcinfo-like metadata, a request, two HTML pages, an image and a 404. */
    static void writeCrawl(Path file, WarcCompression compression) throws Exception {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            Instant when = Instant.parse("2024-05-02T10:15:30Z");
            w.write(new WarcMetadata.Builder().targetURI("https://news.example/").date(when)
                    .body(MediaType.parse("application/warc-fields"), "via: test\r\n".getBytes(StandardCharsets.UTF_8)).build());
            w.write(new WarcRequest.Builder("https://news.example/bridge")
                    .body(new HttpRequest.Builder("GET", "/bridge").build()).date(when).build());
            String page = "<html><head><title>Bridge repairs begin</title></head><body><nav><a href='/'>Home</a></nav>"
                    + "<article><h1>Bridge repairs begin</h1><p>Repairs to the old river bridge began on Monday and will close one lane "
                    + "for six weeks, the city said in a statement.</p><p>Buses will keep their usual routes while the work goes on, "
                    + "the transport office added.</p></article></body></html>";
            w.write(response("https://news.example/bridge", when, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));
            // a Cyrillic page whose only charset declaration is the HTTP header
            String ru = "<html><body><div class='content'><h1>Ремонт набережной</h1><p>" + RUSSIAN + "</p></div></body></html>";
            w.write(response("https://news.example/ru", when, "text/html; charset=windows-1251", ru.getBytes(Charset.forName("windows-1251"))));
            w.write(response("https://news.example/logo.png", when, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}));
            HttpResponse notFound = new HttpResponse.Builder(404, "Not Found")
                    .body(MediaType.parse("text/html"), "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder("https://news.example/old").date(when).body(notFound).build());
        }
    }

    static WarcResponse response(String uri, Instant when, String type, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(uri).date(when).body(http).build();
    }

    private List<Outcome<RawArticle>> read(Path file) {
        return Ingestor.standard(IngestConfig.DEFAULT).read(List.of(file));
    }

    @Test
    void htmlResponsesBecomeArticlesWithTheirUriAndFetchDate() throws Exception {
        Path warc = dir.resolve("crawl.warc");
        writeCrawl(warc, WarcCompression.NONE);
        List<Outcome<RawArticle>> out = read(warc);
        List<RawArticle> articles = out.stream().filter(Outcome::isOk).map(o -> ((Outcome.Ok<RawArticle>) o).value()).toList();
        assertThat(articles).extracting(a -> a.meta().url()).containsExactly("https://news.example/bridge", "https://news.example/ru");
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.format()).isEqualTo(Format.HTML);
            assertThat(a.meta().fetched()).isEqualTo(LocalDate.of(2024, 5, 2));
            assertThat(a.meta().provenance()).containsEntry("url", "warc:WARC-Target-URI").containsEntry("fetched", "warc:WARC-Date");
        });
        assertThat(articles.get(1).content()).contains(RUSSIAN);
    }

    @Test
    void otherRecordsAreSkippedAndCountedInOneReport() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        writeCrawl(warc, WarcCompression.GZIP);
        List<Rejection> rejections = read(warc).stream().filter(o -> !o.isOk())
                .map(o -> ((Outcome.Rejected<RawArticle>) o).rejection()).toList();
        assertThat(rejections).hasSize(1);
        Rejection r = rejections.get(0);
        assertThat(r.reason()).isEqualTo(Rejection.Reason.SKIPPED);
        assertThat(r.detail()).contains("4 of 6 WARC record(s)", "1 metadata", "1 request", "1 response (image/png)",
                "1 response (HTTP 404)", "2 page(s) read");
    }

    @Test
    void aTruncatedGzippedArchiveKeepsWhatWasReadAndReportsTheBreak() throws Exception {
        Path whole = dir.resolve("whole.warc.gz");
        writeCrawl(whole, WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        List<Outcome<RawArticle>> out = read(cut);
        List<Rejection> rejections = out.stream().filter(o -> !o.isOk())
                .map(o -> ((Outcome.Rejected<RawArticle>) o).rejection()).toList();
        assertThat(rejections).anySatisfy(r -> {
            assertThat(r.reason()).isEqualTo(Rejection.Reason.MALFORMED);
            assertThat(r.origin().path()).isEqualTo(cut.toString());
        });
        assertThat(out.stream().filter(Outcome::isOk).count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aFileThatIsNotAWarcIsOneRejection() throws Exception {
        Path bad = dir.resolve("notes.warc");
        Files.writeString(bad, "these are my notes, not an archive\n");
        List<Outcome<RawArticle>> out = read(bad);
        assertThat(out).hasSize(1);
        assertThat(((Outcome.Rejected<RawArticle>) out.get(0)).rejection().reason()).isEqualTo(Rejection.Reason.MALFORMED);
    }

    @Test
    void theCleanerTurnsArchivedPagesIntoText() throws Exception {
        Path warc = dir.resolve("crawl.warc");
        writeCrawl(warc, WarcCompression.NONE);
        Cleaner cleaner = Cleaner.standard();
        Map<String, String> texts = read(warc).stream().filter(Outcome::isOk).map(o -> ((Outcome.Ok<RawArticle>) o).value())
                .collect(Collectors.toMap(a -> a.meta().url(), a -> {
                    CleanText c = ((Outcome.Ok<CleanText>) cleaner.extract(a)).value();
                    return c.paragraphs().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
                }));
        assertThat(texts.get("https://news.example/bridge")).contains("Repairs to the old river bridge").doesNotContain("Home");
        assertThat(texts.get("https://news.example/ru")).isEqualTo(RUSSIAN);
    }
}
