package org.crosscheck.eval.quotes;

import org.crosscheck.engine.doc.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * PolNeAR-format attribution data: {@code text/NAME.txt} and brat standoff
 * {@code attributions/NAME_ANNOTATOR.ann}, where {@code T} lines give Source, Cue and Content spans
 * (possibly discontinuous, {@code start end;start end}) and an {@code E} line links them into one
 * attribution. Where several annotators' files exist for an article, the first in name order is the
 * gold. Offsets in the files count Unicode code points; they are turned into Java string offsets here.
 */
final class PolnearCorpus {

    /** One attribution: its source (empty for Attribution-no-source), cue and content fragments. */
    record Attribution(List<Span> source, List<Span> cue, List<Span> content) {
    }

    /** One article and its gold attributions. */
    record Article(String name, String text, List<Attribution> attributions, Path annotations) {
    }

    private PolnearCorpus() {
    }

    static List<Article> read(Path dir) throws IOException {
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IOException(dir + " is not a PolNeAR-format folder: it needs text/ and attributions/");
        }
        Map<String, Path> firstAnnotation = new TreeMap<>();
        try (Stream<Path> s = Files.list(anns)) {
            for (Path p : s.sorted().toList()) {
                String f = p.getFileName().toString();
                if (!f.endsWith(".ann")) {
                    continue;
                }
                int us = f.lastIndexOf('_');
                String base = us > 0 ? f.substring(0, us) : f.substring(0, f.length() - 4);
                firstAnnotation.putIfAbsent(base, p);
            }
        }
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
            Path text = texts.resolve(e.getKey() + ".txt");
            if (!Files.exists(text)) {
                continue;
            }
            String t = Files.readString(text, StandardCharsets.UTF_8);
            out.add(new Article(e.getKey(), t, parse(e.getValue(), t), e.getValue()));
        }
        return out;
    }

    static List<Attribution> parse(Path ann, String text) throws IOException {
        int[] toChar = codePointOffsets(text);
        Map<String, String> types = new HashMap<>();
        Map<String, List<Span>> spans = new HashMap<>();
        List<Attribution> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        int no = 0;
        for (String line : lines) {
            no++;
            if (!line.startsWith("T")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IOException(ann + ":" + no + ": a T line needs an id and a typed span");
            }
            int sp = f[1].indexOf(' ');
            String type = f[1].substring(0, sp);
            List<Span> list = new ArrayList<>();
            for (String frag : f[1].substring(sp + 1).split(";")) {
                String[] ab = frag.strip().split("\\s+");
                int a = Integer.parseInt(ab[0]);
                int b = Integer.parseInt(ab[1]);
                if (a < 0 || b < a || b >= toChar.length) {
                    throw new IOException(ann + ":" + no + ": span " + a + "-" + b + " outside the text");
                }
                list.add(new Span(toChar[a], toChar[b]));
            }
            types.put(f[0], type);
            spans.put(f[0], list);
        }
        for (String line : lines) {
            if (!line.startsWith("E")) {
                continue;
            }
            String[] f = line.split("\t");
            List<Span> source = List.of();
            List<Span> cue = List.of();
            List<Span> content = List.of();
            for (String arg : f[1].split("\\s+")) {
                int c = arg.indexOf(':');
                if (c < 0) {
                    continue;
                }
                String role = arg.substring(0, c);
                List<Span> s = spans.getOrDefault(arg.substring(c + 1), List.of());
                switch (role) {
                    case "Source" -> source = s;
                    case "Cue" -> cue = s;
                    case "Content" -> content = s;
                    default -> {
                    }
                }
            }
            if (!content.isEmpty()) {
                out.add(new Attribution(source, cue, content));
            }
        }
        return out;
    }

    /** Code point index to char index, with one entry past the end. */
    static int[] codePointOffsets(String text) {
        int cps = text.codePointCount(0, text.length());
        int[] map = new int[cps + 1];
        int ci = 0;
        for (int i = 0; i < cps; i++) {
            map[i] = ci;
            ci += Character.charCount(text.codePointAt(ci));
        }
        map[cps] = text.length();
        return map;
    }
}
