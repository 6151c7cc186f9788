package org.crosscheck.engine.nlp.embed;

import java.util.List;

/**
 * Sentence embeddings: a text becomes a unit-length vector, and two texts that say the same thing
 * in other words (or another translation) lie close together. Shared by every service that compares
 * statements across articles (utterances, claims), so the model is loaded once per process.
 * Implementations are thread-safe.
 */
public interface SentenceEmbedder {

    /** One unit-length vector per text, in order. */
    List<float[]> embed(List<String> texts);

    /** The unit-length vector of {@code text}. */
    default float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }

    /** A short description for reports ("all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions)"). */
    String describe();

    /** Cosine similarity of two vectors (the dot product, for the unit-length vectors {@link #embed} returns). */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The shared in-process model (all-MiniLM-L6-v2, quantised), loaded on first use. */
    static SentenceEmbedder standard() {
        return MiniLmEmbedder.shared();
    }
}
