package org.crosscheck.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.store.Rows.ArticleRow;
import org.crosscheck.store.Rows.EntityRow;
import org.crosscheck.store.Rows.ItemRow;
import org.crosscheck.store.Rows.StoryRow;
import org.crosscheck.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pages' data: a story (articles by outlet for the timeline, the claims x outlets matrix,
 * utterances with their versions, events with their evidence, people and organisations) and an
 * entity (aliases, roles, quotes over time, stories). Built from the engine's JSON for each layer,
 * so a layer that is empty or not built yet shows as an empty list, and fields a layer adds pass
 * through in each item's JSON.
 */
final class StoryView {

    /** The states a claims x outlets cell can have. */
    static final List<String> CELL_STATES = List.of("asserted", "disputed", "contested", "reported", "absent");
    private static final int MAX_ARTICLES = 500;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Store store;
    private final Map<String, ObjectNode> articleJson = new HashMap<>();
    private final Map<String, ArticleRow> rows = new HashMap<>();

    StoryView(Store store) {
        this.store = store;
    }

    static ObjectNode json(String body) {
        try {
            JsonNode n = MAPPER.readTree(body);
            return n instanceof ObjectNode o ? o : F.objectNode();
        } catch (java.io.IOException e) {
            return F.objectNode();
        }
    }

    private ObjectNode article(String id) {
        return articleJson.computeIfAbsent(id, store::articleJson);
    }

    private ArticleRow row(String id) {
        ArticleRow r = rows.get(id);
        if (r == null) {
            for (ArticleRow x : store.database().articlesByIds(List.of(id))) {
                rows.put(x.id(), x);
            }
            r = rows.get(id);
        }
        return r;
    }

    private static String outletName(ArticleRow r, String id) {
        if (r != null && r.outlet() != null) {
            return r.outlet();
        }
        // no outlet known: the file (or URL) the article came from says more to a reader than its id
        String origin = r == null ? null : r.url() != null ? r.url() : r.origin();
        if (origin != null && !origin.isBlank()) {
            String name = origin.replace('\\', '/');
            name = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
            return "(outlet unknown: " + name.substring(name.lastIndexOf('/') + 1) + ")";
        }
        return "(outlet unknown: " + id + ")";
    }

