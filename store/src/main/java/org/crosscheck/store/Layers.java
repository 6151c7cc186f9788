package org.crosscheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.ingest.Dates;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.engine.output.JsonOutput;
import org.crosscheck.store.Rows.ArticleRow;
import org.crosscheck.store.Rows.EntityRow;
import org.crosscheck.store.Rows.ItemRow;
import org.crosscheck.store.Rows.LayerRows;
import org.crosscheck.store.Rows.StoredArticle;
import org.crosscheck.store.Rows.StoryRow;
import org.crosscheck.store.db.Database;
import org.crosscheck.store.search.SearchIndex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the engine's collection JSON ({@code crosscheck.collection/1}) into the rows the store
 * pages and filters by. It reads the JSON, not the engine's records, so a layer a colleague adds
 * or extends shows up without changes here: only the fields used for lists and filters are read
 * ({@code id}, {@code label}, {@code articles}, {@code story}, {@code speaker}, {@code versions},
 * {@code reports}, {@code proposition}), each item's whole JSON is kept as its body.
 */
final class Layers {

    private Layers() {
    }

    static LayerRows rows(ObjectNode collection, EntityIndex entityIndex, Map<String, ArticleRow> articles, long seq,
                          long nextStory) {
        // stories
        List<StoryRow> stories = new ArrayList<>();
        Map<String, List<String>> storyArticles = new LinkedHashMap<>();
        Map<String, String> storyOfArticle = new HashMap<>();
        int ord = 0;
        for (JsonNode s : array(collection, "stories")) {
            String id = text(s, "id");
            if (id == null) {
                continue;
            }
            List<String> members = strings(s.get("articles"));
            TreeSet<String> dates = new TreeSet<>();
            Set<String> outlets = new LinkedHashSet<>();
            for (String a : members) {
                ArticleRow r = articles.get(a);
                if (r != null) {
                    if (r.published() != null) {
                        dates.add(r.published());
                    }
                    outlets.add(r.outlet() != null ? r.outlet() : "(unknown outlet: " + a + ")");
                }
                storyOfArticle.putIfAbsent(a, id);
            }
            if (dates.isEmpty()) {
                // no article gives a publication date: the story's own event dates, when the layer has them
                for (String d : strings(s.get("dates"))) {
                    if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        dates.add(d);
                    }
                }
            }
            ObjectNode body = s.deepCopy();
            body.put("first_date", dates.isEmpty() ? null : dates.first());
            body.put("last_date", dates.isEmpty() ? null : dates.last());
            ArrayNode on = body.putArray("outlets");
            outlets.forEach(on::add);
            stories.add(new StoryRow(id, ord++, text(s, "label"), dates.isEmpty() ? null : dates.first(),
                    dates.isEmpty() ? null : dates.last(), outlets.size(), members.size(), body.toString()));
            storyArticles.put(id, members);
        }
        // entities
        List<EntityRow> entities = new ArrayList<>();
        Map<String, List<String>> entityArticles = new LinkedHashMap<>();
        ord = 0;
        for (JsonNode e : array(collection, "entities")) {
            String id = text(e, "id");
            if (id == null) {
                continue;
            }
            StringBuilder key = new StringBuilder(String.valueOf(text(e, "name")).toLowerCase(Locale.ROOT));
            for (JsonNode al : e.path("aliases")) {
                key.append('\n').append(al.path("text").asText("").toLowerCase(Locale.ROOT));
            }
            List<String> arts = strings(e.get("articles"));
            entities.add(new EntityRow(id, ord++, e.path("type").asText("OTHER"), String.valueOf(text(e, "name")),
                    key.toString(), e.path("named").asBoolean(true), e.path("mentions").asInt(0), arts.size(),
                    e.toString()));
            entityArticles.put(id, arts);
        }
        // utterances: a story when the JSON names one, else the story of their first version's article
        List<ItemRow> utterances = new ArrayList<>();
        ord = 0;
        for (JsonNode u : array(collection, "utterances")) {
            String id = text(u, "id");
            if (id == null) {
                continue;
            }
            String story = text(u, "story");
            if (story == null) {
                for (JsonNode v : u.path("versions")) {
                    story = storyOfArticle.get(v.path("article").asText(null));
                    if (story != null) {
                        break;
                    }
                }
            }
            utterances.add(new ItemRow(id, ord++, text(u, "speaker"), story, u.toString()));
        }
        // claims: the stories the JSON names ("story" or "stories"), else the stories of their reports' articles
        List<ItemRow> claims = new ArrayList<>();
        Map<String, List<String>> claimStories = new LinkedHashMap<>();
        ord = 0;
        for (JsonNode c : array(collection, "claims")) {
            String id = text(c, "id");
            if (id == null) {
                continue;
            }
            Set<String> ss = new LinkedHashSet<>();
            if (text(c, "story") != null) {
                ss.add(text(c, "story"));
            }
            ss.addAll(strings(c.get("stories")));
            if (ss.isEmpty()) {
                for (JsonNode r : c.path("reports")) {
                    String st = storyOfArticle.get(r.path("article").asText(null));
                    if (st != null) {
                        ss.add(st);
                    }
                }
            }
            claims.add(new ItemRow(id, ord++, text(c, "proposition"), ss.isEmpty() ? null : ss.iterator().next(), c.toString()));
            claimStories.put(id, List.copyOf(ss));
        }
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        ObjectNode slim = collection.deepCopy();
        blobs.put("collection", Codec.gzip(slim.toString().getBytes(StandardCharsets.UTF_8)));
        blobs.put("entity_index", Codec.encode(entityIndex));
        return new LayerRows(stories, storyArticles, entities, entityArticles, utterances, claims, claimStories, blobs, seq,
                nextStory);
    }

    /** The claims as search items: the proposition and each report's words, filtered by the articles that report it. */
    static List<SearchIndex.Item> claimItems(Database db, ObjectNode collection) {
        List<SearchIndex.Item> out = new ArrayList<>();
        for (JsonNode c : array(collection, "claims")) {
            String id = text(c, "id");
            if (id == null) {
                continue;
            }
            Set<String> arts = new LinkedHashSet<>();
            for (JsonNode r : c.path("reports")) {
                String a = r.path("article").asText(null);
                if (a != null) {
                    arts.add(a);
                }
            }
            List<ArticleRow> rows = db.articlesByIds(arts);
            Set<String> outlets = new LinkedHashSet<>(strings(c.get("outlets")));
            String day = null;
            for (ArticleRow r : rows) {
                if (r.outlet() != null) {
                    outlets.add(r.outlet());
                }
                if (r.published() != null && (day == null || r.published().compareTo(day) < 0)) {
                    day = r.published();
                }
            }
            String proposition = text(c, "proposition");
            out.add(new SearchIndex.Item(SearchIndex.Kind.CLAIM, "claim:" + id, null, List.copyOf(arts),
                    List.copyOf(outlets), day, proposition, proposition == null ? "" : proposition, null,
                    text(c, "story") != null ? text(c, "story") : strings(c.get("stories")).stream().findFirst().orElse(null), id));
        }
        return out;
    }

    /** The raw article a stored row was made from (to analyse it again). */
    static RawArticle raw(StoredArticle sa) {
        ArticleMeta meta = ArticleMeta.EMPTY;
        try {
            JsonNode m = JsonOutput.mapper().readTree(sa.rawMeta());
            List<String> authors = strings(m.get("authors"));
            String published = text(m, "published");
            meta = new ArticleMeta(text(m, "url"), text(m, "outlet"),
                    published == null ? null : Dates.parse(published), text(m, "published_raw"), text(m, "title"),
                    authors, text(m, "language"), Map.of());
        } catch (java.io.IOException | RuntimeException e) {
            // keep the text; the metadata is lost only for this re-analysis
        }
        Format format;
        try {
            format = Format.valueOf(sa.row().format());
        } catch (IllegalArgumentException e) {
            format = Format.TEXT;
        }
        return new RawArticle(sa.row().id(), Origin.of(sa.row().origin()), format, sa.rawContent(), meta, List.of());
    }

    static Iterable<JsonNode> array(JsonNode o, String field) {
        JsonNode a = o.get(field);
        return a != null && a.isArray() ? a : List.of();
    }

    static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * The ids of a list that holds either plain ids or objects with an {@code id} (the stories layer
     * lists each article with its title, outlet and date).
     */
    static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        if (a != null && a.isArray()) {
            for (JsonNode x : a) {
                if (x.isObject()) {
                    JsonNode id = x.get("id");
                    if (id != null && !id.isNull()) {
                        out.add(id.asText());
                    }
                } else if (!x.isNull()) {
                    out.add(x.asText());
                }
            }
        }
        return out;
    }
}
