package org.crosscheck.engine.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.engine.clean.CleanText;
import org.crosscheck.engine.clean.FurnitureFilter;
import org.crosscheck.engine.clean.TextBlock;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Decoder;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.HtmlCharset;
import org.crosscheck.engine.ingest.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Development aid, not a test of behaviour: with {@code -Dprobe.dir=DIR} (a trafilatura-format set)
 * it reports at which step of the extractor each expected snippet is lost and each unwanted one
 * survives. Does nothing without the property.
 */
class DevProbeTest {

    @Test
    void probe() throws Exception {
        String dir = System.getProperty("probe.dir");
        if (dir == null) {
            return;
        }
        JsonNode root = new ObjectMapper().readTree(Path.of(dir, "evaldata.json").toFile());
        MainTextExtractor x = new MainTextExtractor(FurnitureFilter.standard());
        Map<String, Integer> lost = new TreeMap<>();
        Map<String, Integer> kept = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        String only = System.getProperty("probe.step");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            String file = e.getValue().get("file").asText();
            byte[] b = new GZIPInputStream(Files.newInputStream(Path.of(dir, "html", file + ".gz"))).readAllBytes();
            var d = ((Outcome.Ok<Decoder.Decoded>) Decoder.decode(b, Origin.of(file), HtmlCharset.declared(b))).value();
            RawArticle raw = new RawArticle(file, Origin.of(file), Format.HTML, d.text(),
                    new ArticleMeta(e.getKey(), null, null, null, null, List.of(), null, Map.of()), List.of());
            Map<String, String> steps = new LinkedHashMap<>();
            List<String> removed = new ArrayList<>();
            List<String> finalBlocks = new ArrayList<>();
            Outcome<CleanText> o = x.extract(raw, (step, text) -> {
                if (step.equals("removed")) {
                    removed.add(norm(text));
                } else if (step.equals("block")) {
                    finalBlocks.add(norm(text));
                } else {
                    steps.put(step, norm(text));
                }
            });
            StringBuilder out = new StringBuilder();
            if (o instanceof Outcome.Ok<CleanText> ok) {
                for (TextBlock t : ok.value().paragraphs()) {
                    out.append(t.text()).append('\n');
                }
            }
            steps.put("output", norm(out.toString()));
            for (JsonNode w : e.getValue().get("with")) {
                String s = norm(w.asText());
                String prev = null;
                for (var st : steps.entrySet()) {
                    if (!st.getValue().contains(s)) {
                        String where = prev == null ? "not in page" : "lost at " + st.getKey();
                        lost.merge(where, 1, Integer::sum);
                        if (only != null && st.getKey().equals(only)) {
                            String by = "";
                            if (only.equals("pruned")) {
                                for (String r : removed) {
                                    if (r.contains(s)) {
                                        by = " <- " + r.substring(0, r.indexOf('\t') < 0 ? Math.min(100, r.length()) : Math.min(r.indexOf('\t'), 140));
                                    }
                                }
                            }
                            examples.add("LOST " + file + " | " + s + by);
                        }
                        break;
                    }
                    prev = st.getKey();
                }
            }
            for (JsonNode w : e.getValue().get("without")) {
                String s = norm(w.asText());
                String gone = null;
                for (var st : steps.entrySet()) {
                    if (!st.getValue().contains(s)) {
                        gone = st.getKey();
                        break;
                    }
                }
                kept.merge(gone == null ? "KEPT (fp)" : "removed at " + gone, 1, Integer::sum);
                if (gone != null && only != null && only.equals("tn-" + gone)) {
                    examples.add("TN " + file + " | " + s);
                }
                if (gone == null && "fp".equals(only)) {
                    String in = "";
                    for (String fb : finalBlocks) {
                        if (fb.contains(s)) {
                            in = " <- " + fb.substring(0, Math.min(fb.length(), 200));
                            break;
                        }
                    }
                    examples.add("FP " + file + " | " + s + in);
                }
            }
        }
        System.out.println("with: " + lost);
        System.out.println("without: " + kept);
        examples.forEach(System.out::println);
    }

    private static String norm(String s) {
        return s.replaceAll("(?U)\\s+", " ").strip();
    }
}
