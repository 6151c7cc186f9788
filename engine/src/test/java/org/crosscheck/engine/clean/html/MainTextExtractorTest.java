package org.crosscheck.engine.clean.html;

import org.crosscheck.engine.clean.CleanText;
import org.crosscheck.engine.clean.FurnitureFilter;
import org.crosscheck.engine.clean.TextBlock;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.SourceMap;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Hard cases of main-text extraction, each on a page written for the test. */
class MainTextExtractorTest {

    private final MainTextExtractor extractor = new MainTextExtractor(FurnitureFilter.standard());

    static CleanText extract(MainTextExtractor x, String html) {
        Outcome<CleanText> o = x.extract(new RawArticle("t", Origin.of("t.html"), Format.HTML, html, ArticleMeta.EMPTY, List.of()));
        assertThat(o).as("extraction outcome").isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<CleanText>) o).value();
    }

    private CleanText extract(String html) {
        return extract(extractor, html);
    }

    static String text(CleanText c) {
        return c.paragraphs().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
    }

    static final String NEWS_PAGE = """
            <!doctype html><html lang="en"><head><title>Harbour pilots end strike | The Coastal Ledger</title>
            <meta property="og:site_name" content="The Coastal Ledger"></head><body>
            <div id="cookie-banner"><p>We use cookies to improve your experience on our site. Accept all cookies?</p></div>
            <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
            <li><a href="/sport">Sport</a></li></ul></nav></header>
            <main><article class="story">
              <h1>Harbour pilots end strike after pay deal</h1>
              <p class="byline">By <a href="/authors/ines">Ines Calloway</a></p>
              <time datetime="2024-03-05T09:00:00Z">5 March 2024</time>
              <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email this story</a></div>
              <div class="article-body">
                <p>Harbour pilots in the port of Westhaven returned to work on Tuesday, ending a nine-day strike that had left
                dozens of container ships waiting at anchor outside the breakwater.</p>
                <p>The pilots' association said its members had accepted a two-year agreement that raises pay by six percent
                and limits night shifts to three a week, a demand that had stalled earlier talks.</p>
                <figure><img src="ship.jpg"><figcaption>A container ship waits outside the harbour. Photo: Port Authority</figcaption></figure>
                <h2>Backlog of ships</h2>
                <p>Port officials expect the backlog to clear within a week, although some shipping lines have already
                diverted vessels to the neighbouring port of Carrow, forty kilometres to the south.</p>
                <ul><li>Forty-one ships were waiting on Monday evening.</li><li>Nine of them carry perishable goods.</li></ul>
                <blockquote><p>"We are relieved that the harbour is moving again," said the port's director, Amal Fenwick.</p></blockquote>
                <p>Read more: <a href="/pilots-talks">Pilots and port agree to mediation</a></p>
                <p>The agreement still has to be ratified by a vote of all members, which is scheduled for next month.</p>
              </div>
              <div class="tags"><a href="/t/ports">Ports</a> <a href="/t/labour">Labour</a></div>
            </article>
            <section class="related-stories"><h2>Related stories</h2>
              <article><h3><a href="/a">Ferry operators warn of higher fares</a></h3><p>Operators blame fuel costs for the rise.</p></article>
              <article><h3><a href="/b">New crane arrives at container terminal</a></h3><p>The crane is the largest in the region.</p></article>
            </section>
            <div id="comments"><h3>12 comments</h3><div class="comment"><p>This strike cost my business a fortune and nobody
            will compensate us for the lost weeks of trade.</p></div></div>
            </main>
            <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Storm closes coastal road</a></li>
            <li><a href="/y">Council approves new bridge</a></li></ol></aside>
            <footer><p>© 2024 The Coastal Ledger. All rights reserved. Contact us · Privacy policy · Terms of use</p></footer>
            </body></html>
            """;

    @Test
    void aNewsPageGivesItsBodyWithoutTheFurnitureAround() {
        CleanText c = extract(NEWS_PAGE);
        String t = text(c);
        assertThat(t).contains("Harbour pilots in the port of Westhaven returned to work on Tuesday")
                .contains("Backlog of ships")
                .contains("Forty-one ships were waiting on Monday evening.")
                .contains("We are relieved that the harbour is moving again")
                .contains("ratified by a vote of all members");
        assertThat(t).doesNotContain("cookies", "Home", "Share on social media", "Photo: Port Authority", "Ports",
                "Ferry operators", "Operators blame fuel costs", "nobody will compensate", "Storm closes",
                "All rights reserved", "Read more", "Ines Calloway");
        assertThat(c.title().text()).isEqualTo("Harbour pilots end strike | The Coastal Ledger".replace(" | The Coastal Ledger", "")
                .replace("Harbour pilots end strike", "Harbour pilots end strike after pay deal"));
    }

    @Test
    void headingsListsAndParagraphsStaySeparateBlocks() {
        CleanText c = extract(NEWS_PAGE);
        List<String> p = c.paragraphs().stream().map(TextBlock::text).toList();
        assertThat(p).contains("Backlog of ships", "Forty-one ships were waiting on Monday evening.",
                "Nine of them carry perishable goods.");
        assertThat(p.get(0)).startsWith("Harbour pilots in the port of Westhaven").doesNotContain("\n");
    }

    @Test
    void everyCopiedPieceMapsBackToTheSameCharactersOfThePage() {
        CleanText c = extract(NEWS_PAGE);
        for (TextBlock b : c.paragraphs()) {
            for (SourceMap.Piece piece : b.pieces()) {
                if (piece.length() > 0) {
                    assertThat(NEWS_PAGE.substring(piece.sourceStart(), piece.sourceStart() + piece.length()))
                            .isEqualTo(b.text().substring(piece.cleanStart(), piece.cleanStart() + piece.length()));
                }
            }
        }
    }

    @Test
    void aGermanPageWithRelatedLinksAndACommentForm() {
        String html = """
                <html lang="de"><body><div id="wrapper"><div class="menu"><a href="/">Startseite</a> <a href="/k">Kontakt</a></div>
                <div id="content"><div class="post"><h1>Neue Radwege in der Altstadt</h1>
                <div class="entry-meta">Veröffentlicht am 12. März 2021 von Redaktion</div>
                <div class="entry-content">
                <p>Die Stadt hat am Montag mit dem Bau von drei neuen Radwegen in der Altstadt begonnen, die bis zum Herbst
                fertig sein sollen.</p>
                <p>Nach Angaben der Verwaltung kostet das Vorhaben rund 1,2 Millionen Euro, von denen das Land die Hälfte trägt.</p>
                <p>Lesen Sie auch: <a href="/x">Parkgebühren steigen im Sommer</a></p>
                <p>Anwohner können sich bis Ende April in einer Bürgersprechstunde über die Umleitungen informieren.</p>
                </div>
                <div class="sharedaddy"><h3>Teilen mit:</h3><a href="#">Facebook</a><a href="#">Twitter</a></div>
                <div id="jp-relatedposts" class="jp-relatedposts"><h3>Ähnliche Beiträge</h3><p><a href="/y">Neuer Spielplatz im Stadtpark</a></p></div>
                </div>
                <div id="respond"><h3>Schreibe einen Kommentar</h3><p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p></div>
                </div>
                <div id="sidebar"><h3>Neueste Beiträge</h3><ul><li><a href="/1">Wochenmarkt zieht um</a></li></ul></div>
                <div id="footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutzerklärung</a></div>
                </div></body></html>
                """;
        String t = text(extract(html));
        assertThat(t).contains("mit dem Bau von drei neuen Radwegen", "1,2 Millionen Euro", "Bürgersprechstunde");
        assertThat(t).doesNotContain("Startseite", "Veröffentlicht am", "Lesen Sie auch", "Teilen mit", "Ähnliche Beiträge",
                "Schreibe einen Kommentar", "Neueste Beiträge", "Impressum");
    }

    @Test
    void aPolishPageWhoseTextIsInDivsWithLineBreaks() {
        String html = """
                <html lang="pl"><body><table><tr><td class="nav"><a href="/">Strona główna</a><br><a href="/o">O nas</a></td>
                <td>
                <b>Nowy most na Wiśle otwarty</b><br><br>
                W sobotę otwarto dla ruchu nowy most na Wiśle, który połączy dwie dzielnice miasta i skróci dojazd do centrum
                o kilkanaście minut.<br><br>
                Budowa trwała trzy lata i kosztowała ponad czterysta milionów złotych, z czego połowę pokryły fundusze unijne.<br><br>
                Czytaj też: <a href="/z">Remont dworca potrwa do jesieni</a>
                </td></tr></table>
                <div class="stopka">Wszelkie prawa zastrzeżone</div></body></html>
                """;
        String t = text(extract(html));
        assertThat(t).contains("W sobotę otwarto dla ruchu nowy most na Wiśle", "ponad czterysta milionów złotych");
        assertThat(t).doesNotContain("Strona główna", "Czytaj też");
    }

    @Test
    void aPageWithManyArticleElementsKeepsTheLongOneNotTheTeasers() {
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            teasers.append("<article class=\"card\"><h2><a href=\"/s").append(i).append("\">Teaser headline number ").append(i)
                    .append("</a></h2><p>A short teaser sentence about another story.</p></article>");
        }
        String html = "<html><body>" + teasers.substring(0, teasers.length() / 2)
                + "<article><h1>Library reopens after flood repairs</h1>"
                + "<p>The central library reopened on Saturday after eight months of repairs to its flooded basement archive.</p>"
                + "<p>Volunteers spent weeks drying and cataloguing damaged books, most of which could be saved.</p>"
                + "<p>The reading room now has new shelving and a raised floor to protect the collection from future floods.</p>"
                + "</article>" + teasers.substring(teasers.length() / 2) + "</body></html>";
        String t = text(extract(html));
        assertThat(t).contains("reopened on Saturday", "Volunteers spent weeks", "raised floor");
        assertThat(t).doesNotContain("Teaser headline", "short teaser sentence");
    }

    @Test
    void aVeryShortArticleIsKept() {
        String html = "<html><body><nav><a href='/'>Home</a></nav><div class='content'><h1>Road closed</h1>"
                + "<p>The coast road is closed until Friday because of a landslide.</p></div>"
                + "<footer>Contact · Imprint</footer></body></html>";
        assertThat(text(extract(html))).isEqualTo("The coast road is closed until Friday because of a landslide.");
    }

    @Test
    void theJsonLdArticleBodyPointsToTheArticleWhereMarkupDoesNot() {
        String body = "The regional court ruled on Thursday that the quarry may not expand into the protected forest. "
                + "Residents had campaigned against the expansion for six years and welcomed the decision. "
                + "The quarry operator said it would study the ruling before deciding whether to appeal.";
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Court stops quarry expansion\",\"articleBody\":\"" + body + "\"}</script></head><body>"
                + "<div class=\"x1\"><div class=\"q7\"><p>Residents had campaigned against the expansion for six years and welcomed the decision.</p>"
                + "<p>The regional court ruled on Thursday that the quarry may not expand into the protected forest.</p>"
                + "<p>The quarry operator said it would study the ruling before deciding whether to appeal.</p></div></div>"
                + "<div class=\"q8\"><p>Subscribe to our weekly digest of regional news, sent every Friday morning to your inbox.</p>"
                + "<p>Our reporters cover twelve districts and publish more than forty stories every single week.</p>"
                + "<p>Support independent local journalism with a monthly contribution of your choice today.</p>"
                + "<p>Download our app to read the news offline and get alerts for breaking stories near you.</p></div>"
                + "</body></html>";
        String t = text(extract(html));
        assertThat(t).contains("quarry may not expand", "study the ruling");
        assertThat(t).doesNotContain("weekly digest", "Download our app");
    }

    @Test
    void aPageWithoutAnyTextIsRejectedWithAReason() {
        Outcome<CleanText> o = extractor.extract(new RawArticle("t", Origin.of("t.html"), Format.HTML,
                "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>", ArticleMeta.EMPTY, List.of()));
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected<CleanText>) o).rejection().detail()).contains("no article text");
    }

    @Test
    void tablesBecomeOneLineARow() {
        String html = "<html><body><div class='article-body'><p>The ministry published the results of the water quality tests for the three lakes.</p>"
                + "<table><tr><th>Lake</th><th>Grade</th></tr><tr><td>Blue Lake</td><td>good</td></tr>"
                + "<tr><td>Mill Pond</td><td>poor</td></tr></table>"
                + "<p>The ministry will repeat the tests in the autumn and publish them on its website.</p></div></body></html>";
        List<String> p = extract(html).paragraphs().stream().map(TextBlock::text).toList();
        assertThat(p).contains("Lake | Grade", "Blue Lake | good", "Mill Pond | poor");
    }
}
