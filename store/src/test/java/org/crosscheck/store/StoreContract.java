package org.crosscheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.engine.output.JsonOutput;
import org.crosscheck.store.Rows.ArticleFilter;
import org.crosscheck.store.Rows.WriteStatus;
import org.crosscheck.store.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What every database behind the store must do; run against SQLite and PostgreSQL. */
abstract class StoreContract {

    @TempDir
    Path data;

    /** The store's configuration for a fresh, empty database. */
    abstract Store.Config freshConfig(Path dataDir) throws Exception;

    private static final Store.Listener QUIET = new Store.Listener() {
    };

    Store open() throws Exception {
        return Store.open(freshConfig(data));
    }

    @Test
    void ingestThenReingestChangesNothing() throws Exception {
        try (Store s = open()) {
            var r1 = s.ingest(Fixtures.ok(Fixtures.BRIDGE_A, Fixtures.BRIDGE_B, Fixtures.FESTIVAL),
                    new Fixtures.LayeredAnalyser(), 2, QUIET);
            assertThat(r1.added()).isEqualTo(3);
            var counts = s.database().counts();
            long layers = s.database().layersVersion();
            var r2 = s.ingest(Fixtures.ok(Fixtures.BRIDGE_A, Fixtures.BRIDGE_B, Fixtures.FESTIVAL),
                    new Fixtures.LayeredAnalyser(), 2, QUIET);
            assertThat(r2.added()).isZero();
            assertThat(r2.unchanged()).isEqualTo(3);
            assertThat(s.database().counts()).isEqualTo(counts);
            assertThat(s.database().layersVersion()).as("no recompute when nothing changed").isEqualTo(layers);
            // same text under another file name, other line endings: still the same article
            RawArticle renamed = new RawArticle("copy.txt", Origin.of("copy.txt"), Fixtures.BRIDGE_A.format(),
                    Fixtures.BRIDGE_A.content().replace("\n", "\r\n"), Fixtures.BRIDGE_A.meta(), List.of());
            assertThat(s.ingest(Fixtures.ok(renamed), new Fixtures.LayeredAnalyser(), 2, QUIET).unchanged()).isEqualTo(1);
            assertThat(s.database().counts().articles()).isEqualTo(3);
        }
    }

    @Test
    void newTextAtAKnownUrlUpdatesThatArticle() throws Exception {
        try (Store s = open()) {
            s.ingest(Fixtures.ok(Fixtures.BRIDGE_A), new TextAnalyser(), 4, QUIET);
            String id = s.database().articles(ArticleFilter.NONE, 0, 10).items().get(0).id();
            RawArticle edited = Fixtures.raw("bridge-a-v2.txt", "Lakeside Courier", "https://lakeside.example/bridge/",
                    "2024-05-02", "Council approves new river bridge (updated)", "The vote was unanimous, the clerk said.");
            var r = s.ingest(Fixtures.ok(edited), new TextAnalyser(), 4, QUIET);
            assertThat(r.updated()).isEqualTo(1);
            assertThat(r.written().get(0).id()).isEqualTo(id);
            assertThat(s.database().counts().articles()).isEqualTo(1);
            assertThat(s.document(id).text()).contains("unanimous");
            assertThat(s.search(request("unanimous")).total()).isEqualTo(1);
            assertThat(s.search(request("Amber")).total()).as("the old text is no longer indexed").isZero();
        }
    }

    @Test
    void rejectionsAreRecordedWithTheirReason() throws Exception {
        try (Store s = open()) {
            List<Outcome<RawArticle>> in = new ArrayList<>(Fixtures.ok(Fixtures.FESTIVAL));
            in.add(Outcome.rejected(Origin.of("broken.bin"), Rejection.Reason.BINARY, "NUL bytes"));
            var r = s.ingest(in, new TextAnalyser(), 4, QUIET);
            assertThat(r.added()).isEqualTo(1);
            assertThat(r.rejected()).hasSize(1);
            var rej = s.database().rejections(r.run());
            assertThat(rej).singleElement().satisfies(x -> {
                assertThat(x.input()).isEqualTo("broken.bin");
                assertThat(x.reason()).isEqualTo("binary");
            });
            assertThat(s.database().runs(5).get(0).finishedAt()).isNotNull();
        }
    }

