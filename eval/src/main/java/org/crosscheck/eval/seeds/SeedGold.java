package org.crosscheck.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference annotations of a seeds-format development set ({@code seeds.gold.json}, and the
 * project's own claims set in the same format). Kept as a JSON tree: each scorer reads its part.
 */
public record SeedGold(JsonNode root) {

    public static SeedGold read(Path file) throws IOException {
        return new SeedGold(new ObjectMapper().readTree(file.toFile()));
    }

    public List<JsonNode> list(String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode n = root.get(field);
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    public static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode n = node.get(field);
        if (n != null && n.isArray()) {
            n.forEach(x -> {
                if (x.isTextual()) {
                    out.add(x.asText());
                }
            });
        }
        return out;
    }

    public static String text(JsonNode node, String field) {
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
