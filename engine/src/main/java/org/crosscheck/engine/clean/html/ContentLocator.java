package org.crosscheck.engine.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the element that holds the article, on a pruned page. Two views are combined:
 * <ul>
 *   <li><b>names</b>: an element named as the article body ({@code itemprop=articleBody},
 *       {@code entry-content}, {@code article-body}, ...) with a fair share of the page's text;</li>
 *   <li><b>scores</b> (after Readability): every paragraph of running text gives its parent a score
 *       for its length and commas, and its grandparents a decreasing part of it; a container's score
 *       is scaled down by its link density and moved by its names and tag. The best container wins.</li>
 * </ul>
 * A named body is taken when it is not much smaller than the best-scored container; otherwise the
 * best-scored one. When neither holds enough text the whole body is the answer.
 */
final class ContentLocator {

    private final MarkupHints hints;
    /** Below this share of the page's running text the chosen element is widened... */
    private static final double HOLDS_ENOUGH = 0.7;
    /** ...to the nearest ancestor holding at least this share. */
    private static final double HOLDS_MOST = 0.8;

    ContentLocator(MarkupHints hints) {
        this.hints = hints;
    }

    /** The chosen element and how it was found. */
    record Choice(Element root, String how) {
    }

    Choice locate(Element body, TextStats stats, Element anchored, boolean fullAnchor) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        Element best = bestScored(body, stats, scores);
        if (anchored != null && stats.of(anchored).chars > 0) {
            // the publisher's own body, unless it is only the lead of a much longer text
            int bestChars = best == null ? 0 : stats.of(best).chars;
            if (fullAnchor || best == null || contains(anchored, best) || stats.of(anchored).chars * 2 >= bestChars) {
                return new Choice(anchored, "json-ld articleBody");
            }
        }
        Element named = bestNamed(body, stats);
        int bestChars = best == null ? 0 : stats.of(best).chars;
        if (named != null) {
            int namedChars = stats.of(named).chars;
            boolean related = best != null && (contains(named, best) || contains(best, named));
            if (namedChars >= 200 && (namedChars * 2 >= bestChars || related && namedChars * 4 >= bestChars)) {
                return withSiblings(named, stats, scores, "named article body");
            }
        }
        Elements articles = body.getElementsByTag("article");
        if (best != null) {
            return withSiblings(best, stats, scores, "scored container");
        }
        if (!articles.isEmpty()) {
            Element a = articles.stream().max((x, y) -> Integer.compare(stats.of(x).chars, stats.of(y).chars)).get();
            return new Choice(a, "largest article element");
        }
        return new Choice(body, "whole page");
    }

    private Element bestNamed(Element body, TextStats stats) {
        Element best = null;
        int bestChars = 0;
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            if (hints.articleBodyName(e)) {
                int c = stats.of(e).chars;
                if (c > bestChars) {
                    best = e;
                    bestChars = c;
                }
            }
        }
        return best;
    }

    /**
     * Readability's last step: siblings of the chosen element that score well themselves, or are
     * paragraphs of plain text (a lead paragraph kept apart from the body, a closing note), belong to
     * the article too. When some do, the parent is the answer and the other siblings are removed.
     */
    private Choice withSiblings(Element root, TextStats stats, Map<Element, double[]> scores, String how) {
        Element parent = root.parent();
        if (parent == null || parent.normalName().equals("body") || parent.normalName().equals("html")) {
            return new Choice(root, how);
        }
        double[] rs = scores.get(root);
        double rootScore = rs == null ? 0 : rs[0] * (1 - stats.of(root).linkDensity());
        double threshold = Math.max(10, rootScore * 0.2);
        List<Element> keep = new ArrayList<>();
        List<Element> drop = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == root) {
                keep.add(sib);
                continue;
            }
            TextStats.Counts c = stats.of(sib);
            double[] ss = scores.get(sib);
            double score = ss == null ? 0 : ss[0] * (1 - c.linkDensity());
            boolean add = score >= threshold && hints.verdict(sib) != MarkupHints.Verdict.COMMENTS;
            if (!add && c.chars > 0 && stats.paragraph(sib)) {
                add = c.chars >= 80 && c.linkDensity() < 0.25
                        || c.chars > 0 && c.linkDensity() == 0 && sentenceEnd(sib.text());
            }
            (add ? keep : drop).add(sib);
        }
        if (keep.size() == 1) {
            return new Choice(root, how);
        }
        for (Element d : drop) {
            d.remove();
        }
        return new Choice(parent, how + " with " + (keep.size() - 1) + " sibling(s)");
    }

    private static boolean sentenceEnd(String t) {
        String s = t.strip();
        return !s.isEmpty() && ".!?\u3002\u2026".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private Element bestScored(Element body, TextStats stats, Map<Element, double[]> score) {
        List<Element> candidates = new ArrayList<>();
        for (Element p : body.getAllElements()) {
            if (!stats.paragraph(p)) {
                continue;
            }
            TextStats.Counts c = stats.of(p);
            int own = c.chars;
            if (own < 25) {
                continue;
            }
            double s = 1 + c.commas + Math.min(own / 100, 3);
            Element anc = p.parent();
            for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
                if (anc.normalName().equals("html")) {
                    break;
                }
                double[] sc = score.get(anc);
                if (sc == null) {
                    sc = new double[]{initial(anc)};
                    score.put(anc, sc);
                    candidates.add(anc);
                }
                double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                sc[0] += s / div;
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element e : candidates) {
            double s = score.get(e)[0] * (1 - stats.of(e).linkDensity());
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        if (best == null) {
            return null;
        }
        // A parent scoring nearly as well holds the same article in more pieces (paragraphs split
        // over sibling divs): climb while it does.
        Element cur = best;
        double curScore = bestScore;
        while (cur.parent() != null && cur.parent() != body.parent()) {
            Element parent = cur.parent();
            double[] ps = score.get(parent);
            if (ps == null) {
                break;
            }
            double s = ps[0] * (1 - stats.of(parent).linkDensity());
            if (s >= curScore * 0.85 && stats.of(parent).paragraphs > stats.of(cur).paragraphs) {
                cur = parent;
                curScore = Math.max(curScore, s);
            } else {
                break;
            }
        }
        return cur;
    }

    private double initial(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main" -> 5;
            case "section", "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            case "body" -> -5;
            default -> 0;
        };
        switch (hints.verdict(e)) {
            case CONTENT -> s += 25;
            case BOILERPLATE, COMMENTS -> s -= 25;
            case WEAK_BOILERPLATE -> s -= 10;
            default -> {
            }
        }
        return s;
    }

    /**
     * When the chosen element holds only part of the page's running text (a recipe's ingredients
     * and steps in separate boxes, an explainer in accordion sections), its nearest ancestor that
     * holds most of it is the article. Returns the element itself when it holds enough.
     */
    Element widen(Element root, Element body, TextStats stats) {
        int all = stats.of(body).good;
        int inside = stats.of(root).good;
        if (all == 0 || inside >= all * HOLDS_ENOUGH) {
            return root;
        }
        for (Element a = root.parent(); a != null && a != body; a = a.parent()) {
            if (stats.of(a).good >= all * HOLDS_MOST) {
                return a;
            }
        }
        return root;
    }

    /**
     * The {@code <article>} element around the chosen one, when it adds little besides its header
     * (subtitle, lead, byline): that header is part of the article. A page-wide {@code <article>}
     * holding much more running text is not taken.
     */
    Element enclosingArticle(Element root, TextStats stats) {
        for (Element a = root.parent(); a != null; a = a.parent()) {
            String n = a.normalName();
            if (n.equals("body") || n.equals("html")) {
                return root;
            }
            if (n.equals("article") || a.attr("itemprop").equalsIgnoreCase("articleBody")
                    || a.attr("itemtype").toLowerCase(java.util.Locale.ROOT).matches(".*schema.org/(news)?article$")) {
                TextStats.Counts ac = stats.of(a);
                TextStats.Counts rc = stats.of(root);
                boolean littleMore = ac.good <= rc.good * 1.2 + 400 && ac.chars <= rc.chars * 1.5 + 1500;
                return littleMore && ac.linkDensity() < 0.4 ? a : root;
            }
        }
        return root;
    }

    static boolean contains(Element outer, Element inner) {
        for (Element e = inner; e != null; e = e.parent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }
}
