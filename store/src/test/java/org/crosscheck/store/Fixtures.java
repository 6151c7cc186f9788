package org.crosscheck.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.engine.output.JsonOutput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles written for these tests (invented outlets and events) and a stand-in for the cross-document services. */
final class Fixtures {

    private Fixtures() {
    }

    static RawArticle raw(String name, String outlet, String url, String date, String title, String... paragraphs) {
        String text = title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
        ArticleMeta meta = new ArticleMeta(url, outlet, date == null ? null : LocalDate.parse(date), date, null,
                List.of(), "en", Map.of());
        return new RawArticle(name, Origin.of(name), Format.TEXT, text, meta, List.of());
    }

    static List<Outcome<RawArticle>> ok(RawArticle... raws) {
        List<Outcome<RawArticle>> out = new ArrayList<>();
        for (RawArticle r : raws) {
            out.add(Outcome.ok(r));
        }
        return out;
    }

    static final RawArticle BRIDGE_A = raw("bridge-a.txt", "Lakeside Courier", "https://lakeside.example/bridge",
            "2024-05-02", "Council approves new river bridge",
            "The city council voted on Tuesday to build a second bridge over the Amber River, mayor Petra Lindqvist said.",
            "\u201CThis bridge will cut the morning commute in half,\u201D Lindqvist told reporters.");
    static final RawArticle BRIDGE_B = raw("bridge-b.txt", "Valley Post", "https://valleypost.example/news/bridge?utm_source=x",
            "2024-05-03", "Bridge plan divides residents",
            "Residents disputed the mayor's claim that the new bridge would halve commuting times.",
            "Engineer Omar Haddad said the budget was too small for the span the council wants.");
    static final RawArticle FESTIVAL = raw("festival.txt", "Lakeside Courier", "https://lakeside.example/festival",
            "2024-06-10", "Lantern festival returns",
            "Thousands walked along the harbour on Saturday as the lantern festival returned after four years.");

    /**
     * The text analyser plus stand-in cross-document layers, written as the collection JSON the
     * layers produce (so these tests do not depend on the engine's layer records): a story per
     * shared title word ("bridge"), one claim with a report per member article, one utterance.
     */
    static final class LayeredAnalyser implements Analyser {
        private final TextAnalyser text = new TextAnalyser();

        @Override
        public List<Outcome<Document>> analyse(List<RawArticle> batch) {
            return text.analyse(batch);
        }

        @Override
        public Analysis crossDocument(List<Document> documents) {
            return text.crossDocument(documents);
        }

        @Override
        public ObjectNode collectionJson(Analysis a) {
            ObjectNode c = JsonOutput.collection(a, null);
            Map<String, List<String>> byWord = new java.util.TreeMap<>(); // by word: numbering changes as stories appear
            for (Document d : a.documents()) {
                String t = d.titleText() == null ? "" : d.titleText().toLowerCase(java.util.Locale.ROOT);
                for (String w : List.of("bridge", "festival")) {
                    if (t.contains(w)) {
                        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(d.id());
                    }
                }
            }
            ArrayNode stories = c.putArray("stories");
            ArrayNode claims = c.putArray("claims");
            ArrayNode utterances = c.putArray("utterances");
            int n = 0;
            for (var e : byWord.entrySet()) {
                String sid = "S" + (++n);
                ObjectNode s = stories.addObject();
                s.put("id", sid);
                s.put("label", "The " + e.getKey() + " story");
                e.getValue().forEach(s.putArray("articles")::add);
                s.putArray("dates").add("2024-06-08"); // the event's date, as the story layer gives it
                ObjectNode k = claims.addObject();
                k.put("id", "K" + n);
                k.put("proposition", "the " + e.getKey() + " halves commuting times");
                k.putArray("stories").add(sid);
                ArrayNode reports = k.putArray("reports");
                for (String art : e.getValue()) {
                    ObjectNode r = reports.addObject();
                    r.put("article", art);
                    r.put("start", 0);
                    r.put("end", 5);
                    r.put("stance", reports.size() == 1 ? "asserted" : "disputed");
                }
                ObjectNode u = utterances.addObject();
                u.put("id", "U" + n);
                u.putNull("speaker");
                ObjectNode v = u.putArray("versions").addObject();
                v.put("article", e.getValue().get(0));
                v.put("quote", 0);
                v.put("similarity", 1.0);
            }
            return c;
        }

        @Override
        public String name() {
            return "test layers";
        }
    }
}
