package org.crosscheck.engine.ingest;

import org.crosscheck.engine.clean.CleanText;
import org.crosscheck.engine.clean.Cleaner;
import org.crosscheck.engine.clean.TextBlock;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** RSS and Atom feeds written by the test. */
class FeedReaderTest {

    @TempDir
    Path dir;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Valley Courier</title><link>https://courier.example/</link><language>en</language>
            <item><title>Dam inspection finds no cracks</title><link>https://courier.example/dam</link>
              <pubDate>Tue, 04 Jun 2024 08:30:00 GMT</pubDate><dc:creator>Noor Haddad</dc:creator>
              <description>Engineers found no cracks in the upper dam.</description>
              <content:encoded><![CDATA[<p>Engineers who inspected the upper dam last week found no cracks in its concrete wall,
              the water authority said on Tuesday.</p><p>The next inspection is due in two years.</p>
              <p class="share"><a href="https://courier.example/share">Share this</a></p>]]></content:encoded></item>
            <item><title>Market moves to the square</title><link>https://courier.example/market</link>
              <pubDate>Mon, 03 Jun 2024 17:00:00 GMT</pubDate>
              <description>The weekly farmers' market moves to the town square from July, the council decided.</description></item>
            <item><title>Photo of the day</title><link>https://courier.example/photo</link></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title><id>urn:x:notes</id>
            <updated>2024-06-05T12:00:00Z</updated>
            <entry><title>Ferry timetable changes</title><id>urn:x:1</id><link href="https://notes.example/ferry"/>
              <published>2024-06-01T07:00:00Z</published><updated>2024-06-02T09:00:00Z</updated>
              <author><name>Ilse Brandt</name></author>
              <summary type="text">The summer ferry timetable starts on 15 June with two extra crossings each evening.</summary></entry>
            </feed>
            """;

    private List<Outcome<RawArticle>> read(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return Ingestor.standard(IngestConfig.DEFAULT).read(List.of(f));
    }

    private static List<RawArticle> ok(List<Outcome<RawArticle>> out) {
        return out.stream().filter(Outcome::isOk).map(o -> ((Outcome.Ok<RawArticle>) o).value()).toList();
    }

    @Test
    void rssItemsBecomeArticlesWithLinkDateAuthorAndContent() throws Exception {
        List<Outcome<RawArticle>> out = read("courier.rss", RSS);
        List<RawArticle> items = ok(out);
        assertThat(items).hasSize(2);
        RawArticle dam = items.get(0);
        assertThat(dam.meta().url()).isEqualTo("https://courier.example/dam");
        assertThat(dam.meta().title()).isEqualTo("Dam inspection finds no cracks");
        assertThat(dam.meta().published()).isEqualTo(LocalDate.of(2024, 6, 4));
        assertThat(dam.meta().authors()).containsExactly("Noor Haddad");
        assertThat(dam.meta().outlet()).isEqualTo("Valley Courier");
        assertThat(dam.meta().provenance()).containsEntry("text", "feed:content").containsEntry("url", "feed:link");
        assertThat(dam.format()).isEqualTo(Format.HTML);
        assertThat(items.get(1).meta().provenance()).containsEntry("text", "feed:summary");
        // the item without text is counted, not dropped silently
        assertThat(out).anySatisfy(o -> {
            assertThat(o).isInstanceOf(Outcome.Rejected.class);
            Rejection r = ((Outcome.Rejected<RawArticle>) o).rejection();
            assertThat(r.reason()).isEqualTo(Rejection.Reason.SKIPPED);
            assertThat(r.detail()).contains("1 of 3 feed item(s)");
        });
    }

    @Test
    void htmlContentGoesThroughTheExtractor() throws Exception {
        RawArticle dam = ok(read("courier.rss", RSS)).get(0);
        CleanText c = ((Outcome.Ok<CleanText>) Cleaner.standard().extract(dam)).value();
        String text = c.paragraphs().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
        assertThat(text).contains("found no cracks in its concrete wall", "next inspection is due").doesNotContain("Share this");
    }

    @Test
    void atomEntriesGiveTheirSummaryAsText() throws Exception {
        List<RawArticle> items = ok(read("notes.atom", ATOM));
        assertThat(items).hasSize(1);
        RawArticle e = items.get(0);
        assertThat(e.meta().url()).isEqualTo("https://notes.example/ferry");
        assertThat(e.meta().published()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(e.meta().modified()).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(e.meta().authors()).containsExactly("Ilse Brandt");
        assertThat(e.format()).isEqualTo(Format.TEXT);
        assertThat(e.content()).startsWith("The summer ferry timetable starts on 15 June");
    }

    @Test
    void aMalformedFeedIsOneReportedRejection() throws Exception {
        List<Outcome<RawArticle>> out = read("broken.rss", "<rss version=\"2.0\"><channel><title>Broken</title><item><title>Cut off");
        assertThat(out).hasSize(1);
        Rejection r = ((Outcome.Rejected<RawArticle>) out.get(0)).rejection();
        assertThat(r.reason()).isEqualTo(Rejection.Reason.MALFORMED);
        assertThat(r.detail()).startsWith("not a well-formed RSS or Atom feed");
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoExternalEntityIsRead() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>d</description></item></channel></rss>";
        List<Outcome<RawArticle>> out = read("xxe.rss", xxe);
        assertThat(out).hasSize(1).allMatch(o -> !o.isOk());
    }

    @Test
    void xmlFilesAreTakenOnlyWhenTheyAreFeeds() throws Exception {
        Path sitemap = dir.resolve("sitemap.xml");
        Files.writeString(sitemap, "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, ATOM);
        FeedReader r = new FeedReader();
        assertThat(r.accepts(sitemap, "sitemap.xml")).isFalse();
        assertThat(r.accepts(feed, "feed.xml")).isTrue();
    }
}
