package org.crosscheck.engine.clean.html;

import org.crosscheck.engine.doc.ArticleMeta;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Each metadata source on a page written for the test, with the provenance it leaves. */
class PageMetadataTest {

    private static ArticleMeta meta(String html) {
        return PageMetadata.read(Jsoup.parse(html, "https://site.example/")).meta();
    }

    @Test
    void metaTagsAndOpenGraph() {
        ArticleMeta m = meta("""
                <html lang="de-DE"><head><title>Neue Fähre | Kreisblatt</title>
                <meta property="og:title" content="Neue Fähre für den Fluss">
                <meta property="og:site_name" content="Kreisblatt">
                <meta property="og:url" content="https://kreisblatt.example/faehre">
                <meta name="author" content="Jana Ortmann, Paul Weber">
                <meta property="article:published_time" content="2023-09-14T06:00:00+02:00">
                <meta property="article:modified_time" content="2023-09-15T10:30:00+02:00">
                </head><body><p>Text</p></body></html>""");
        assertThat(m.title()).isEqualTo("Neue Fähre für den Fluss");
        assertThat(m.outlet()).isEqualTo("Kreisblatt");
        assertThat(m.url()).isEqualTo("https://kreisblatt.example/faehre");
        assertThat(m.authors()).containsExactly("Jana Ortmann", "Paul Weber");
        assertThat(m.published()).isEqualTo(LocalDate.of(2023, 9, 14));
        assertThat(m.modified()).isEqualTo(LocalDate.of(2023, 9, 15));
        assertThat(m.language()).isEqualTo("de-DE");
        assertThat(m.provenance()).containsEntry("title", "html:og:title").containsEntry("outlet", "html:og:site_name")
                .containsEntry("url", "html:og:url").containsEntry("authors", "html:author")
                .containsEntry("published", "html:article:published_time").containsEntry("modified", "html:article:modified_time")
                .containsEntry("language", "html:lang");
    }

    @Test
    void jsonLdWithAGraphAndReferencesWinsOverMetaTags() {
        ArticleMeta m = meta("""
                <html><head><meta property="og:title" content="Other title">
                <link rel="canonical" href="https://gazeta.example/most">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","@id":"https://gazeta.example/#site","name":"Gazeta Przykładowa"},
                  {"@type":"Person","@id":"https://gazeta.example/#anna","name":"Anna Nowak"},
                  {"@type":["NewsArticle"],"headline":"Most zamknięty do piątku &amp; objazdy",
                   "author":[{"@id":"https://gazeta.example/#anna"},{"@type":"Person","name":"Piotr Zieliński"}],
                   "datePublished":"2022-11-03T08:00:00+01:00","dateModified":"2022-11-04",
                   "publisher":{"@type":"Organization","name":"Gazeta Przykładowa"},"inLanguage":"pl-PL"}]}</script>
                </head><body></body></html>""");
        assertThat(m.title()).isEqualTo("Most zamknięty do piątku & objazdy");
        assertThat(m.authors()).containsExactly("Anna Nowak", "Piotr Zieliński");
        assertThat(m.published()).isEqualTo(LocalDate.of(2022, 11, 3));
        assertThat(m.modified()).isEqualTo(LocalDate.of(2022, 11, 4));
        assertThat(m.outlet()).isEqualTo("Gazeta Przykładowa");
        assertThat(m.url()).isEqualTo("https://gazeta.example/most");
        assertThat(m.provenance()).containsEntry("title", "json-ld:headline").containsEntry("authors", "json-ld:author")
                .containsEntry("published", "json-ld:datePublished").containsEntry("modified", "json-ld:dateModified")
                .containsEntry("outlet", "json-ld:publisher").containsEntry("url", "html:link-canonical");
    }

    @Test
    void aBrokenJsonLdBlockIsIgnored() {
        ArticleMeta m = meta("<html><head><title>Plain title</title><script type='application/ld+json'>{\"@type\": \"NewsArticle\", </script>"
                + "</head><body></body></html>");
        assertThat(m.title()).isEqualTo("Plain title");
        assertThat(m.provenance()).containsEntry("title", "html:title");
    }

    @Test
    void theVisibleBylineAndTimeElement() {
        ArticleMeta m = meta("""
                <html><body><article><h1>Storm damage</h1>
                <p class="byline">By <span class="author">Marta Lind</span></p>
                <time datetime="2021-02-10">10 February 2021</time><p>Text of the article.</p></article></body></html>""");
        assertThat(m.authors()).containsExactly("Marta Lind");
        assertThat(m.provenance()).containsEntry("authors", "html:byline").containsEntry("published", "html:time");
        assertThat(m.published()).isEqualTo(LocalDate.of(2021, 2, 10));
        assertThat(m.title()).isEqualTo("Storm damage");
    }

    @Test
    void profileLinksAreNotAuthorNames() {
        assertThat(PageMetadata.names(java.util.List.of("https://social.example/someone", "By Eva Stone and Tom Reyes")))
                .containsExactly("Eva Stone", "Tom Reyes");
    }
}