    @Test
    void crossDocumentLayersAreStoredAndFilterable() throws Exception {
        try (Store s = open()) {
            s.ingest(Fixtures.ok(Fixtures.BRIDGE_A, Fixtures.FESTIVAL), new Fixtures.LayeredAnalyser(), 1, QUIET);
            assertThat(s.database().stories(0, 10).total()).isEqualTo(2);
            // a later ingest joins the story: layers are recomputed over the whole collection
            s.ingest(Fixtures.ok(Fixtures.BRIDGE_B), new Fixtures.LayeredAnalyser(), 1, QUIET);
            var stories = s.database().stories(0, 10);
            assertThat(stories.items()).extracting(Rows.StoryRow::label)
                    .as("newest first").containsExactly("The festival story", "The bridge story");
            var bridge = stories.items().get(1);
            assertThat(bridge.outletCount()).isEqualTo(2);
            assertThat(bridge.firstDate()).isEqualTo("2024-05-02");
            assertThat(bridge.lastDate()).isEqualTo("2024-05-03");
            assertThat(s.database().storyArticleIds(bridge.id())).hasSize(2);
            assertThat(s.database().claims(bridge.id(), 0, 10).items()).singleElement()
                    .satisfies(c -> assertThat(c.key()).contains("halves"));
            assertThat(s.database().utterances(bridge.id(), null, 0, 10).total()).isEqualTo(1);
            assertThat(s.database().articles(new ArticleFilter(null, bridge.id(), null, null, null), 0, 10).total()).isEqualTo(2);
            assertThat(s.database().articles(new ArticleFilter("Valley Post", null, null, null, null), 0, 10).total()).isEqualTo(1);
            assertThat(s.database().articles(new ArticleFilter(null, null, null, "2024-05-03", "2024-12-31"), 0, 10).total()).isEqualTo(2);
            JsonNode coll = s.collection();
            assertThat(coll.path("stories")).hasSize(2);
            // claims are searchable, filtered by story through their articles
            var hits = s.search(new SearchIndex.Request("commuting", List.of(SearchIndex.Kind.CLAIM), null, null, null,
                    Set.copyOf(s.database().storyArticleIds(bridge.id())), 0, 10));
            assertThat(hits.hits()).singleElement().satisfies(h -> assertThat(h.ref()).isEqualTo("K1"));
        }
    }

    @Test
    void aStoryOfUndatedArticlesTakesItsEventDates() throws Exception {
        try (Store s = open()) {
            RawArticle undated = Fixtures.raw("undated.txt", "Valley Post", null, null, "Festival plans announced",
                    "Organisers said the lantern festival would return to the harbour.");
            s.ingest(Fixtures.ok(undated), new Fixtures.LayeredAnalyser(), 4, QUIET);
            var story = s.database().stories(0, 10).items().get(0);
            assertThat(story.firstDate()).isEqualTo("2024-06-08");
            assertThat(story.lastDate()).isEqualTo("2024-06-08");
        }
    }

    @Test
    void storyIdsSurviveARecompute() throws Exception {
        try (Store s = open()) {
            s.ingest(Fixtures.ok(Fixtures.FESTIVAL), new Fixtures.LayeredAnalyser(), 4, QUIET);
            String festival = s.database().stories(0, 10).items().get(0).id();
            // the engine now numbers the bridge story first; the festival story keeps its address
            s.ingest(Fixtures.ok(Fixtures.BRIDGE_A), new Fixtures.LayeredAnalyser(), 4, QUIET);
            var stories = s.database().stories(0, 10).items();
            assertThat(stories).extracting(Rows.StoryRow::label).containsExactlyInAnyOrder("The festival story", "The bridge story");
            assertThat(stories).filteredOn(st -> st.label().equals("The festival story")).singleElement()
                    .satisfies(st -> assertThat(st.id()).isEqualTo(festival));
            assertThat(stories).filteredOn(st -> st.label().equals("The bridge story")).singleElement()
                    .satisfies(st -> assertThat(st.id()).isNotEqualTo(festival));
            assertThat(s.database().claims(festival, 0, 10).items()).singleElement()
                    .satisfies(c -> assertThat(c.key()).contains("festival"));
        }
    }

    @Test
    void aSmallBatchIsCleanedAgainstItsOutletsStoredArticles() throws Exception {
        List<List<String>> contexts = new ArrayList<>();
        Analyser recording = new Analyser() {
            final TextAnalyser text = new TextAnalyser();

            @Override
            public List<Outcome<org.crosscheck.engine.doc.Document>> analyse(List<RawArticle> batch) {
                return text.analyse(batch);
            }

            @Override
            public List<Outcome<org.crosscheck.engine.doc.Document>> analyse(List<RawArticle> batch, List<RawArticle> context) {
                contexts.add(context.stream().map(r -> r.meta().outlet() + ":" + r.id()).toList());
                return text.analyse(batch);
            }

            @Override
            public boolean wantsContext() {
                return true;
            }

            @Override
            public org.crosscheck.engine.analysis.Analysis crossDocument(List<org.crosscheck.engine.doc.Document> documents) {
                return text.crossDocument(documents);
            }

            @Override
            public String name() {
                return "recording";
            }
        };
        try (Store s = open()) {
            s.ingest(Fixtures.ok(Fixtures.BRIDGE_A, Fixtures.BRIDGE_B, Fixtures.FESTIVAL), recording, 10, QUIET);
            RawArticle next = Fixtures.raw("next.txt", "lakeside courier", "https://lakeside.example/next", "2024-06-11",
                    "Harbour works begin", "Cranes arrived at the harbour on Monday.");
            s.ingest(Fixtures.ok(next), recording, 10, QUIET);
            assertThat(contexts.get(contexts.size() - 1)).as("the outlet's stored articles, matched without case")
                    .hasSize(2).allSatisfy(x -> assertThat(x).startsWith("Lakeside Courier:"));
            RawArticle noOutlet = Fixtures.raw("byurl.txt", null, "https://valleypost.example/other", null,
                    "Road closures", "Two roads close for repairs next week.");
            s.ingest(Fixtures.ok(noOutlet), recording, 10, QUIET);
            assertThat(contexts.get(contexts.size() - 1)).as("matched by the address's host").singleElement()
                    .satisfies(x -> assertThat(x).startsWith("Valley Post:"));
        }
    }

