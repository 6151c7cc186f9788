package org.crosscheck.engine.clean.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which blocks inside the located element are the article. Before collecting, it drops
 * link lists and teaser cards (a small box whose heading is a link: related stories, "more from
 * this section", pages with many {@code <article>} elements); after, link-heavy blocks and headings
 * left without text under them.
 *
 * <p>On a whole page (the fallback when no element held the article) it classifies blocks as
 * jusText does, without stop-word lists so that it works in any language: long blocks with few
 * links are good, link-heavy ones bad, and short blocks are kept only between good ones.
 */
final class BlockClassifier {

    private static final Set<String> LIST_LIKE = Set.of("ul", "ol", "dl", "table", "div", "section", "p", "span",
            "td", "tr", "tbody", "center", "font", "article");

    private final MarkupHints hints;

    BlockClassifier(MarkupHints hints) {
        this.hints = hints;
    }

    List<Block> keep(Element root, TextStats stats, String source, boolean wholePage) {
        dropLinkLists(root, root, stats);
        List<Block> blocks = BlockCollector.collect(root, source);
        List<Block> kept = wholePage ? justext(blocks) : inArticle(blocks);
        return dropOrphanHeadings(kept);
    }

    /** Removes link lists and teaser cards under {@code e} (not {@code root} itself). */
    private void dropLinkLists(Element e, Element root, TextStats stats) {
        List<Element> remove = new ArrayList<>();
        for (Element c : e.children()) {
            TextStats.Counts k = stats.of(c);
            String tag = c.normalName();
            if (k.chars == 0) {
                continue;
            }
            double ld = k.linkDensity();
            boolean listy = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
            if (LIST_LIKE.contains(tag) && !tag.equals("p") && !tag.equals("span")
                    && (ld >= 0.6 || listy && ld >= 0.5 && k.chars < 2000) && k.paragraphs <= 1) {
                remove.add(c);
            } else if (teaserCard(c, stats)) {
                remove.add(c);
            } else {
                dropLinkLists(c, root, stats);
            }
        }
        for (Element r : remove) {
            r.remove();
        }
    }

    /** A small box whose heading is a link: a teaser for another story. */
    private static boolean teaserCard(Element c, TextStats stats) {
        String tag = c.normalName();
        if (!(tag.equals("article") || tag.equals("li") || tag.equals("div") || tag.equals("section"))) {
            return false;
        }
        TextStats.Counts k = stats.of(c);
        if (k.chars > 700 || k.paragraphs > 2) {
            return false;
        }
        Element h = c.selectFirst("h1, h2, h3, h4, h5, h6");
        if (h == null) {
            return false;
        }
        TextStats.Counts hk = stats.of(h);
        return hk.chars > 0 && hk.linkDensity() > 0.6 && hk.chars * 1.0 / Math.max(1, k.chars) < 0.9
                || tag.equals("article") && hk.linkDensity() > 0.6;
    }

    /**
     * "Read more: (link)" and the like: a short block that starts with a see-also phrase and either
     * is a heading, is only the phrase, ends in a colon or is mostly a link.
     */
    static boolean seeAlso(Block b) {
        String t = b.text().text().strip();
        int p = SeeAlso.prefix(t);
        if (p == 0 || t.length() > 220) {
            return false;
        }
        String rest = t.substring(p).replaceAll("^[\\s:\\u00BB\\u203A>\\-\\u2013\\u2014|.…]+", "");
        return b.heading() || rest.isEmpty() || t.endsWith(":") || b.linkDensity() >= 0.3 || rest.length() <= 120 && !rest.contains(". ");
    }

    private static List<Block> inArticle(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            double ld = b.linkDensity();
            if (seeAlso(b)) {
                continue;
            }
            if (b.kind() == Block.Kind.PARAGRAPH) {
                if (ld > 0.8 && b.chars() < 40 && !b.text().text().contains("://") && !b.text().text().startsWith("www.")) {
                    continue;
                }
            } else if (ld > 0.5) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    private static List<Block> justext(List<Block> blocks) {
        int n = blocks.size();
        int[] cls = new int[n]; // 2 good, 1 short or near-good, 0 bad
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            double ld = b.linkDensity();
            if (ld > 0.35) {
                cls[i] = 0;
            } else if (b.chars() >= 120 || b.chars() >= 60 && sentence(b)) {
                cls[i] = 2;
            } else {
                cls[i] = 1;
            }
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (cls[i] == 2) {
                out.add(blocks.get(i));
            } else if (cls[i] == 1) {
                int prev = i - 1;
                while (prev >= 0 && cls[prev] == 1) {
                    prev--;
                }
                int next = i + 1;
                while (next < n && cls[next] == 1) {
                    next++;
                }
                if (prev >= 0 && next < n && cls[prev] == 2 && cls[next] == 2) {
                    out.add(blocks.get(i));
                } else if (next < n && cls[next] == 2 && blocks.get(i).heading()) {
                    out.add(blocks.get(i));
                }
            }
        }
        return out;
    }

    private static boolean sentence(Block b) {
        String t = b.text().text();
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\u3002') && (Character.isWhitespace(t.charAt(i + 1)))) {
                return true;
            }
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u3002';
    }

    private static List<Block> dropOrphanHeadings(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.heading()) {
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                if (next == null || next.heading() && level(next) <= level(b)) {
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    private static int level(Block b) {
        for (Element e = b.container(); e != null; e = e.parent()) {
            String n = e.normalName();
            if (n.length() == 2 && n.charAt(0) == 'h' && Character.isDigit(n.charAt(1))) {
                return n.charAt(1) - '0';
            }
        }
        return 7;
    }
}
