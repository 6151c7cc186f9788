package org.crosscheck.engine.quotes;

import java.util.List;

/**
 * Sentence embeddings for comparing what two quotes mean. Implementations are thread-safe and
 * return unit-length vectors, so a dot product is the cosine.
 */
public interface SentenceEmbedder {

    /** One unit-length vector per text, in order. */
    List<float[]> embed(List<String> texts);

    /** A short description for reports ("all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions)"). */
    String describe();

    static double cosine(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
