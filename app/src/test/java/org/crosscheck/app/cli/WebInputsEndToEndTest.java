package org.crosscheck.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A web archive and a feed written by the test, through {@code analyze} and {@code ingest}. */
class WebInputsEndToEndTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Instant when = Instant.parse("2024-05-02T10:15:30Z");
        Path warc = in.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(new WarcRequest.Builder("https://port.example/cranes").date(when)
                    .body(new HttpRequest.Builder("GET", "/cranes").build()).build());
            String page = "<html><head><title>New cranes for the port</title></head><body><nav><a href='/'>Home</a></nav>"
                    + "<article><h1>New cranes for the port</h1><p>The port of Lindmark installed two new container cranes on "
                    + "Wednesday, the harbour master said.</p><p>The cranes will double the number of ships the terminal can "
                    + "handle each week.</p></article><footer>Contact us</footer></body></html>";
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder("https://port.example/cranes").date(when).body(http).build());
        }
        byte[] whole = Files.readAllBytes(warc);
        Files.write(in.resolve("cut.warc.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(in.resolve("news.rss"), """
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Lindmark Post</title>
                <item><title>Ferry fares fall</title><link>https://post.example/ferry</link>
                <pubDate>Tue, 04 Jun 2024 08:30:00 GMT</pubDate>
                <description>Ferry fares between Lindmark and the islands fall by five percent from July, the operator said on Tuesday.</description>
                </item></channel></rss>""");
        Files.writeString(in.resolve("broken.atom"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>cut");
        return in;
    }

    @Test
    void analyzeReadsArchivesAndFeedsAndReportsWhatItSkipsOrCannotRead() throws Exception {
        Path in = inputs();
        Path out = dir.resolve("out");
        Run r = run("analyze", in.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode c = new ObjectMapper().readTree(out.resolve("collection.json").toFile());
        List<String> urls = new ArrayList<>();
        c.get("articles").forEach(a -> urls.add(a.get("url").asText()));
        assertThat(urls).contains("https://port.example/cranes", "https://post.example/ferry");
        List<String> rejected = new ArrayList<>();
        c.get("rejected").forEach(x -> rejected.add(x.get("reason").asText() + " " + x.toString()));
        assertThat(rejected).anySatisfy(x -> assertThat(x).startsWith("skipped").contains("crawl.warc.gz").contains("1 request"));
        assertThat(rejected).anySatisfy(x -> assertThat(x).startsWith("malformed").contains("cut.warc.gz"));
        assertThat(rejected).anySatisfy(x -> assertThat(x).startsWith("malformed").contains("broken.atom"));
        String file = null;
        for (JsonNode a : c.get("articles")) {
            if (a.get("url").asText().equals("https://port.example/cranes")) {
                file = a.get("file").asText();
            }
        }
        JsonNode article = new ObjectMapper().readTree(out.resolve(file).toFile());
        assertThat(article.get("text").asText()).contains("installed two new container cranes").doesNotContain("Contact us");
        assertThat(article.get("meta").get("fetched").asText()).isEqualTo("2024-05-02");
    }

    @Test
    void ingestStoresTheSameArticles() throws Exception {
        Path in = inputs();
        Run r = run("ingest", in.toString(), "--data", dir.resolve("data").toString(), "--text-only");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 added").contains("crawl.warc.gz").contains("news.rss");
    }
}
