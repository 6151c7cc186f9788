package org.crosscheck.engine.nlp.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions) run in-process through langchain4j's ONNX
 * runtime; the model travels inside its Maven artifact, nothing is downloaded. The only class
 * that knows the library. One instance per process ({@link #shared()}): the model is large and the
 * same sentences are often embedded by several services, so vectors are cached by text.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /** Texts longer than this are cut: the model reads at most 256 word pieces anyway. */
    static final int MAX_CHARS = 2000;
    private static final int CACHE_LIMIT = 200_000;

    private static final class Holder {
        static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    }

    private final EmbeddingModel model;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    private MiniLmEmbedder() {
        // A direct executor: callers already run on worker threads, and batches here are small.
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    public static MiniLmEmbedder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public String describe() {
        return "all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions, langchain4j-embeddings 0.36.2)";
    }

    @Override
    public float[] embed(String text) {
        String key = key(text);
        float[] v = cache.get(key);
        if (v == null) {
            v = unit(model.embed(key.isBlank() ? "." : key).content().vector());
            if (cache.size() < CACHE_LIMIT) {
                cache.put(key, v);
            }
        }
        return v;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            String k = key(t);
            if (!cache.containsKey(k) && !missing.contains(k)) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segs = missing.stream().map(s -> TextSegment.from(s.isBlank() ? "." : s)).toList();
            List<Embedding> es = model.embedAll(segs).content();
            for (int i = 0; i < missing.size(); i++) {
                float[] v = unit(es.get(i).vector());
                if (cache.size() < CACHE_LIMIT) {
                    cache.put(missing.get(i), v);
                } else {
                    return texts.stream().map(this::embed).toList();
                }
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }

    private static String key(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
