package org.crosscheck.engine.clean.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.ingest.TextDates;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page's metadata, each field with the source it came from ({@link ArticleMeta#provenance()}):
 * JSON-LD (schema.org {@code NewsArticle}, {@code Article}, {@code BlogPosting} and kin, also
 * inside {@code @graph} and with {@code @id} references), Open Graph and other {@code <meta>} tags,
 * {@code <link rel=canonical>}, {@code <html lang>}, {@code <time>} elements and the visible byline.
 * Sources are tried from the most to the least deliberate: structured data first, then meta tags,
 * then what the page shows. The JSON-LD {@code articleBody}, when there is one, is returned too: it
 * tells the extractor where the article is.
 */
public final class PageMetadata {

    /** The metadata, and the article body JSON-LD gives (or null). */
    public record Found(ArticleMeta meta, String articleBody) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle",
            "report", "posting", "discussionforumposting", "satiricalarticle", "advertisercontentarticle");
    private static final Pattern URLISH = Pattern.compile("^(https?:)?//|^www\\.", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(?i)(?:by|von|par|por|di|door|autor(?:in)?|author|text|tekst|written by|posted by|geschrieben von|verfasst von)\\s*:?\\s+");

    private PageMetadata() {
    }

    public static Found read(Document page) {
        MetaTags tags = new MetaTags(page);
        return read(page, tags);
    }

    /**
     * What the metadata sources need from the page, gathered in one walk over its elements: meta
     * tags by attribute and lower-case value ("property|og:title"), JSON-LD scripts, the first element
     * of each itemprop, {@code <time>} elements, {@code <h1>}s, the canonical link and byline candidates.
     */
    static final class MetaTags {
        private final Map<String, List<String>> byKey = new HashMap<>();
        final Map<String, Element> itemprops = new HashMap<>();
        final List<Element> jsonLd = new ArrayList<>();
        final List<Element> h1 = new ArrayList<>();
        Element canonical;
        Element timeInArticle;
        Element timePubdate;
        Element timeAny;
        Element relAuthor;
        Element bylineClass;

        MetaTags(Document page) {
            for (Element e : page.getAllElements()) {
                switch (e.normalName()) {
                    case "meta" -> meta(e);
                    case "script" -> {
                        if (e.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                            jsonLd.add(e);
                        }
                    }
                    case "h1" -> h1.add(e);
                    case "link" -> {
                        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                            canonical = e;
                        }
                    }
                    case "time" -> {
                        if (e.hasAttr("datetime")) {
                            if (timeAny == null) {
                                timeAny = e;
                            }
                            if (timePubdate == null && (e.hasAttr("pubdate") || e.hasClass("published"))) {
                                timePubdate = e;
                            }
                            if (timeInArticle == null && e.closest("article") != null) {
                                timeInArticle = e;
                            }
                        }
                    }
                    default -> {
                    }
                }
                if (e.attributesSize() == 0) {
                    continue;
                }
                String itemprop = e.attr("itemprop");
                if (!itemprop.isEmpty()) {
                    itemprops.putIfAbsent(itemprop.strip().toLowerCase(Locale.ROOT), e);
                }
                if (relAuthor == null && e.attr("rel").equalsIgnoreCase("author")) {
                    relAuthor = e;
                }
                if (bylineClass == null) {
                    String c = e.attr("class");
                    if (containsIgnoreCase(c, "byline") || containsIgnoreCase(c, "author")) {
                        bylineClass = e;
                    }
                }
            }
        }

        private static boolean containsIgnoreCase(String s, String word) {
            int n = word.length();
            for (int i = 0; i + n <= s.length(); i++) {
                if (s.regionMatches(true, i, word, 0, n)) {
                    return true;
                }
            }
            return false;
        }

        private void meta(Element e) {
            String content = e.attr("content");
            if (content.isBlank()) {
                return;
            }
            for (String a : new String[]{"name", "property", "itemprop", "http-equiv"}) {
                String v = e.attr(a);
                if (!v.isEmpty()) {
                    byKey.computeIfAbsent(a + "|" + v.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content.strip());
                }
            }
        }

        String first(String attr, String value) {
            List<String> l = byKey.get(attr + "|" + value.toLowerCase(Locale.ROOT));
            return l == null ? null : l.get(0);
        }

        List<String> all(String attr, String value) {
            return byKey.getOrDefault(attr + "|" + value.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private static Found read(Document page, MetaTags tags) {
        Map<String, String> prov = new HashMap<>();
        JsonLd ld = JsonLd.read(tags.jsonLd);

        String title = pick(prov, "title",
                src("json-ld:headline", ld.article("headline")),
                src("html:og:title", tags.first("property", "og:title")),
                src("html:twitter:title", tags.first("name", "twitter:title")),
                src("html:dc.title", tags.first("name", "dc.title")),
                src("html:h1", tags.h1.size() == 1 && !tags.h1.get(0).text().isBlank() ? tags.h1.get(0).text().strip() : null),
                src("html:title", page.title().isBlank() ? null : page.title().strip()));

        String outlet = pick(prov, "outlet",
                src("html:og:site_name", tags.first("property", "og:site_name")),
                src("json-ld:publisher", ld.publisherName()),
                src("json-ld:WebSite", ld.websiteName()),
                src("html:application-name", tags.first("name", "application-name")),
                src("html:dc.publisher", tags.first("name", "dc.publisher")));

        String canonical = null;
        Element canon = tags.canonical;
        if (canon != null && !canon.attr("href").isBlank()) {
            canonical = canon.absUrl("href").isBlank() ? canon.attr("href").strip() : canon.absUrl("href");
        }
        String url = pick(prov, "url",
                src("html:link-canonical", canonical),
                src("html:og:url", tags.first("property", "og:url")),
                src("json-ld:url", ld.article("url")));

        String language = pick(prov, "language",
                src("html:lang", page.getElementsByTag("html").isEmpty() ? null : page.getElementsByTag("html").get(0).attr("lang")),
                src("html:content-language", tags.first("http-equiv", "content-language")),
                src("json-ld:inLanguage", ld.article("inLanguage")),
                src("html:og:locale", tags.first("property", "og:locale")));
        if (language != null) {
            language = language.replace('_', '-').strip();
        }

        String publishedRaw = null;
        LocalDate published = null;
        for (String[] s : List.of(
                src("json-ld:datePublished", ld.article("datePublished")),
                src("html:article:published_time", tags.first("property", "article:published_time")),
                src("html:itemprop:datePublished", itemprop(tags, "datePublished")),
                src("html:og:published_time", tags.first("property", "og:published_time")),
                src("html:date", metaAny(tags, "date", "pubdate", "publishdate", "publish-date", "publication_date",
                        "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
                        "article.published", "datepublished")),
                src("html:time", timeElement(tags)),
                src("json-ld:dateCreated", ld.article("dateCreated")))) {
            if (s[1] == null) {
                continue;
            }
            LocalDate d = TextDates.find(s[1]);
            if (d != null) {
                published = d;
                publishedRaw = s[1];
                prov.put("published", s[0]);
                break;
            }
        }
        LocalDate modified = null;
        for (String[] s : List.of(
                src("json-ld:dateModified", ld.article("dateModified")),
                src("html:article:modified_time", tags.first("property", "article:modified_time")),
                src("html:og:updated_time", tags.first("property", "og:updated_time")),
                src("html:itemprop:dateModified", itemprop(tags, "dateModified")),
                src("html:last-modified", metaAny(tags, "last-modified", "dcterms.modified", "dc.date.modified", "revised")))) {
            if (s[1] == null) {
                continue;
            }
            LocalDate d = TextDates.find(s[1]);
            if (d != null) {
                modified = d;
                prov.put("modified", s[0]);
                break;
            }
        }

        List<String> authors = ld.authors();
        if (!authors.isEmpty()) {
            prov.put("authors", "json-ld:author");
        } else {
            authors = names(metaAll(tags, "name", "author"));
            if (!authors.isEmpty()) {
                prov.put("authors", "html:author");
            }
        }
        if (authors.isEmpty()) {
            authors = names(metaAll(tags, "property", "article:author"));
            if (!authors.isEmpty()) {
                prov.put("authors", "html:article:author");
            }
        }
        if (authors.isEmpty()) {
            authors = names(metaAll(tags, "name", "dc.creator", "byl", "sailthru.author", "parsely-author"));
            if (!authors.isEmpty()) {
                prov.put("authors", "html:dc.creator");
            }
        }
        if (authors.isEmpty()) {
            authors = visibleByline(tags);
            if (!authors.isEmpty()) {
                prov.put("authors", "html:byline");
            }
        }
        ArticleMeta meta = new ArticleMeta(url, outlet, published, publishedRaw, title, authors, language, prov, modified, null);
        String articleBody = ld.article("articleBody");
        if (articleBody != null && articleBody.indexOf('&') >= 0) {
            articleBody = org.jsoup.parser.Parser.unescapeEntities(articleBody, false);
        }
        return new Found(meta, articleBody);
    }

    private static String[] src(String source, String value) {
        if (value == null || value.isBlank()) {
            return new String[]{source, null};
        }
        // JSON-LD and some meta tags carry HTML entities in their strings ("&amp;", "&#8216;")
        String v = value.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(value, false) : value;
        return new String[]{source, v.strip()};
    }

    @SafeVarargs
    private static String pick(Map<String, String> prov, String field, String[]... candidates) {
        for (String[] c : candidates) {
            if (c[1] != null) {
                prov.put(field, c[0]);
                return c[1];
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String metaAny(MetaTags tags, String... names) {
        for (String n : names) {
            String v = tags.first("name", n);
            if (v == null) {
                v = tags.first("property", n);
            }
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static List<String> metaAll(MetaTags tags, String attr, String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(tags.all(attr, v));
        }
        return out;
    }

    private static String itemprop(MetaTags tags, String prop) {
        Element e = tags.itemprops.get(prop.toLowerCase(Locale.ROOT));
        if (e == null) {
            return null;
        }
        for (String a : List.of("content", "datetime", "value")) {
            if (!e.attr(a).isBlank()) {
                return e.attr(a);
            }
        }
        return e.text();
    }

    private static String timeElement(MetaTags tags) {
        Element t = tags.timeInArticle != null ? tags.timeInArticle : tags.timePubdate != null ? tags.timePubdate : tags.timeAny;
        return t == null ? null : t.attr("datetime");
    }

    /** Author names from meta values: URLs (profile links) and bare handles are not names. */
    static List<String> names(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String r0 : raw) {
            String r = r0.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(r0, false) : r0;
            for (String part : r.split("\\s*(?:,|;|\\||\\s+and\\s+|\\s+und\\s+|\\s+i\\s+|\\s+&\\s+)\\s*")) {
                String p = BYLINE_PREFIX.matcher(part.strip()).replaceFirst("").strip();
                if (p.isEmpty() || URLISH.matcher(p).find() || p.length() > 60 || p.contains("@")) {
                    continue;
                }
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    /** The byline the page shows: an element marked as the author (rel, itemprop, class). */
    private static List<String> visibleByline(MetaTags tags) {
        Element author = tags.itemprops.get("author");
        Element authorName = author == null ? null : author.selectFirst("[itemprop=name]");
        for (Element e : new Element[]{tags.relAuthor, authorName, author, tags.bylineClass}) {
            if (e != null) {
                String t = e.text().strip();
                if (!t.isEmpty() && t.length() <= 80) {
                    List<String> n = names(List.of(t));
                    if (!n.isEmpty()) {
                        return n;
                    }
                }
            }
        }
        return List.of();
    }

    /** The JSON-LD blocks of a page, searched for an article node, its publisher and the site. */
    static final class JsonLd {
        private final List<JsonNode> nodes = new ArrayList<>();
        private final Map<String, JsonNode> byId = new HashMap<>();
        private JsonNode article;

        static JsonLd read(List<Element> scripts) {
            JsonLd ld = new JsonLd();
            for (Element s : scripts) {
                StringBuilder sb = new StringBuilder();
                for (DataNode d : s.dataNodes()) {
                    sb.append(d.getWholeData());
                }
                String json = sb.toString().strip();
                if (json.startsWith("<!--")) {
                    json = json.substring(4);
                }
                if (json.endsWith("-->")) {
                    json = json.substring(0, json.length() - 3);
                }
                try {
                    ld.collect(JSON.readTree(json));
                } catch (Exception ignored) {
                    // a broken JSON-LD block says nothing; the other sources remain
                }
            }
            ld.article = ld.nodes.stream().filter(n -> hasType(n, ARTICLE_TYPES)).findFirst()
                    .orElse(ld.nodes.stream().filter(n -> hasType(n, Set.of("webpage", "itempage")) && n.has("headline")).findFirst().orElse(null));
            return ld;
        }

        private void collect(JsonNode n) {
            if (n == null) {
                return;
            }
            if (n.isArray()) {
                n.forEach(this::collect);
                return;
            }
            if (!n.isObject()) {
                return;
            }
            nodes.add(n);
            JsonNode id = n.get("@id");
            if (id != null && id.isTextual()) {
                byId.putIfAbsent(id.asText(), n);
            }
            JsonNode graph = n.get("@graph");
            if (graph != null) {
                collect(graph);
            }
            JsonNode main = n.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main);
            }
        }

        private static boolean hasType(JsonNode n, Set<String> types) {
            JsonNode t = n.get("@type");
            if (t == null) {
                return false;
            }
            if (t.isArray()) {
                for (JsonNode x : t) {
                    if (types.contains(x.asText().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
                return false;
            }
            return types.contains(t.asText().toLowerCase(Locale.ROOT));
        }

        private JsonNode resolve(JsonNode n) {
            if (n != null && n.isObject() && n.size() == 1 && n.has("@id")) {
                JsonNode r = byId.get(n.get("@id").asText());
                return r == null ? n : r;
            }
            return n;
        }

        String article(String field) {
            if (article == null) {
                return null;
            }
            JsonNode v = resolve(article.get(field));
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.isArray() && !v.isEmpty()) {
                v = resolve(v.get(0));
            }
            if (v.isObject()) {
                JsonNode x = v.has("@id") && !v.has("name") ? v.get("@id") : v.get("name");
                return x == null || !x.isValueNode() ? null : x.asText();
            }
            return v.isValueNode() ? v.asText() : null;
        }

        List<String> authors() {
            if (article == null) {
                return List.of();
            }
            JsonNode a = article.get("author");
            if (a == null) {
                a = article.get("creator");
            }
            List<String> raw = new ArrayList<>();
            if (a != null) {
                for (JsonNode x : a.isArray() ? a : List.of(a)) {
                    JsonNode r = resolve(x);
                    if (r.isTextual()) {
                        raw.add(r.asText());
                    } else if (r.isObject() && r.get("name") != null && r.get("name").isValueNode()) {
                        raw.add(r.get("name").asText());
                    }
                }
            }
            return names(raw);
        }

        String publisherName() {
            if (article == null) {
                return null;
            }
            JsonNode p = resolve(article.get("publisher"));
            if (p != null && p.isArray() && !p.isEmpty()) {
                p = resolve(p.get(0));
            }
            if (p != null && p.isObject() && p.get("name") != null && p.get("name").isValueNode()) {
                return p.get("name").asText();
            }
            return null;
        }

        String websiteName() {
            for (JsonNode n : nodes) {
                if (hasType(n, Set.of("website")) && n.get("name") != null && n.get("name").isValueNode()) {
                    return n.get("name").asText();
                }
            }
            return null;
        }
    }
}
