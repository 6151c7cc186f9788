package org.crosscheck.engine.doc;

import org.crosscheck.engine.Randomized;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpanPropertiesTest {

    private static int[] span(Random r) {
        int a = r.nextInt(501);
        int b = r.nextInt(501);
        return new int[]{Math.min(a, b), Math.max(a, b)};
    }

    static Stream<Arguments> spansAndTexts() {
        return Randomized.cases(1000, r -> Arguments.of(span(r), Randomized.string(r, "ab \n\u201C\u2019xyz.", 600))).stream();
    }

    static Stream<Arguments> spanPairs() {
        return Randomized.cases(1000, r -> Arguments.of(span(r), span(r))).stream();
    }

    @ParameterizedTest
    @MethodSource("spansAndTexts")
    void aSpansTextIsItsSubstring(int[] se, String text) {
        if (se[1] > text.length()) {
            assertThatThrownBy(() -> new Span(se[0], se[1]).in(text)).isInstanceOf(IndexOutOfBoundsException.class);
            return;
        }
        Span s = new Span(se[0], se[1]);
        assertThat(s.in(text)).isEqualTo(text.substring(se[0], se[1]));
        assertThat(s.length()).isEqualTo(s.in(text).length());
    }

    @ParameterizedTest
    @MethodSource("spanPairs")
    void unionContainsBoth(int[] a, int[] b) {
        Span x = new Span(a[0], a[1]);
        Span y = new Span(b[0], b[1]);
        Span u = x.union(y);
        assertThat(u.contains(x)).isTrue();
        assertThat(u.contains(y)).isTrue();
        assertThat(x.overlaps(y)).isEqualTo(y.overlaps(x));
    }

    @Test
    void negativeOrReversedSpansAreRefused() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(5, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentRefusesLayersOutsideItsText() {
        assertThatThrownBy(() -> Document.of("x", Origin.of("x"), ArticleMeta.EMPTY, "short", null,
                List.of(new Span(0, 9)), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> new Token(new Span(0, 3), "ab")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sourceMapFindsInputOffsets() {
        SourceMap m = new SourceMap(List.of(new SourceMap.Piece(0, 10, 5), new SourceMap.Piece(7, 30, 4)));
        assertThat(m.toSource(0)).isEqualTo(10);
        assertThat(m.toSource(4)).isEqualTo(14);
        assertThat(m.toSource(6)).isEqualTo(15); // separator: end of the previous piece
        assertThat(m.toSource(8)).isEqualTo(31);
        assertThat(m.toSource(new Span(7, 11))).isEqualTo(new Span(30, 34));
    }
}