    ObjectNode build(StoryRow s) {
        ObjectNode body = json(s.body());
        ObjectNode o = F.objectNode();
        o.put("id", s.id());
        o.put("label", s.label());
        o.put("first_date", s.firstDate());
        o.put("last_date", s.lastDate());
        o.put("outlet_count", s.outletCount());
        o.put("article_count", s.articleCount());
        o.set("story", body);
        List<String> ids = store.database().storyArticleIds(s.id());
        List<ArticleRow> members = store.database().articlesByIds(ids.size() > MAX_ARTICLES ? ids.subList(0, MAX_ARTICLES) : ids);
        members.forEach(r -> rows.put(r.id(), r));
        List<ArticleRow> byDate = new ArrayList<>(members);
        byDate.sort(Comparator.comparing((ArticleRow r) -> r.published() == null ? "9999" : r.published()).thenComparing(ArticleRow::seq));
        Set<String> outlets = new LinkedHashSet<>();
        ArrayNode arts = o.putArray("articles");
        for (ArticleRow r : byDate) {
            ObjectNode a = CollectionApi.articleSummary(r);
            a.put("outlet_label", outletName(r, r.id()));
            outlets.add(outletName(r, r.id()));
            JsonNode reprints = body.path("reprints");
            for (JsonNode group : reprints) {
                for (JsonNode m : group) {
                    if (m.asText().equals(r.id())) {
                        a.set("reprint_group", group);
                    }
                }
            }
            arts.add(a);
        }
        ArrayNode ol = o.putArray("outlets");
        outlets.forEach(ol::add);
        Set<String> memberIds = new LinkedHashSet<>(ids);
        // claims and the matrix
        List<ItemRow> claimRows = store.database().claims(s.id(), 0, 10_000).items();
        ArrayNode claims = o.putArray("claims");
        ObjectNode matrix = o.putObject("matrix");
        ArrayNode mo = matrix.putArray("outlets");
        outlets.forEach(mo::add);
        ArrayNode states = matrix.putArray("states");
        CELL_STATES.forEach(states::add);
        ArrayNode mrows = matrix.putArray("rows");
        JsonNode engineMatrix = null;
        for (JsonNode m : store.collection().path("claim_matrices")) {
            if (s.id().equals(m.path("story").asText(null))) {
                engineMatrix = m;
            }
        }
        Map<String, ObjectNode> claimById = new LinkedHashMap<>();
        for (ItemRow c : claimRows) {
            ObjectNode cj = json(c.body());
            claims.add(cj);
            claimById.put(c.id(), cj);
        }
        if (engineMatrix != null) {
            // the claims layer's own matrix: its columns (outlets, reprints counted once) and cells
            matrix.put("source", "claims layer");
            mo.removeAll();
            List<String> cols = new ArrayList<>();
            for (JsonNode col : engineMatrix.path("outlets")) {
                // a column the layer names by an article id (outlet unknown) reads as the timeline's row does
                String name = col.path("name").asText();
                String shown = memberIds.contains(name) ? outletName(row(name), name) : name;
                cols.add(shown);
                mo.add(shown);
            }
            for (JsonNode r : engineMatrix.path("rows")) {
                ObjectNode row = F.objectNode();
                row.put("claim", r.path("claim").asText());
                row.put("proposition", r.path("proposition").asText(""));
                row.put("single_source", r.path("single_source").asBoolean(false));
                ObjectNode cells = row.putObject("cells");
                ObjectNode cj = claimById.get(r.path("claim").asText());
                ObjectNode computed = cj == null ? null : matrixRow(cj, new LinkedHashSet<>(cols));
                for (int i = 0; i < cols.size(); i++) {
                    ObjectNode cell = cells.putObject(cols.get(i));
                    cell.put("state", normaliseState(r.path("cells").path(i).asText("absent")));
                    JsonNode reps = computed == null ? null : computed.path("cells").path(cols.get(i)).get("reports");
                    cell.set("reports", reps == null ? F.arrayNode() : reps);
                }
                mrows.add(row);
            }
        } else {
            matrix.put("source", "computed from the claims' reports");
            for (ObjectNode cj : claimById.values()) {
                mrows.add(matrixRow(cj, outlets));
            }
        }
        // utterances
        ArrayNode utts = o.putArray("utterances");
        for (ItemRow u : store.database().utterances(s.id(), null, 0, 10_000).items()) {
            utts.add(utterance(u));
        }
        // events: the collection's, when a layer provides them for this story, and each article's
        ArrayNode events = o.putArray("events");
        for (JsonNode e : store.collection().path("events")) {
            boolean mine = s.id().equals(e.path("story").asText(null));
            for (JsonNode a : e.path("articles")) {
                mine |= memberIds.contains(a.asText());
            }
            for (JsonNode src : e.path("sources")) {
                mine |= memberIds.contains(src.path("article").asText(""));
            }
            if (mine) {
                ObjectNode x = e.deepCopy();
                x.put("scope", "collection");
                events.add(x);
            }
        }
        for (ArticleRow r : byDate) {
            ObjectNode aj = article(r.id());
            if (aj == null) {
                continue;
            }
            String text = aj.path("text").asText("");
            for (JsonNode e : aj.path("events")) {
                ObjectNode x = e.deepCopy();
                x.put("scope", "article");
                x.put("article", r.id());
                x.put("outlet", outletName(r, r.id()));
                x.put("published", r.published());
                ArrayNode ev = F.arrayNode();
                for (JsonNode sp : e.path("evidence")) {
                    ev.add(slice(text, sp));
                }
                x.set("evidence_text", ev);
                events.add(x);
            }
        }
        // people and organisations
        ArrayNode ents = o.putArray("entities");
        for (EntityRow e : store.database().entities(null, null, s.id(), 0, 100).items()) {
            if (e.type().equals("PERSON") || e.type().equals("ORGANIZATION")) {
                ents.add(CollectionApi.entitySummary(e));
            }
        }
        ObjectNode layers = o.putObject("layers");
        layers.put("claims", claims.size());
        layers.put("utterances", utts.size());
        layers.put("events", events.size());
        layers.put("entities", ents.size());
        return o;
    }

    /**
     * One claim's row of the matrix: per outlet, asserted, disputed, reported (carried without a
     * stance) or absent. A claim that already carries a per-outlet map ({@code cells} or
     * {@code matrix}) is shown as it says; otherwise the states come from its reports' stances.
     */
    ObjectNode matrixRow(ObjectNode claim, Set<String> outlets) {
        ObjectNode row = F.objectNode();
        row.put("claim", claim.path("id").asText());
        row.put("proposition", claim.path("proposition").asText(""));
        ObjectNode cells = row.putObject("cells");
        JsonNode given = claim.has("cells") ? claim.get("cells") : claim.get("matrix");
        Map<String, List<JsonNode>> byOutlet = new LinkedHashMap<>();
        for (JsonNode rep : claim.path("reports")) {
            String a = rep.path("article").asText(null);
            if (a != null) {
                byOutlet.computeIfAbsent(outletName(row(a), a), k -> new ArrayList<>()).add(rep);
            }
        }
        for (String outlet : outlets) {
            ObjectNode cell = cells.putObject(outlet);
            if (given != null && given.isObject() && given.has(outlet)) {
                JsonNode g = given.get(outlet);
                cell.put("state", normaliseState(g.isTextual() ? g.asText() : g.path("state").asText("")));
                continue;
            }
            List<JsonNode> reps = byOutlet.getOrDefault(outlet, List.of());
            String state = "absent";
            ArrayNode details = cell.putArray("reports");
            for (JsonNode rep : reps) {
                String st = normaliseState(rep.path("stance").asText(""));
                state = stronger(state, st);
                ObjectNode d = details.addObject();
                d.put("article", rep.path("article").asText());
                d.put("stance", rep.path("stance").asText(null));
                d.put("holder", rep.path("holder").asText(null));
                ObjectNode aj = article(rep.path("article").asText());
                if (aj != null && rep.has("start") && rep.has("end")) {
                    d.put("text", slice(aj.path("text").asText(""), rep));
                }
            }
            cell.put("state", state);
        }
        return row;
    }

