package org.crosscheck.eval.stories;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles made from texts alone, so that nothing but the text reaches the engine: each id is a hash
 * of the text (the gold file's ids encode the answer), there is no metadata, and the articles are
 * handed over in the order of their hashes (the file is sorted by topic).
 */
public final class BlindArticles {

    /** The articles, and for each the index of its text in the input list. */
    public record Batch(List<Outcome<RawArticle>> articles, List<Integer> sourceIndex) {

        /** Text index to article id. */
        public Map<Integer, String> idOfText() {
            Map<Integer, String> out = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                out.put(sourceIndex.get(i), ((Outcome.Ok<RawArticle>) articles.get(i)).value().id());
            }
            return out;
        }
    }

    private BlindArticles() {
    }

    public static Batch of(List<String> texts) {
        List<String> hashes = new ArrayList<>(texts.size());
        for (String t : texts) {
            hashes.add(sha256(t));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(hashes::get));
        List<Outcome<RawArticle>> out = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (int i : order) {
            String base = "t" + hashes.get(i).substring(0, 12);
            int k = used.merge(base, 1, Integer::sum);
            String id = k == 1 ? base : base + "-" + k;
            out.add(Outcome.ok(new RawArticle(id, Origin.of(id), Format.TEXT, texts.get(i), ArticleMeta.EMPTY, List.of())));
        }
        return new Batch(out, List.copyOf(order));
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : d) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
