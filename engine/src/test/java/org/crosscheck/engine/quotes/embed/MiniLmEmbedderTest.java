package org.crosscheck.engine.quotes.embed;

import org.crosscheck.engine.quotes.SentenceEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The model inside the jar, on sentences written for this test: what the utterance matcher relies on. */
class MiniLmEmbedderTest {

    static final List<String> SENTENCES = List.of(
            "The port will stay open all winter, whatever the storms.",
            "The harbour will remain open throughout the winter, whatever storms come.",
            "Wheat prices rose for the third month in a row.",
            "");

    static List<float[]> vectors;

    @BeforeAll
    static void embed() {
        vectors = new MiniLmEmbedder().embed(SENTENCES);
    }

    @Test
    void oneUnitVectorPerText() {
        assertThat(vectors).hasSize(SENTENCES.size());
        for (float[] v : vectors) {
            assertThat(v).hasSize(384);
            assertThat(SentenceEmbedder.cosine(v, v)).isCloseTo(1.0, offset(1e-4));
        }
    }

    @Test
    void twoWordingsOfOneStatementAreCloserThanAnotherTopic() {
        double same = SentenceEmbedder.cosine(vectors.get(0), vectors.get(1));
        double other = SentenceEmbedder.cosine(vectors.get(0), vectors.get(2));
        assertThat(same).isGreaterThan(0.7);
        assertThat(other).isLessThan(0.4);
        assertThat(same - other).isGreaterThan(0.4);
    }

    @Test
    void theCacheEmbedsEachTextOnce() {
        List<String> seen = new java.util.ArrayList<>();
        SentenceEmbedder counting = new SentenceEmbedder() {
            @Override
            public List<float[]> embed(List<String> texts) {
                seen.addAll(texts);
                return texts.stream().map(t -> new float[] {1f}).toList();
            }

            @Override
            public String describe() {
                return "counting";
            }
        };
        org.crosscheck.engine.quotes.CachingEmbedder cache = new org.crosscheck.engine.quotes.CachingEmbedder(counting, 10);
        cache.embed(List.of("a", "b"));
        cache.embed(List.of("b", "c"));
        assertThat(seen).containsExactly("a", "b", "c");
        assertThat(cache.embedded()).isEqualTo(3);
        assertThat(cache.hits()).isEqualTo(1);
    }
}
