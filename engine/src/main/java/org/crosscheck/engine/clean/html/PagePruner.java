package org.crosscheck.engine.clean.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes what is never the article's text before the article is looked for: elements that are
 * not text (scripts, media, forms), hidden elements, and page regions whose markup says what they
 * are (navigation, sidebars, comment sections, share bars, cookie banners, related-story lists).
 * Elements that hold the article itself (named as the article body, or found by JSON-LD) are
 * protected together with their ancestors, so a page that wraps everything in a
 * {@code <div class="has-sidebar">} or {@code <form>} keeps its text.
 */
final class PagePruner {

    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "frame", "frameset", "object", "embed", "applet", "canvas", "video", "audio", "source",
            "track", "map", "area", "button", "input", "select", "textarea", "option", "optgroup", "datalist",
            "dialog", "link", "meta", "title", "base", "head", "img", "picture", "figcaption",
            "progress", "meter", "output", "rt", "rp");
    private static final Set<String> REGION = Set.of("nav", "aside", "footer", "menu");

    private final MarkupHints hints;
    private static final boolean TRACE = Boolean.getBoolean("crosscheck.html.trace");

    PagePruner(MarkupHints hints) {
        this.hints = hints;
    }

    /** What pruning removed, for the record. */
    record Pruned(int elements, int comments, List<Element> removed, List<String> reasons) {
    }

    Pruned prune(Document page, Set<Element> protect) {
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p : protect) {
            for (Element e = p; e != null; e = e.parent()) {
                keep.add(e);
            }
        }
        List<Node> remove = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int[] commentSections = {0};
        Element body = page.body();
        TextStats before = TextStats.compute(body);
        new Pass(before, Math.max(1, before.of(body).chars), before.of(body).good).collect(page, keep, remove, reasons, commentSections, body);
        List<Element> removedElements = new ArrayList<>();
        List<String> elementReasons = new ArrayList<>();
        for (int i = 0; i < remove.size(); i++) {
            Node n = remove.get(i);
            if (n instanceof Element el) {
                removedElements.add(el);
                elementReasons.add(reasons.get(i));
            }
            n.remove();
        }
        return new Pruned(remove.size(), commentSections[0], removedElements, elementReasons);
    }

    /** One pruning pass over one page (the extractor is shared between threads: no state outside). */
    private final class Pass {
        private final TextStats before;
        private final int bodyChars;
        private final int bodyGood;

        Pass(TextStats before, int bodyChars, int bodyGood) {
            this.before = before;
            this.bodyChars = bodyChars;
            this.bodyGood = bodyGood;
        }

        private void collect(Element e, Set<Element> keep, List<Node> remove, List<String> reasons, int[] commentSections,
                             Element body) {
            for (Node child : e.childNodes()) {
                if (child instanceof Comment) {
                    remove.add(child);
                    reasons.add("comment");
                    continue;
                }
                if (!(child instanceof Element c)) {
                    continue;
                }
                String why = shouldRemove(c, keep, body, commentSections);
                if (why != null) {
                    if (TRACE && before.of(c).chars > 200) {
                        System.err.println("prune " + MainTextExtractor.describe(c) + " chars=" + before.of(c).chars);
                    }
                    remove.add(c);
                    reasons.add(why);
                } else {
                    collect(c, keep, remove, reasons, commentSections, body);
                }
            }
        }

        private String shouldRemove(Element e, Set<Element> keep, Element body, int[] commentSections) {
            String tag = e.normalName();
            if (tag.equals("noscript") && before.of(e).chars * 2 > bodyChars) {
                return null; // a page whose text is only there without scripts
            }
            if (NOT_TEXT.contains(tag)) {
                return keep.contains(e) ? null : "not text";
            }
            if (tag.equals("figure")) {
                // a picture with its caption and credit goes; a "figure" that holds paragraphs,
                // a quote or a table is part of the text
                TextStats.Counts c = before.of(e);
                return c.paragraphs == 0 || c.chars < 200 ? "figure" : null;
            }
            if (keep.contains(e) || e == body || tag.equals("html") || tag.equals("body")) {
                return null;
            }
            if (hidden(e)) {
                return "hidden";
            }
            MarkupHints.Verdict verdict = ParagraphTags.HEADING.contains(tag) ? MarkupHints.Verdict.NEUTRAL : hints.verdict(e);
            if (verdict == MarkupHints.Verdict.COMMENTS) {
                commentSections[0]++;
                return "comments";
            }
            if (holdsTheBulk(e)) {
                // a region or a box named like furniture that holds most of the page's running text is
                // where the article is (pages do put articles in <aside> and "sidebar-layout" boxes)
                return null;
            }
            if (REGION.contains(tag)) {
                return "region " + tag;
            }
            if (tag.equals("form")) {
                // search boxes, comment forms, newsletter sign-ups; a page wrapped in one form keeps it
                return e.select("p").size() < 3 ? "form" : null;
            }
            if (ParagraphTags.HEADING.contains(tag)) {
                return null; // a heading's id is made from its words ("nav_..." for a heading about navigation)
            }
            MarkupHints.Verdict v = verdict;
            if (v == MarkupHints.Verdict.COMMENTS) {
                commentSections[0]++;
                return "comments";
            }
            if (v == MarkupHints.Verdict.WEAK_BOILERPLATE) {
                TextStats.Counts c = before.of(e);
                return c.paragraphs == 0 || c.linkDensity() >= 0.35 || c.chars < 250 ? "named like furniture (weak)" : null;
            }
            return v == MarkupHints.Verdict.BOILERPLATE ? "named like furniture" : null;
        }

        private boolean holdsTheBulk(Element e) {
            TextStats.Counts c = before.of(e);
            if (c.linkDensity() >= 0.5) {
                return false;
            }
            return c.paragraphs >= 3 && c.chars * 10 >= bodyChars * 4
                    || c.good >= 200 && c.good * 2 >= bodyGood;
        }
    }

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        return false;
    }
}
