package org.crosscheck.engine.analysis;

import org.crosscheck.engine.Randomized;
import org.crosscheck.engine.TestEngine;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.SourceMap;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants every analysed document keeps, whatever the input: tokens sorted, disjoint and inside
 * the text; each span's text is its substring; sentences inside paragraphs or the title; mentions
 * point at entities that point back; copied pieces equal their source.
 */
class DocumentInvariantsTest {

    private static final String[] PIECES = {"The", "minister", "Ana", "Lopez", "said", "\u201CWe", "will", "act.\u201D",
            "Photo:", "Reuters", "in", "Oslo", "on", "Friday,", "March", "7.", "UN", "(United", "Nations)", "\n", "\n\n",
            "Mr.", "Smith", "\u2014", "e.g.", "3.5%", "U.S.", "'s", "\"", "...", "Share", "Leave", "a", "Reply", "#", "*",
            "<b>", "&amp;", "\t", "\u00A0", "\uD83D\uDE00", "Москва", "Zürich"};

    static Stream<Arguments> articles() {
        return Randomized.cases(60, r -> {
            int n = 1 + r.nextInt(120);
            List<String> words = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                words.add(PIECES[r.nextInt(PIECES.length)]);
            }
            return Arguments.of(String.join(" ", words), r.nextBoolean());
        }).stream();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyLayerStaysInsideItsText(String input, boolean markdown) {
        RawArticle raw = new RawArticle("p", Origin.of("p"), markdown ? Format.MARKDOWN : Format.TEXT, input,
                ArticleMeta.EMPTY, List.of());
        Analysis a = TestEngine.analyzer().analyzeRaw(List.of(Outcome.ok(raw)));
        assertThat(a.documents().size() + a.rejected().size()).isEqualTo(1);
        if (a.documents().isEmpty()) {
            return;
        }
        Document d = a.documents().get(0);
        String text = d.text();
        int prevEnd = 0;
        for (Token t : d.tokens()) {
            assertThat(t.start()).isGreaterThanOrEqualTo(prevEnd);
            assertThat(t.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
            prevEnd = t.end();
        }
        for (Sentence s : d.sentences()) {
            var region = s.paragraph() < 0 ? d.title() : d.paragraphs().get(s.paragraph());
            assertThat(region.contains(s.span())).isTrue();
            for (Token t : d.tokens(s)) {
                assertThat(s.span().contains(t.span())).isTrue();
            }
        }
        for (Mention m : d.mentions()) {
            assertThat(d.text(m.span())).isEqualTo(m.text());
            LocalEntity e = d.entities().get(m.entity());
            assertThat(e.mentions()).contains(d.mentions().indexOf(m));
        }
        for (SourceMap.Piece p : d.sourceMap().pieces()) {
            if (p.length() > 0) {
                assertThat(text.substring(p.cleanStart(), p.cleanStart() + p.length()))
                        .isEqualTo(input.substring(p.sourceStart(), p.sourceStart() + p.length()));
            }
        }
    }
}
