package org.crosscheck.engine.clean;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection.Reason;
import org.crosscheck.engine.ingest.Dates;
import org.crosscheck.engine.ingest.RawArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A first HTML extractor (jsoup): drops scripts, navigation, headers, footers, asides and forms,
 * takes the {@code <article>} (or {@code <main>}, or the body) with the most text, turns its
 * block elements into paragraph units with their link density, and hands them to the
 * {@link FurnitureFilter}. Title, outlet, date, authors, URL and language come from the usual
 * meta tags. A deeper extractor can replace this one behind {@link ContentExtractor}.
 */
public final class HtmlExtractor implements ContentExtractor {

    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "nav", "header", "footer", "aside", "form", "button", "select", "input", "textarea", "figure",
            "figcaption", "menu", "dialog", "object", "embed", "canvas", "video", "audio", "picture", "img");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "div", "section", "article", "main", "td", "th", "dd", "dt", "br", "tr", "table", "ul", "ol",
            "address", "body");

    private final FurnitureFilter filter;

    public HtmlExtractor(FurnitureFilter filter) {
        this.filter = filter;
    }

    @Override
    public Outcome<CleanText> extract(RawArticle raw) {
        Document page = Jsoup.parse(raw.content(), raw.meta().url() == null ? "" : raw.meta().url(),
                Parser.htmlParser().setTrackPosition(true));
        ArticleMeta pageMeta = meta(page);
        for (Element e : page.select(String.join(",", DROP))) {
            e.remove();
        }
        Element root = chooseRoot(page);
        List<FurnitureFilter.Candidate> units = new ArrayList<>();
        collect(root, raw.content(), units);
        String knownTitle = raw.meta().title() != null ? raw.meta().title() : pageMeta.title();
        CleanText clean = filter.filter(units, knownTitle);
        if (clean.title() == null && knownTitle != null) {
            // the title lives in <title> or a meta tag, outside the body: use it as written there
            TextBlock t = new TextBlock.Builder().decoded(knownTitle.strip(), 0, 0).build();
            clean = new CleanText(t, clean.paragraphs(), clean.removed(), clean.pageMeta());
        }
        ArticleMeta merged = clean.pageMeta().orElse(pageMeta);
        if (clean.paragraphs().isEmpty()) {
            return Outcome.rejected(raw.origin(), Reason.NO_TEXT, "no article text found in the page");
        }
        return Outcome.ok(new CleanText(clean.title(), clean.paragraphs(), clean.removed(), merged));
    }

    private static Element chooseRoot(Document page) {
        Element best = null;
        int bestLen = 0;
        for (Element e : page.select("article, main, [role=main], [itemprop=articleBody]")) {
            int len = e.text().length();
            if (len > bestLen) {
                best = e;
                bestLen = len;
            }
        }
        Element body = page.body();
        if (best != null && bestLen * 3 >= Math.max(1, body.text().length())) {
            return best;
        }
        return best != null && bestLen > 500 ? best : body;
    }

    private static void collect(Element root, String source, List<FurnitureFilter.Candidate> out) {
        final TextBlock.Builder[] cur = {new TextBlock.Builder()};
        final int[] linkChars = {0};
        final boolean[] heading = {false};
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendText(t, source, cur[0], inLink(t) ? linkChars : null);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                    heading[0] = e.normalName().matches("h[1-6]");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }

            private void flush() {
                TextBlock.Builder b = cur[0];
                if (!b.isBlank()) {
                    TextBlock block = b.build();
                    boolean linkHeavy = block.text().length() > 0 && linkChars[0] * 2 > block.text().length();
                    out.add(new FurnitureFilter.Candidate(block, heading[0], linkHeavy));
                }
                cur[0] = new TextBlock.Builder();
                linkChars[0] = 0;
                heading[0] = false;
            }
        });
        TextBlock.Builder b = cur[0];
        if (!b.isBlank()) {
            out.add(new FurnitureFilter.Candidate(b.build(), false, false));
        }
    }

    private static boolean inLink(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** Appends a text node with whitespace collapsed; exact pieces when the source spells it the same. */
    private static void appendText(TextNode t, String source, TextBlock.Builder b, int[] linkChars) {
        String text = t.getWholeText();
        int start = t.sourceRange().startPos();
        int end = t.sourceRange().endPos();
        boolean exact = start >= 0 && end - start == text.length() && end <= source.length()
                && source.regionMatches(start, text, 0, text.length());
        int i = 0;
        int n = text.length();
        boolean leadingSpace = n > 0 && Character.isWhitespace(text.charAt(0));
        if (leadingSpace && b.length() > 0) {
            b.write(" ");
        }
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                if (exact) {
                    b.copy(source, start + s, start + i);
                } else {
                    b.decoded(text.substring(s, i), Math.max(0, start), Math.max(0, end));
                }
                if (linkChars != null) {
                    linkChars[0] += i - s;
                }
                if (i < n) {
                    b.write(" ");
                }
            }
        }
    }

    /** Metadata from meta tags; each field's source is recorded. */
    static ArticleMeta meta(Document page) {
        Map<String, String> prov = new HashMap<>();
        String title = first(page, prov, "title", "meta[property=og:title]", "meta[name=twitter:title]");
        if (title == null && !page.title().isBlank()) {
            title = page.title().strip();
            prov.put("title", "html:title");
        }
        String outlet = first(page, prov, "outlet", "meta[property=og:site_name]", "meta[name=application-name]");
        String published = first(page, prov, "published", "meta[property=article:published_time]",
                "meta[name=date]", "meta[name=pubdate]", "meta[itemprop=datePublished]", "meta[name=dc.date]");
        String url = null;
        Element canon = page.selectFirst("link[rel=canonical][href]");
        if (canon != null && !canon.attr("href").isBlank()) {
            url = canon.attr("href").strip();
            prov.put("url", "html:link-canonical");
        } else {
            url = first(page, prov, "url", "meta[property=og:url]");
        }
        String author = first(page, prov, "authors", "meta[name=author]", "meta[property=article:author]");
        String lang = page.selectFirst("html[lang]") != null ? page.selectFirst("html[lang]").attr("lang").strip() : null;
        if (lang != null && !lang.isEmpty()) {
            prov.put("language", "html:lang");
        } else {
            lang = null;
        }
        return new ArticleMeta(url, outlet, Dates.parse(published), published, title,
                author == null ? List.of() : List.of(author), lang, prov);
    }

    private static String first(Document page, Map<String, String> prov, String field, String... selectors) {
        for (String sel : selectors) {
            Element e = page.selectFirst(sel);
            if (e != null) {
                String v = e.hasAttr("content") ? e.attr("content") : e.text();
                if (v != null && !v.isBlank()) {
                    prov.put(field, "html:" + sel.replaceAll("^meta\\[(?:property|name|itemprop)=([^]]+)]$", "$1"));
                    return v.strip();
                }
            }
        }
        return null;
    }
}
