package org.crosscheck.eval.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** CoNLL-2003 columns (token, POS, chunk, NER in IOB1); sentences end at blank lines, -DOCSTART- is skipped. */
public final class ConllReader {

    /** One sentence: words and their gold NER tags. */
    public record Sentence(List<String> words, List<String> tags) {
    }

    private ConllReader() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("-DOCSTART-")) {
                if (!words.isEmpty()) {
                    out.add(new Sentence(List.copyOf(words), List.copyOf(tags)));
                    words.clear();
                    tags.clear();
                }
                continue;
            }
            String[] f = l.split("\\s+");
            words.add(f[0]);
            tags.add(f[f.length - 1]);
        }
        if (!words.isEmpty()) {
            out.add(new Sentence(words, tags));
        }
        return out;
    }

    /** Entity spans of IOB1/IOB2 tags as "start:end:TYPE" (token indices, end exclusive). */
    public static List<String> spans(List<String> tags) {
        List<String> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            String ty = t.equals("O") ? null : t.substring(t.indexOf('-') + 1);
            boolean begin = t.startsWith("B-");
            if (type != null && (ty == null || !ty.equals(type) || begin)) {
                out.add(start + ":" + i + ":" + type);
                type = null;
            }
            if (ty != null && type == null) {
                start = i;
                type = ty;
            }
        }
        return out;
    }
}
