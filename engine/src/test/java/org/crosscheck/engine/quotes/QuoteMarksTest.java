package org.crosscheck.engine.quotes;

import org.crosscheck.engine.Randomized;
import org.crosscheck.engine.doc.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteMarksTest {

    private static List<String> contents(String text) {
        List<String> out = new ArrayList<>();
        for (QuoteMarks.Quoted q : QuoteMarks.scan(text, List.of(new Span(0, text.length())))) {
            out.add((q.depth() > 0 ? "inner:" : "") + q.content().in(text));
        }
        return out;
    }

    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            out.add(new Span(start, end));
            start = end + 2;
        }
        return out;
    }

    @Test
    void curlyStraightAndNewsroomMarks() {
        assertThat(contents("He said “yes” and \"no\" and ''maybe'' then.")).containsExactly("yes", "no", "maybe");
    }

    @Test
    void apostrophesAreNotMarks() {
        assertThat(contents("Russia’s envoy said the ’90s were hard and didn't end well.")).isEmpty();
        assertThat(contents("The neighbours’ fears were not “unfounded,” she said.")).containsExactly("unfounded,");
    }

    @Test
    void singleMarksAsOuterQuotes() {
        assertThat(contents("Lavrov: ‘Talks will go on’")).containsExactly("Talks will go on");
    }

    @Test
    void germanFrenchAndSwedishMarks() {
        assertThat(contents("Er sagte „Wir bleiben“ und ging.")).containsExactly("Wir bleiben");
        assertThat(contents("Il a dit « Nous restons » hier.")).containsExactly(" Nous restons ");
        assertThat(contents("Han sa ”Vi stannar” igen.")).containsExactly("Vi stannar");
        assertThat(contents("Er sagte »Wir bleiben« und ging.")).containsExactly("Wir bleiben");
    }

    @Test
    void nestedQuotesKeepTheirDepth() {
        assertThat(contents("“He told me ‘not today’ and left,” she said."))
                .containsExactly("He told me ‘not today’ and left,", "inner:not today");
    }

    @Test
    void quoteContinuesIntoTheNextParagraphThatOpensWithAMark() {
        String text = "She said: “The first part.\n\n“The second part.”\n\nNot quoted.";
        List<QuoteMarks.Quoted> qs = QuoteMarks.scan(text, paragraphs(text));
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).content().in(text)).isEqualTo("The first part.\n\n“The second part.");
        assertThat(qs.get(0).reopenings()).containsExactly(text.indexOf("“The second"));
        assertThat(qs.get(0).closed()).isTrue();
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "She said: “The first part.\n\nThe second paragraph.";
        List<QuoteMarks.Quoted> qs = QuoteMarks.scan(text, paragraphs(text));
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).closed()).isFalse();
        assertThat(qs.get(0).content().in(text)).isEqualTo("The first part.");
    }

    static Stream<String> noise() {
        return Randomized.cases(500, r -> Randomized.string(r, "ab \"'`“”‘’«»„‚›‹\n.,", 120)).stream();
    }

    /** Whatever the marks, every quote lies inside the text, inside its marks, and quotes nest or are apart. */
    @ParameterizedTest
    @MethodSource("noise")
    void quotesAreWellFormed(String text) {
        List<Span> paras = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    paras.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        List<QuoteMarks.Quoted> qs = QuoteMarks.scan(text, paras);
        for (QuoteMarks.Quoted q : qs) {
            assertThat(q.open()).isGreaterThanOrEqualTo(0);
            assertThat(q.contentStart()).isGreaterThan(q.open());
            assertThat(q.close()).isGreaterThanOrEqualTo(q.contentStart());
            assertThat(q.closeEnd()).isLessThanOrEqualTo(text.length());
            assertThat(QuoteMarks.isMark(text.charAt(q.open())) || text.charAt(q.open()) == '`').as("mark at %d in %s", q.open(), text).isTrue();
        }
        for (QuoteMarks.Quoted a : qs) {
            for (QuoteMarks.Quoted b : qs) {
                if (a == b) {
                    continue;
                }
                boolean apart = a.outer().end() <= b.outer().start() || b.outer().end() <= a.outer().start();
                boolean nested = a.outer().contains(b.outer()) || b.outer().contains(a.outer());
                assertThat(apart || nested).as("%s and %s", a, b).isTrue();
            }
        }
    }
}
