package org.crosscheck.store;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.claims.Claim;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.engine.quotes.Utterance;
import org.crosscheck.engine.stories.Story;

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
     * The text analyser plus stand-in cross-document layers: a story per shared title word
     * ("bridge"), one claim with a report per member article, one utterance.
     */
    static final class LayeredAnalyser implements Analyser {
        private final TextAnalyser text = new TextAnalyser();

        @Override
        public List<Outcome<Document>> analyse(List<RawArticle> batch) {
            return text.analyse(batch);
        }

        @Override
        public Analysis crossDocument(List<Document> documents) {
            Map<String, List<String>> byWord = new LinkedHashMap<>();
            for (Document d : documents) {
                String t = d.titleText() == null ? "" : d.titleText().toLowerCase(java.util.Locale.ROOT);
                for (String w : List.of("bridge", "festival")) {
                    if (t.contains(w)) {
                        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(d.id());
                    }
                }
            }
            List<Story> stories = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            List<Utterance> utterances = new ArrayList<>();
            int n = 0;
            for (var e : byWord.entrySet()) {
                String sid = "S" + (++n);
                stories.add(new Story(sid, "The " + e.getKey() + " story", e.getValue(), List.of()));
                List<Claim.Report> reports = new ArrayList<>();
                for (String a : e.getValue()) {
                    reports.add(new Claim.Report(a, 0, 5, reports.isEmpty() ? "asserted" : "disputed", null));
                }
                claims.add(new Claim("K" + n, "the " + e.getKey() + " halves commuting times", sid, reports, List.of(),
                        List.of(), List.of(), e.getValue().size() == 1));
                utterances.add(new Utterance("U" + n, null, List.of(new Utterance.Version(e.getValue().get(0), 0, 1.0))));
            }
            Analysis.Stats stats = new Analysis.Stats(documents.size(), documents.size(), 0, 0, 0, 0, 1);
            return new Analysis(documents, List.of(), EntityIndex.EMPTY, stories, utterances, claims, stats);
        }

        @Override
        public String name() {
            return "test layers";
        }
    }
}
