package org.crosscheck.engine.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the last {@code capacity} texts, so a statement compared again (in a
 * later run of the same engine, or against another candidate) is embedded once. Thread-safe.
 */
public final class CachingEmbedder implements SentenceEmbedder {

    private final SentenceEmbedder inner;
    private final Map<String, float[]> cache;
    private long hits;
    private long misses;

    public CachingEmbedder(SentenceEmbedder inner, int capacity) {
        this.inner = inner;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> todo = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        synchronized (cache) {
            for (int i = 0; i < texts.size(); i++) {
                float[] v = cache.get(texts.get(i));
                if (v != null) {
                    out[i] = v;
                    hits++;
                } else {
                    todo.add(texts.get(i));
                    where.add(i);
                }
            }
        }
        if (!todo.isEmpty()) {
            List<float[]> fresh = inner.embed(todo);
            synchronized (cache) {
                misses += todo.size();
                for (int k = 0; k < todo.size(); k++) {
                    out[where.get(k)] = fresh.get(k);
                    cache.put(todo.get(k), fresh.get(k));
                }
            }
        }
        return List.of(out);
    }

    /** Texts embedded so far (cache misses). */
    public long embedded() {
        synchronized (cache) {
            return misses;
        }
    }

    public long hits() {
        synchronized (cache) {
            return hits;
        }
    }

    @Override
    public String describe() {
        return inner.describe() + ", cached";
    }
}
