package org.crosscheck.engine.clean;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.SourceMap;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextCleaningTest {

    private static final Cleaner CLEANER = Cleaner.standard();

    private static Document clean(String text) {
        return clean(text, Format.TEXT, ArticleMeta.EMPTY);
    }

    private static Document clean(String text, Format format, ArticleMeta meta) {
        RawArticle raw = new RawArticle("t", Origin.of("t"), format, text, meta, List.of());
        Outcome<CleanText> o = CLEANER.extract(raw);
        assertThat(o).isInstanceOf(Outcome.Ok.class);
        return Cleaner.assemble(raw, ((Outcome.Ok<CleanText>) o).value());
    }

    private static final String BODY1 = "The harbour authority said on Monday that the new ferry terminal would open in May, two months late.";
    private static final String BODY2 = "Engineers blamed the delay on storms that damaged the pier twice during the winter.";

    @Test
    void headlineBecomesTheTitleAndNavigationGoes() {
        Document d = clean("Jump to navigation\n\nFerry Terminal Opening Slips to May\n\n" + BODY1 + "\n\n" + BODY2 + "\n");
        assertThat(d.titleText()).isEqualTo("Ferry Terminal Opening Slips to May");
        assertThat(d.paragraphs()).hasSize(2);
        assertThat(d.text()).doesNotContain("Jump to navigation");
        assertThat(d.meta().title()).isEqualTo("Ferry Terminal Opening Slips to May");
    }

    @Test
    void aHeadlineRepeatedAtTheEndAppearsOnce() {
        String t = "Ferry Terminal Opening Slips to May\n\n" + BODY1 + "\n\n" + BODY2 + "\n\nFerry Terminal Opening Slips to May\n";
        Document d = clean(t);
        assertThat(d.text().split("Ferry Terminal Opening Slips to May", -1)).hasSize(2);
    }

    @Test
    void aTeaserParagraphRepeatedInTheBodyIsKeptOnce() {
        String t = BODY2 + "\n\n" + BODY1 + "\n\n" + BODY2 + "\n\nA final sentence closes the report on the ferry works.\n";
        Document d = clean(t);
        assertThat(d.text().split(java.util.regex.Pattern.quote(BODY2), -1)).hasSize(2);
        assertThat(d.text()).contains(BODY1);
    }

    @Test
    void creditsCommentPromptsAndPublisherNoticesGo() {
        String t = "Image: harbour-news.example\n\nFerry Terminal Opening Slips to May\n\n" + BODY1 + "\n\n" + BODY2
                + "\n\n\nCoastal Wire\n\nThis site publishes content from partner feeds automatically; the views expressed "
                + "are not those of the site or its editors.\n\nPost a comment\n";
        Document d = clean(t);
        assertThat(d.text()).doesNotContain("Image:").doesNotContain("Coastal Wire").doesNotContain("partner feeds")
                .doesNotContain("Post a comment");
        assertThat(d.text()).contains(BODY1).contains(BODY2);
    }

    @Test
    void aTextWithoutAHeadlineHasNoTitle() {
        Document d = clean(BODY1 + "\n" + BODY2 + "\n");
        assertThat(d.title()).isNull();
        assertThat(d.paragraphs()).hasSize(2);
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String t = "The harbour authority said on Monday that the new ferry\nterminal would open in May, two months\nlater than planned, because of storm damage.\n\nSecond paragraph here, short and complete.\n";
        Document d = clean(t);
        assertThat(d.paragraphs()).hasSize(2);
        assertThat(d.text(d.paragraphs().get(0))).isEqualTo(
                "The harbour authority said on Monday that the new ferry terminal would open in May, two months later than planned, because of storm damage.");
    }

    @Test
    void bylinesAndDateLinesFeedTheMetadata() {
        String t = "Ferry Terminal Opening Slips to May\n\nBy Maren Solberg\n\nPublished 14 March 2025\n\n" + BODY1 + "\n\n" + BODY2;
        Document d = clean(t);
        assertThat(d.meta().authors()).containsExactly("Maren Solberg");
        assertThat(d.meta().published()).hasToString("2025-03-14");
        assertThat(d.meta().provenance()).containsEntry("published", "text:dateline");
        assertThat(d.text()).doesNotContain("By Maren Solberg");
    }

    @Test
    void markdownMarkersLeaveTheTextButOffsetsStillPointIntoTheInput() {
        String md = "# Ferry Terminal Opening Slips to May\n\nThe **harbour** authority said [on Monday](https://example.org) that the terminal opens in May.\n\n- Engineers blamed storms for the delay at the pier.\n";
        Document d = clean(md, Format.MARKDOWN, ArticleMeta.EMPTY);
        assertThat(d.titleText()).isEqualTo("Ferry Terminal Opening Slips to May");
        assertThat(d.text()).contains("The harbour authority said on Monday that the terminal opens in May.");
        int at = d.text().indexOf("harbour");
        assertThat(md.substring(d.sourceMap().toSource(at), d.sourceMap().toSource(at) + 7)).isEqualTo("harbour");
    }

    @Test
    void everyCopiedPieceEqualsItsSource() {
        String t = "  Ferry Terminal Opening Slips to May  \r\n\r\n\t" + BODY1 + "\r\n" + BODY2 + "\r\n\r\nPrint\r\n";
        Document d = clean(t);
        for (SourceMap.Piece p : d.sourceMap().pieces()) {
            assertThat(d.text().substring(p.cleanStart(), p.cleanStart() + p.length()))
                    .isEqualTo(t.substring(p.sourceStart(), p.sourceStart() + p.length()));
        }
        Span b = d.paragraphs().get(0);
        assertThat(t.substring(d.sourceMap().toSource(b).start(), d.sourceMap().toSource(b).end())).isEqualTo(BODY1);
    }

    @Test
    void metadataTitleWinsAndItsLineIsNotRepeated() {
        ArticleMeta meta = new ArticleMeta(null, "Coastal Wire", null, null, "Terminal delayed", List.of(), null, java.util.Map.of("title", "jsonl"));
        Document d = clean("Terminal delayed\n\n" + BODY1 + "\n\n" + BODY2, Format.TEXT, meta);
        assertThat(d.titleText()).isEqualTo("Terminal delayed");
        assertThat(d.paragraphs()).hasSize(2);
    }
}