    @Test
    void searchFiltersAndEscapesHighlights() throws Exception {
        try (Store s = open()) {
            RawArticle planted = Fixtures.raw("planted.html.txt", "Valley Post", "https://valleypost.example/planted",
                    "2024-07-01", "Bridge <script>alert(1)</script> story",
                    "A bridge <b>inspector</b> wrote <script>alert('x')</script> in the report.");
            s.ingest(Fixtures.ok(Fixtures.BRIDGE_A, Fixtures.BRIDGE_B, Fixtures.FESTIVAL, planted), new TextAnalyser(), 10, QUIET);
            assertThat(s.search(request("bridge")).total()).isEqualTo(3);
            assertThat(s.search(new SearchIndex.Request("bridge", null, "Valley Post", null, null, null, 0, 10)).total()).isEqualTo(2);
            assertThat(s.search(new SearchIndex.Request("bridge", null, null, "2024-05-03", "2024-05-31", null, 0, 10)).total()).isEqualTo(1);
            assertThat(s.search(new SearchIndex.Request("bridge", null, null, null, null, Set.of(), 0, 10)).total()).isZero();
            var hit = s.search(new SearchIndex.Request("inspector", null, null, null, null, null, 0, 10)).hits().get(0);
            assertThat(hit.snippetHtml()).contains("<mark>inspector</mark>").doesNotContain("<script>").doesNotContain("<b>")
                    .contains("&lt;script&gt;");
            assertThat(hit.snippet()).anySatisfy(seg -> {
                assertThat(seg.hit()).isTrue();
                assertThat(seg.text()).isEqualTo("inspector");
            });
            // malformed query syntax is searched as words, never an error
            assertThat(s.search(request("bridge AND ((\"unclosed")).total()).isGreaterThanOrEqualTo(0);
            // paging
            var page2 = s.search(new SearchIndex.Request("bridge", null, null, null, null, null, 2, 2));
            assertThat(page2.total()).isEqualTo(3);
            assertThat(page2.hits()).hasSize(1);
        }
    }

    @Test
    void storedDocumentsRoundTripAndRenderAsArticleJson() throws Exception {
        try (Store s = open()) {
            var r = s.ingest(Fixtures.ok(Fixtures.BRIDGE_A), new TextAnalyser(), 1, QUIET);
            String id = r.written().get(0).id();
            var json = s.articleJson(id);
            assertThat(json.path("schema").asText()).isEqualTo(JsonOutput.ARTICLE_SCHEMA);
            assertThat(json.path("id").asText()).isEqualTo(id);
            assertThat(json.path("meta").path("outlet").asText()).isEqualTo("Lakeside Courier");
            assertThat(s.articleJson("a999")).isNull();
        }
    }

    @Test
    void statusOfEachStoredArticleIsReportedAfterItsCommit() throws Exception {
        try (Store s = open()) {
            List<String> seen = new ArrayList<>();
            s.ingest(Fixtures.ok(Fixtures.BRIDGE_A, Fixtures.BRIDGE_A, Fixtures.FESTIVAL), new TextAnalyser(), 1,
                    new Store.Listener() {
                        @Override
                        public void stored(String input, String id, WriteStatus status) {
                            seen.add(status + " " + input);
                            if (status == WriteStatus.ADDED) {
                                assertThat(s.database().article(id)).as("committed before reported").isPresent();
                            }
                        }
                    });
            assertThat(seen).containsExactlyInAnyOrder("ADDED bridge-a.txt", "UNCHANGED bridge-a.txt", "ADDED festival.txt");
        }
    }

    static SearchIndex.Request request(String text) {
        return new SearchIndex.Request(text, null, null, null, null, null, 0, 10);
    }
}