    /** Maps a stance word to a cell state. */
    static String normaliseState(String stance) {
        String s = stance == null ? "" : stance.toLowerCase(Locale.ROOT);
        if (s.isBlank() || s.equals("absent") || s.equals("none") || s.equals("-")) {
            return s.isBlank() ? "reported" : "absent";
        }
        if (s.contains("contest") || s.contains("both") || s.equals("a/d")) {
            return "contested";
        }
        for (String w : List.of("disput", "den", "reject", "refut", "contradict", "oppos")) {
            if (s.contains(w)) {
                return "disputed";
            }
        }
        for (String w : List.of("assert", "support", "confirm", "hold", "agree", "affirm", "claim")) {
            if (s.contains(w)) {
                return "asserted";
            }
        }
        return "reported";
    }

    /** When an outlet carries a claim several times: asserted and disputed make contested; either beats reported. */
    static String stronger(String a, String b) {
        if ((a.equals("asserted") && b.equals("disputed")) || (a.equals("disputed") && b.equals("asserted"))) {
            return "contested";
        }
        List<String> order = List.of("absent", "reported", "asserted", "disputed", "contested");
        return order.indexOf(b) > order.indexOf(a) ? b : a;
    }

    /** An utterance with each version's words, speaker and outlet. */
    ObjectNode utterance(ItemRow u) {
        ObjectNode body = json(u.body());
        ObjectNode o = body.deepCopy();
        o.put("story", u.storyId());
        if (u.key() != null) {
            store.database().entity(u.key()).ifPresent(e -> o.put("speaker_name", e.name()));
        }
        ArrayNode vs = F.arrayNode();
        for (JsonNode v : body.path("versions")) {
            ObjectNode x = v.deepCopy();
            String a = v.path("article").asText(null);
            if (a != null) {
                ArticleRow r = row(a);
                x.put("outlet", outletName(r, a));
                x.put("published", r == null ? null : r.published());
                x.put("title", r == null ? null : r.title());
                ObjectNode aj = article(a);
                int qi = v.path("quote").asInt(-1);
                if (aj != null && qi >= 0 && qi < aj.path("quotes").size()) {
                    JsonNode q = aj.path("quotes").get(qi);
                    x.put("text", q.path("text").asText(""));
                    x.put("kind", q.path("kind").asText(null));
                    x.put("speaker", q.path("speaker").asText(null));
                }
            }
            vs.add(x);
        }
        o.set("versions", vs);
        return o;
    }

    /** The entity page's data. */
    ObjectNode entity(EntityRow e) {
        ObjectNode o = CollectionApi.entitySummary(e);
        o.set("entity", json(e.body()));
        List<String> ids = store.database().entityArticleIds(e.id());
        List<ArticleRow> arts = store.database().articlesByIds(ids.size() > MAX_ARTICLES ? ids.subList(0, MAX_ARTICLES) : ids);
        arts.forEach(r -> rows.put(r.id(), r));
        List<ArticleRow> byDate = new ArrayList<>(arts);
        byDate.sort(Comparator.comparing((ArticleRow r) -> r.published() == null ? "9999" : r.published()).thenComparing(ArticleRow::seq));
        ArrayNode al = o.putArray("articles");
        byDate.forEach(r -> al.add(CollectionApi.articleSummary(r)));
        ArrayNode quotes = o.putArray("quotes");
        for (ArticleRow r : byDate) {
            ObjectNode aj = article(r.id());
            if (aj == null) {
                continue;
            }
            for (JsonNode q : aj.path("quotes")) {
                if (e.id().equals(q.path("speaker_global").asText(null))) {
                    ObjectNode x = quotes.addObject();
                    x.put("article", r.id());
                    x.put("outlet", outletName(r, r.id()));
                    x.put("published", r.published());
                    x.put("title", r.title());
                    x.put("text", q.path("text").asText(""));
                    x.put("kind", q.path("kind").asText(null));
                }
            }
        }
        ArrayNode st = o.putArray("stories");
        store.database().storiesOfEntity(e.id()).forEach(s -> st.add(CollectionApi.storySummary(s)));
        ArrayNode utts = o.putArray("utterances");
        for (ItemRow u : store.database().utterances(null, e.id(), 0, 200).items()) {
            utts.add(utterance(u));
        }
        return o;
    }

    /** The text a {start, end} object names, or "" when it does not fit the text. */
    static String slice(String text, JsonNode span) {
        int s = span.path("start").asInt(-1);
        int en = span.path("end").asInt(-1);
        if (s < 0 || en < s || en > text.length()) {
            return "";
        }
        return text.substring(s, en);
    }
}
