package org.crosscheck.engine.nlp.embed;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SentenceEmbedderTest {

    @Test
    void paraphrasesLieCloserThanUnrelatedSentences() {
        SentenceEmbedder e = SentenceEmbedder.standard();
        List<float[]> v = e.embed(List.of("The ferry service will resume in the spring.",
                "Ferries are due to run again from spring.", "The orchestra played three encores."));
        assertThat(v).hasSize(3).allSatisfy(x -> assertThat(x).hasSize(384));
        assertThat(SentenceEmbedder.cosine(v.get(0), v.get(1))).isGreaterThan(SentenceEmbedder.cosine(v.get(0), v.get(2)) + 0.2);
        assertThat(SentenceEmbedder.cosine(v.get(0), v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void oneTextAndABatchAgreeAndEmptyTextIsAllowed() {
        SentenceEmbedder e = SentenceEmbedder.standard();
        float[] one = e.embed("Harbour cranes were idle all week.");
        float[] batch = e.embed(List.of("Harbour cranes were idle all week.")).get(0);
        assertThat(SentenceEmbedder.cosine(one, batch)).isGreaterThan(0.9999);
        assertThat(e.embed("")).hasSize(384);
        assertThat(e.describe()).contains("MiniLM");
    }

    @Test
    void cosineRejectsVectorsOfDifferentSizes() {
        assertThatThrownBy(() -> SentenceEmbedder.cosine(new float[3], new float[4])).isInstanceOf(IllegalArgumentException.class);
        assertThat(SentenceEmbedder.cosine(new float[3], new float[3])).isZero();
    }
}
