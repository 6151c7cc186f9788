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
            "dialog", "link", "meta", "title", "base", "head", "img", "picture", "figure", "figcaption",
            "progress", "meter", "output");
    private static final Set<String> REGION = Set.of("nav", "aside", "footer", "menu");

    private final MarkupHints hints;

    PagePruner(MarkupHints hints) {
        this.hints = hints;
    }

    /** What pruning removed, for the record. */
    record Pruned(int elements, int comments) {
    }

    Pruned prune(Document page, Set<Element> protect) {
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p : protect) {
            for (Element e = p; e != null; e = e.parent()) {
                keep.add(e);
            }
        }
        List<Node> remove = new ArrayList<>();
        int[] commentSections = {0};
        Element body = page.body();
        collect(page, keep, remove, commentSections, body);
        for (Node n : remove) {
            n.remove();
        }
        return new Pruned(remove.size(), commentSections[0]);
    }

    private void collect(Element e, Set<Element> keep, List<Node> remove, int[] commentSections, Element body) {
        for (Node child : e.childNodes()) {
            if (child instanceof Comment) {
                remove.add(child);
                continue;
            }
            if (!(child instanceof Element c)) {
                continue;
            }
            if (shouldRemove(c, keep, body, commentSections)) {
                remove.add(c);
            } else {
                collect(c, keep, remove, commentSections, body);
            }
        }
    }

    private boolean shouldRemove(Element e, Set<Element> keep, Element body, int[] commentSections) {
        String tag = e.normalName();
        if (NOT_TEXT.contains(tag)) {
            return !keep.contains(e);
        }
        if (keep.contains(e) || e == body || tag.equals("html") || tag.equals("body")) {
            return false;
        }
        if (hidden(e)) {
            return true;
        }
        if (REGION.contains(tag)) {
            return true;
        }
        if (tag.equals("form")) {
            // search boxes, comment forms, newsletter sign-ups; a page wrapped in one form keeps it
            return e.select("p").size() < 3;
        }
        if (tag.equals("header") && e.parent() != null) {
            return true;
        }
        MarkupHints.Verdict v = hints.verdict(e);
        if (v == MarkupHints.Verdict.COMMENTS) {
            commentSections[0]++;
            return true;
        }
        return v == MarkupHints.Verdict.BOILERPLATE;
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
