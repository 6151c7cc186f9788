package org.crosscheck.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.app.api.Http.ApiException;
import org.crosscheck.app.api.Http.Param;
import org.crosscheck.app.api.Http.Request;
import org.crosscheck.app.api.Http.Response;
import org.crosscheck.app.api.Http.Route;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.ingest.Dates;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.store.Analyser;
import org.crosscheck.store.Rows;
import org.crosscheck.store.Rows.ArticleFilter;
import org.crosscheck.store.Rows.ArticleRow;
import org.crosscheck.store.Rows.EntityRow;
import org.crosscheck.store.Rows.ItemRow;
import org.crosscheck.store.Rows.Page;
import org.crosscheck.store.Rows.StoryRow;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreException;
import org.crosscheck.store.search.SearchIndex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The REST API over a {@link Store}, free of any web framework: each route takes a
 * {@link Request} and returns JSON. The web server adapts it to HTTP; the HTML report calls the
 * same handlers to build its pages, so the report shows exactly what the server shows.
 *
 * <p>Lists are paginated ({@code offset}, {@code limit} up to {@value #MAX_LIMIT}) and answer
 * {@code {"items": [...], "total", "offset", "limit"}}. Errors answer
 * {@code {"error": {"status", "message"}}}.
 */
public final class CollectionApi {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** Articles one POST may carry. */
    public static final int MAX_POSTED_ARTICLES = 100;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Store store;
    private final Supplier<Analyser> analyser;
    private final String token;
    private final List<Route> routes;
    private final Object ingestLock = new Object();

    /**
     * @param analyser gives the analyser for POSTed articles (loaded on first use), or null for a read-only API
     * @param token    the token write endpoints require, or null for none
     */
    public CollectionApi(Store store, Supplier<Analyser> analyser, String token) {
        this.store = store;
        this.analyser = analyser;
        this.token = token == null || token.isBlank() ? null : token;
        this.routes = List.of(
                new Route("GET", "/api", "What the API offers and the collection's size", List.of(), false, this::index),
                new Route("GET", "/api/articles", "Articles, newest first", List.of(
                        Param.query("outlet", "only this outlet (exact name)"),
                        Param.query("story", "only articles of this story"),
                        Param.query("entity", "only articles that mention this entity"),
                        Param.query("from", "published on or after (YYYY-MM-DD)"),
                        Param.query("to", "published on or before (YYYY-MM-DD)"),
                        Param.queryInt("offset", "items to skip"), Param.queryInt("limit", "items per page (max 200)")),
                        false, this::articles),
                new Route("GET", "/api/articles/{id}", "One article: text, layers, stories", List.of(
                        Param.path("id", "article id")), false, this::article),
                new Route("POST", "/api/articles", "Ingest articles (JSON: one article, an array, or {\"articles\": [...]}); "
                        + "each has text or html, and optionally title, url, outlet, published", List.of(), true, this::postArticles),
                new Route("GET", "/api/stories", "Stories, newest first, with outlets and date range", List.of(
                        Param.queryInt("offset", "items to skip"), Param.queryInt("limit", "items per page (max 200)")),
                        false, this::stories),
                new Route("GET", "/api/stories/{id}", "One story: articles by outlet, claims x outlets matrix, "
                        + "utterances with their versions, events, people and organisations", List.of(
                        Param.path("id", "story id")), false, this::story),
                new Route("GET", "/api/entities", "People, organisations, places, most mentioned first", List.of(
                        Param.query("q", "part of a name or alias"), Param.query("type", "PERSON, ORGANIZATION, LOCATION, ..."),
                        Param.query("story", "only entities of this story"),
                        Param.queryInt("offset", "items to skip"), Param.queryInt("limit", "items per page (max 200)")),
                        false, this::entities),
                new Route("GET", "/api/entities/{id}", "One entity: aliases, roles, quotes over time, stories", List.of(
                        Param.path("id", "entity id")), false, this::entity),
                new Route("GET", "/api/utterances", "Statements reported by several articles, with their versions", List.of(
                        Param.query("story", "only this story"), Param.query("speaker", "only this speaker (entity id)"),
                        Param.queryInt("offset", "items to skip"), Param.queryInt("limit", "items per page (max 200)")),
                        false, this::utterances),
                new Route("GET", "/api/utterances/{id}", "One utterance with its versions", List.of(
                        Param.path("id", "utterance id")), false, this::utterance),
                new Route("GET", "/api/claims", "Claims, with who asserts and who disputes them", List.of(
                        Param.query("story", "only this story"),
                        Param.queryInt("offset", "items to skip"), Param.queryInt("limit", "items per page (max 200)")),
                        false, this::claims),
                new Route("GET", "/api/claims/{id}", "One claim and its reports", List.of(
                        Param.path("id", "claim id")), false, this::claim),
                new Route("GET", "/api/search", "Full-text search over articles, quotes and claims, with highlights", List.of(
                        Param.query("q", "words, \"phrases\", -excluded, a|b"),
                        Param.query("kind", "article, quote or claim (comma-separated)"),
                        Param.query("outlet", "only this outlet"), Param.query("from", "published on or after (YYYY-MM-DD)"),
                        Param.query("to", "published on or before (YYYY-MM-DD)"),
                        Param.query("entity", "only items from articles that mention this entity"),
                        Param.query("story", "only items from this story's articles"),
                        Param.queryInt("offset", "items to skip"), Param.queryInt("limit", "items per page (max 200)")),
                        false, this::search),
                new Route("GET", "/api/outlets", "Outlets and their article counts", List.of(), false, this::outlets));
    }

    public List<Route> routes() {
        return routes;
    }

    /** Whether a write request carries the configured token (always true when none is configured). */
    public boolean authorised(Request r) {
        if (token == null) {
            return true;
        }
        if (r.token() == null) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), r.token().getBytes(StandardCharsets.UTF_8));
    }

    public boolean tokenRequired() {
        return token != null;
    }

    /** Runs a route, turning failures into JSON errors. */
    public Response handle(Route route, Request request) {
        try {
            if (route.write() && !authorised(request)) {
                throw new ApiException(401, "this server requires a token for writes: send 'Authorization: Bearer TOKEN'");
            }
            return route.handler().handle(request);
        } catch (ApiException e) {
            return error(e.status(), e.getMessage());
        } catch (StoreException e) {
            return error(503, e.getMessage());
        }
    }

    public static Response error(int status, String message) {
        ObjectNode o = F.objectNode();
        ObjectNode e = o.putObject("error");
        e.put("status", status);
        e.put("message", message);
        return new Response(status, o);
    }

    /** GET on a path, as the report generator and tests call it: routes matched like the server does. */
    public Response get(String path, Map<String, List<String>> query) {
        for (Route r : routes) {
            if (!r.method().equals("GET")) {
                continue;
            }
            Map<String, String> params = match(r.path(), path);
            if (params != null) {
                return handle(r, Request.get(path, params, query));
            }
        }
        return error(404, "no such endpoint: " + path);
    }

    static Map<String, String> match(String pattern, String path) {
        String[] p = pattern.split("/");
        String[] a = path.split("/");
        if (p.length != a.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i].startsWith("{") && p[i].endsWith("}")) {
                params.put(p[i].substring(1, p[i].length() - 1), java.net.URLDecoder.decode(a[i], StandardCharsets.UTF_8));
            } else if (!p[i].equals(a[i])) {
                return null;
            }
        }
        return params;
    }

    // ------------------------------------------------------------------ endpoints

    private Response index(Request r) {
        ObjectNode o = F.objectNode();
        o.put("name", "crosscheck");
        o.put("openapi", "/openapi.json");
        Rows.Counts c = store.database().counts();
        ObjectNode counts = o.putObject("counts");
        counts.put("articles", c.articles());
        counts.put("stories", c.stories());
        counts.put("entities", c.entities());
        counts.put("utterances", c.utterances());
        counts.put("claims", c.claims());
        counts.put("outlets", c.outlets());
        o.put("layers_up_to_date", c.layersSeq() >= c.maxSeq());
        o.put("writes_need_token", token != null);
        o.put("accepts_posts", analyser != null);
        ArrayNode eps = o.putArray("endpoints");
        for (Route rt : routes) {
            eps.add(rt.method() + " " + rt.path() + ": " + rt.summary());
        }
        return ok(o);
    }

    private Response articles(Request r) {
        int[] pg = paging(r);
        ArticleFilter f = new ArticleFilter(r.query("outlet"), r.query("story"), r.query("entity"), date(r, "from"), date(r, "to"));
        Page<ArticleRow> page = store.database().articles(f, pg[0], pg[1]);
        Map<String, List<String>> stories = store.database().storiesOfArticles(page.items().stream().map(ArticleRow::id).toList());
        ArrayNode items = F.arrayNode();
        for (ArticleRow a : page.items()) {
            ObjectNode o = articleSummary(a);
            ArrayNode s = o.putArray("stories");
            stories.getOrDefault(a.id(), List.of()).forEach(s::add);
            items.add(o);
        }
        return ok(page(items, page.total(), pg));
    }

    private Response article(Request r) {
        String id = r.pathParam("id");
        ObjectNode json = store.articleJson(id);
        if (json == null) {
            throw new ApiException(404, "no article with id '" + id + "'");
        }
        ArticleRow row = store.database().article(id).map(Rows.StoredArticle::row).orElseThrow();
        ObjectNode o = F.objectNode();
        o.set("article", json);
        o.set("summary", articleSummary(row));
        ArrayNode s = o.putArray("stories");
        for (String sid : store.database().storiesOfArticles(List.of(id)).getOrDefault(id, List.of())) {
            store.database().story(sid).ifPresent(st -> s.add(storySummary(st)));
        }
        return ok(o);
    }

    private Response postArticles(Request r) {
        if (analyser == null) {
            throw new ApiException(405, "this server does not accept articles");
        }
        if (r.contentType() != null && !r.contentType().toLowerCase(Locale.ROOT).contains("json")) {
            throw new ApiException(415, "send JSON (Content-Type: application/json), not " + r.contentType());
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(r.body());
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ApiException(400, "the body cannot be read: " + e.getMessage());
        }
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw new ApiException(400, "the body is empty: send an article as JSON");
        }
        JsonNode list = body.isArray() ? body : body.has("articles") ? body.get("articles") : MAPPER.createArrayNode().add(body);
        if (!list.isArray() || list.isEmpty()) {
            throw new ApiException(400, "'articles' must be a non-empty array");
        }
        if (list.size() > MAX_POSTED_ARTICLES) {
            throw new ApiException(413, "at most " + MAX_POSTED_ARTICLES + " articles per request (got " + list.size() + ")");
        }
        List<Outcome<RawArticle>> raws = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            raws.add(Outcome.ok(posted(list.get(i), i)));
        }
        Store.IngestReport rep;
        synchronized (ingestLock) {
            rep = store.ingest(raws, analyser.get(), 16, new Store.Listener() {
            });
        }
        ObjectNode o = F.objectNode();
        o.put("added", rep.added());
        o.put("updated", rep.updated());
        o.put("unchanged", rep.unchanged());
        ArrayNode res = o.putArray("articles");
        for (Rows.Written w : rep.written()) {
            ObjectNode x = res.addObject();
            x.put("id", w.id());
            x.put("status", w.status().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode rej = o.putArray("rejected");
        for (Rejection x : rep.rejected()) {
            ObjectNode j = rej.addObject();
            j.put("input", x.origin().toString());
            j.put("reason", x.reason().name().toLowerCase(Locale.ROOT));
            j.put("detail", x.detail());
        }
        return new Response(rep.added() > 0 ? 201 : 200, o);
    }

    private static RawArticle posted(JsonNode a, int i) {
        if (!a.isObject()) {
            throw new ApiException(400, "article " + i + " is not a JSON object");
        }
        String text = str(a, "text");
        String html = str(a, "html");
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            throw new ApiException(400, "article " + i + " has neither 'text' nor 'html'");
        }
        String title = str(a, "title");
        String url = str(a, "url");
        String published = str(a, "published");
        LocalDate date = null;
        if (published != null) {
            date = Dates.parse(published);
            if (date == null) {
                throw new ApiException(400, "article " + i + ": 'published' is not a date: " + published);
            }
        }
        ArticleMeta meta = new ArticleMeta(url, str(a, "outlet"), date, published, title, List.of(), str(a, "language"),
                Map.of("url", "api", "outlet", "api", "published", "api", "title", "api"));
        String name = str(a, "id") != null ? str(a, "id") : url != null ? url : "posted-" + i;
        Origin origin = Origin.record("api", name);
        if (html != null && !html.isBlank()) {
            return new RawArticle(name, origin, Format.HTML, html, meta, List.of());
        }
        String content = title == null ? text : title + "\n\n" + text;
        return new RawArticle(name, origin, Format.TEXT, content, meta, List.of());
    }

    private Response stories(Request r) {
        int[] pg = paging(r);
        Page<StoryRow> page = store.database().stories(pg[0], pg[1]);
        ArrayNode items = F.arrayNode();
        page.items().forEach(s -> items.add(storySummary(s)));
        ObjectNode o = page(items, page.total(), pg);
        Rows.Counts c = store.database().counts();
        o.put("articles", c.articles());
        if (page.total() == 0) {
            o.put("note", c.articles() == 0 ? "the collection is empty: ingest articles first"
                    : "no stories: the engine grouped no articles into stories (the story layer is empty)");
        }
        return ok(o);
    }

    private Response story(Request r) {
        String id = r.pathParam("id");
        StoryRow s = store.database().story(id).orElseThrow(() -> new ApiException(404, "no story with id '" + id + "'"));
        return ok(new StoryView(store).build(s));
    }

    private Response entities(Request r) {
        int[] pg = paging(r);
        String type = r.query("type") == null ? null : r.query("type").toUpperCase(Locale.ROOT);
        Page<EntityRow> page = store.database().entities(r.query("q"), type, r.query("story"), pg[0], pg[1]);
        ArrayNode items = F.arrayNode();
        page.items().forEach(e -> items.add(entitySummary(e)));
        return ok(page(items, page.total(), pg));
    }

    private Response entity(Request r) {
        String id = r.pathParam("id");
        EntityRow e = store.database().entity(id).orElseThrow(() -> new ApiException(404, "no entity with id '" + id + "'"));
        return ok(new StoryView(store).entity(e));
    }

    private Response utterances(Request r) {
        int[] pg = paging(r);
        Page<ItemRow> page = store.database().utterances(r.query("story"), r.query("speaker"), pg[0], pg[1]);
        StoryView v = new StoryView(store);
        ArrayNode items = F.arrayNode();
        page.items().forEach(u -> items.add(v.utterance(u)));
        return ok(page(items, page.total(), pg));
    }

    private Response utterance(Request r) {
        String id = r.pathParam("id");
        ItemRow u = store.database().utterance(id).orElseThrow(() -> new ApiException(404, "no utterance with id '" + id + "'"));
        return ok(new StoryView(store).utterance(u));
    }

    private Response claims(Request r) {
        int[] pg = paging(r);
        Page<ItemRow> page = store.database().claims(r.query("story"), pg[0], pg[1]);
        ArrayNode items = F.arrayNode();
        page.items().forEach(c -> items.add(StoryView.json(c.body())));
        return ok(page(items, page.total(), pg));
    }

    private Response claim(Request r) {
        String id = r.pathParam("id");
        ItemRow c = store.database().claim(id).orElseThrow(() -> new ApiException(404, "no claim with id '" + id + "'"));
        return ok(StoryView.json(c.body()));
    }

    private Response search(Request r) {
        int[] pg = paging(r);
        List<SearchIndex.Kind> kinds = new ArrayList<>();
        if (r.query("kind") != null) {
            for (String k : r.query("kind").split(",")) {
                try {
                    kinds.add(SearchIndex.Kind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new ApiException(400, "unknown kind '" + k.strip() + "': use article, quote or claim");
                }
            }
        }
        Set<String> articleIds = null;
        if (r.query("story") != null) {
            String sid = r.query("story");
            store.database().story(sid).orElseThrow(() -> new ApiException(404, "no story with id '" + sid + "'"));
            articleIds = new HashSet<>(store.database().storyArticleIds(sid));
        }
        if (r.query("entity") != null) {
            String eid = r.query("entity");
            store.database().entity(eid).orElseThrow(() -> new ApiException(404, "no entity with id '" + eid + "'"));
            Set<String> ofEntity = new HashSet<>(store.database().entityArticleIds(eid));
            if (articleIds == null) {
                articleIds = ofEntity;
            } else {
                articleIds.retainAll(ofEntity);
            }
        }
        String q = r.query("q");
        if (q != null && q.length() > 1000) {
            throw new ApiException(400, "the query is longer than 1000 characters");
        }
        SearchIndex.Result res = store.search(new SearchIndex.Request(q, kinds, r.query("outlet"), date(r, "from"),
                date(r, "to"), articleIds, pg[0], pg[1]));
        ArrayNode items = F.arrayNode();
        for (SearchIndex.Hit h : res.hits()) {
            ObjectNode o = items.addObject();
            o.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
            o.put("ref", h.ref());
            o.put("article", h.articleId());
            ArrayNode arts = o.putArray("articles");
            h.articleIds().forEach(arts::add);
            o.put("title", h.title());
            o.put("outlet", h.outlet());
            o.put("published", h.published());
            o.put("speaker", h.speaker());
            o.put("story", h.story());
            o.put("score", Math.round(h.score() * 1000) / 1000.0);
            ArrayNode segs = o.putArray("snippet");
            for (SearchIndex.Segment sg : h.snippet()) {
                ObjectNode so = segs.addObject();
                so.put("text", sg.text());
                so.put("hit", sg.hit());
            }
            o.put("snippet_html", h.snippetHtml());
        }
        ObjectNode o = page(items, res.total(), pg);
        o.put("q", q);
        return ok(o);
    }

    private Response outlets(Request r) {
        ArrayNode items = F.arrayNode();
        for (var e : store.database().outlets()) {
            ObjectNode o = items.addObject();
            o.put("outlet", e.getKey());
            o.put("articles", e.getValue());
        }
        ObjectNode o = F.objectNode();
        o.set("items", items);
        o.put("total", items.size());
        return ok(o);
    }

    // ------------------------------------------------------------------ shapes

    static ObjectNode articleSummary(ArticleRow a) {
        ObjectNode o = F.objectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("outlet", a.outlet());
        o.put("url", a.url());
        o.put("published", a.published());
        o.put("origin", a.origin());
        o.put("ingested_at", a.ingestedAt());
        return o;
    }

    static ObjectNode storySummary(StoryRow s) {
        ObjectNode body = StoryView.json(s.body());
        ObjectNode o = F.objectNode();
        o.put("id", s.id());
        o.put("label", s.label());
        o.put("first_date", s.firstDate());
        o.put("last_date", s.lastDate());
        o.put("outlet_count", s.outletCount());
        o.put("article_count", s.articleCount());
        o.set("outlets", body.path("outlets").isArray() ? body.get("outlets") : F.arrayNode());
        return o;
    }

    static ObjectNode entitySummary(EntityRow e) {
        ObjectNode body = StoryView.json(e.body());
        ObjectNode o = F.objectNode();
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type());
        o.put("named", e.named());
        o.put("mentions", e.mentions());
        o.put("article_count", e.articleCount());
        ArrayNode roles = o.putArray("roles");
        for (JsonNode r : body.path("roles")) {
            if (roles.size() < 3) {
                roles.add(r.path("text").asText(r.path("title").asText("")));
            }
        }
        return o;
    }

    private static ObjectNode page(ArrayNode items, long total, int[] pg) {
        ObjectNode o = F.objectNode();
        o.set("items", items);
        o.put("total", total);
        o.put("offset", pg[0]);
        o.put("limit", pg[1]);
        return o;
    }

    private static int[] paging(Request r) {
        int offset = intParam(r, "offset", 0);
        int limit = intParam(r, "limit", DEFAULT_LIMIT);
        if (offset < 0) {
            throw new ApiException(400, "'offset' must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(400, "'limit' must be between 1 and " + MAX_LIMIT);
        }
        return new int[]{offset, limit};
    }

    private static int intParam(Request r, String name, int dflt) {
        String v = r.query(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "'" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    private static String date(Request r, String name) {
        String v = r.query(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiException(400, "'" + name + "' must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    private static String str(JsonNode o, String f) {
        JsonNode v = o.get(f);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new ApiException(400, "'" + f + "' must be a string");
        }
        return v.asText();
    }

    private static Response ok(JsonNode body) {
        return new Response(200, body);
    }

    // ------------------------------------------------------------------ OpenAPI

    /** The OpenAPI 3.1 document, made from the route table (so it cannot drift from the routes). */
    public ObjectNode openApi() {
        ObjectNode o = F.objectNode();
        o.put("openapi", "3.1.0");
        ObjectNode info = o.putObject("info");
        info.put("title", "crosscheck API");
        info.put("version", "1");
        info.put("description", "Stories, articles, entities, utterances and claims of a crosscheck collection. "
                + "Lists are paginated with offset and limit; errors are {\"error\": {\"status\", \"message\"}}.");
        ObjectNode paths = o.putObject("paths");
        Map<String, ObjectNode> byPath = new LinkedHashMap<>();
        for (Route r : routes) {
            ObjectNode p = byPath.computeIfAbsent(r.path(), k -> paths.putObject(k));
            ObjectNode op = p.putObject(r.method().toLowerCase(Locale.ROOT));
            op.put("summary", r.summary());
            op.put("operationId", (r.method() + r.path()).replaceAll("[^A-Za-z0-9]+", "_"));
            ArrayNode params = op.putArray("parameters");
            for (Param pa : r.params()) {
                ObjectNode po = params.addObject();
                po.put("name", pa.name());
                po.put("in", pa.in());
                po.put("description", pa.description());
                po.put("required", pa.required());
                po.putObject("schema").put("type", pa.type());
            }
            if (r.write()) {
                ObjectNode rb = op.putObject("requestBody");
                rb.put("required", true);
                rb.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/PostedArticles");
                if (token != null) {
                    op.putArray("security").addObject().putArray("bearer");
                }
            }
            ObjectNode resp = op.putObject("responses");
            resp.putObject(r.write() ? "201" : "200").put("description", "JSON")
                    .putObject("content").putObject("application/json").putObject("schema").put("type", "object");
            if (!r.params().isEmpty() || r.write()) {
                resp.putObject("400").put("description", "bad input").putObject("content").putObject("application/json")
                        .putObject("schema").put("$ref", "#/components/schemas/Error");
            }
            if (r.path().contains("{")) {
                resp.putObject("404").put("description", "unknown id").putObject("content").putObject("application/json")
                        .putObject("schema").put("$ref", "#/components/schemas/Error");
            }
            if (r.write()) {
                resp.putObject("401").put("description", "token missing or wrong");
                resp.putObject("413").put("description", "body too large");
            }
        }
        ObjectNode comps = o.putObject("components");
        ObjectNode schemas = comps.putObject("schemas");
        ObjectNode err = schemas.putObject("Error");
        err.put("type", "object");
        ObjectNode ep = err.putObject("properties").putObject("error");
        ep.put("type", "object");
        ObjectNode epp = ep.putObject("properties");
        epp.putObject("status").put("type", "integer");
        epp.putObject("message").put("type", "string");
        ObjectNode art = schemas.putObject("PostedArticle");
        art.put("type", "object");
        ObjectNode ap = art.putObject("properties");
        for (String f : List.of("text", "html", "title", "url", "outlet", "published", "language", "id")) {
            ap.putObject(f).put("type", "string");
        }
        ObjectNode posted = schemas.putObject("PostedArticles");
        ArrayNode one = posted.putArray("oneOf");
        one.addObject().put("$ref", "#/components/schemas/PostedArticle");
        one.addObject().put("type", "array").putObject("items").put("$ref", "#/components/schemas/PostedArticle");
        ObjectNode wrapped = one.addObject();
        wrapped.put("type", "object");
        wrapped.putObject("properties").putObject("articles").put("type", "array").putObject("items")
                .put("$ref", "#/components/schemas/PostedArticle");
        comps.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        return o;
    }

    static Set<String> ordered(Iterable<String> xs) {
        Set<String> s = new LinkedHashSet<>();
        xs.forEach(s::add);
        return s;
    }
}
