package org.crosscheck.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.engine.output.JsonOutput;
import org.crosscheck.store.Analyser;
import org.crosscheck.store.Store;
import org.crosscheck.store.TextAnalyser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small invented collection for the API, report and browser tests: two stories over three
 * outlets, a planted {@code <script>} article, and stand-in cross-document layers (stories by
 * topic word, a claim with asserting and disputing reports, an utterance, entities by name), so
 * the tests do not wait for the language models.
 */
public final class TestCollection {

    public static final String PLANTED_TITLE = "Bridge <script>window.__pwned=1</script> opinion";

    private TestCollection() {
    }

    static RawArticle raw(String name, String outlet, String date, String title, String... paragraphs) {
        String text = title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
        ArticleMeta meta = new ArticleMeta("https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + name,
                outlet, LocalDate.parse(date), date, null, List.of(), "en", Map.of());
        return new RawArticle(name, Origin.of(name), Format.TEXT, text, meta, List.of());
    }

    public static List<Outcome<RawArticle>> articles() {
        return List.of(
                Outcome.ok(raw("bridge-1", "Lakeside Courier", "2024-05-02", "Council approves new river bridge",
                        "The city council voted on Tuesday to build a second bridge over the Amber River, mayor Petra Lindqvist said.",
                        "\u201CThis bridge will cut the morning commute in half,\u201D Lindqvist told reporters.")),
                Outcome.ok(raw("bridge-2", "Valley Post", "2024-05-03", "Bridge plan divides residents",
                        "Residents disputed the mayor's claim that the new bridge would halve commuting times.",
                        "Engineer Omar Haddad said the budget was too small for the span the council wants.")),
                Outcome.ok(raw("bridge-3", "Harbour Herald", "2024-05-05", "Mayor Lindqvist defends bridge budget",
                        "Mayor Petra Lindqvist repeated that the bridge would halve the commute and said the budget was sound.")),
                Outcome.ok(raw("planted", "Valley Post", "2024-05-06", PLANTED_TITLE,
                        "A reader wrote <script>window.__pwned=2</script> and <img src=x onerror=\"window.__pwned=3\"> about the bridge.")),
                Outcome.ok(raw("festival-1", "Lakeside Courier", "2024-06-10", "Lantern festival returns",
                        "Thousands walked along the harbour on Saturday as the lantern festival returned after four years.")));
    }

    public static Store open(Path data) {
        Store s = Store.open(new Store.Config(data, null));
        s.ingest(articles(), new Layered(), 2, new Store.Listener() {
        });
        return s;
    }

    /**
     * Clean text per article; stand-in stories, claims, utterances and entities across them,
     * written as the collection JSON (so these tests do not depend on the layers' records). The
     * festival story carries the claims layer's own matrix; the bridge story's matrix is computed
     * from its claim's reports.
     */
    public static final class Layered implements Analyser {
        private final TextAnalyser text = new TextAnalyser();

        @Override
        public List<Outcome<Document>> analyse(List<RawArticle> batch) {
            return text.analyse(batch);
        }

        @Override
        public Analysis crossDocument(List<Document> documents) {
            List<GlobalEntity> entities = new ArrayList<>();
            String[][] names = {{"P1", "Petra Lindqvist", "PERSON", "mayor"}, {"P2", "Omar Haddad", "PERSON", "engineer"},
                    {"O1", "city council", "ORGANIZATION", null}};
            for (String[] nm : names) {
                List<String> arts = new ArrayList<>();
                String last = nm[1].substring(nm[1].lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                for (Document d : documents) {
                    if (d.text().toLowerCase(Locale.ROOT).contains(last)) {
                        arts.add(d.id());
                    }
                }
                if (!arts.isEmpty()) {
                    entities.add(new GlobalEntity(nm[0], EntityType.valueOf(nm[2]), nm[1], true,
                            List.of(new GlobalEntity.Alias(nm[1], arts.size(), "name"),
                                    new GlobalEntity.Alias(nm[1].substring(nm[1].lastIndexOf(' ') + 1), 1, "name")),
                            nm[3] == null ? List.of() : List.of(new GlobalEntity.RoleCount(nm[3], null, nm[3], arts.size())),
                            arts.size() * 2, arts, null));
                }
            }
            Analysis t = text.crossDocument(documents);
            return new Analysis(documents, List.of(), new EntityIndex(entities, Map.of()), t.stories(), t.utterances(),
                    t.claims(), t.stats());
        }

        @Override
        public ObjectNode collectionJson(Analysis a) {
            ObjectNode c = JsonOutput.collection(a, null);
            Map<String, List<String>> byWord = new LinkedHashMap<>();
            for (Document d : a.documents()) {
                String t = d.text().toLowerCase(Locale.ROOT);
                for (String w : List.of("bridge", "festival")) {
                    if (t.contains(w)) {
                        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(d.id());
                        break;
                    }
                }
            }
            ArrayNode stories = c.putArray("stories");
            ArrayNode claims = c.putArray("claims");
            ArrayNode utterances = c.putArray("utterances");
            ArrayNode matrices = c.putArray("claim_matrices");
            int n = 0;
            for (var e : byWord.entrySet()) {
                String sid = "S" + (++n);
                List<String> ids = e.getValue();
                boolean bridge = e.getKey().equals("bridge");
                ObjectNode s = stories.addObject();
                s.put("id", sid);
                s.put("label", bridge ? "Second river bridge" : "Lantern festival");
                ids.forEach(s.putArray("articles")::add);
                s.putArray("reprints");
                ObjectNode k = claims.addObject();
                k.put("id", "K" + n);
                k.put("proposition", "the new " + e.getKey() + " halves commuting times");
                k.putArray("stories").add(sid);
                ArrayNode reports = k.putArray("reports");
                for (int i = 0; i < ids.size() && i < 2; i++) {
                    ObjectNode r = reports.addObject();
                    r.put("article", ids.get(i));
                    r.put("start", 0);
                    r.put("end", 10);
                    r.put("stance", i == 0 ? "asserts" : "disputes");
                    r.put("holder", i == 0 ? "P1" : null);
                }
                if (ids.size() > 1) {
                    ObjectNode u = utterances.addObject();
                    u.put("id", "U" + n);
                    u.put("speaker", "P1");
                    ArrayNode vs = u.putArray("versions");
                    for (int i = 0; i < 2; i++) {
                        ObjectNode v = vs.addObject();
                        v.put("article", ids.get(i));
                        v.put("quote", 0);
                        v.put("similarity", i == 0 ? 1.0 : 0.8);
                    }
                }
                if (!bridge) {
                    ObjectNode m = matrices.addObject();
                    m.put("story", sid);
                    m.putArray("outlets").addObject().put("name", "Lakeside Courier");
                    ObjectNode row = m.putArray("rows").addObject();
                    row.put("claim", "K" + n);
                    row.put("proposition", "the new festival halves commuting times");
                    row.putArray("cells").add("contested");
                }
            }
            return c;
        }

        @Override
        public String name() {
            return "test layers";
        }
    }
}
