package org.crosscheck.engine.clean.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the element whose paragraphs a JSON-LD {@code articleBody} repeats: the publisher's own
 * statement of where the article is. Paragraphs of the page whose text (letters and digits only)
 * occurs in the body are matched; the answer is the smallest element holding most of the matched
 * text. Nothing is returned when too little matches (a body that is only a teaser, or text the page
 * loads with scripts).
 */
final class BodyAnchor {

    private BodyAnchor() {
    }

    /** The element, and the share of the JSON-LD body its paragraphs repeat. */
    record Anchor(Element element, double coverage) {
    }

    static Anchor find(Element body, String articleBody) {
        String gold = normalise(articleBody);
        if (gold.length() < 200 || body == null) {
            return null;
        }
        List<Element> matched = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int total = 0;
        for (Element e : body.getAllElements()) {
            String n = e.normalName();
            if (!(n.equals("p") || n.equals("li") || n.equals("blockquote") || n.equals("h2") || n.equals("h3")
                    || n.equals("td") || (n.equals("div") || n.equals("span")) && e.ownText().length() >= 30)) {
                continue;
            }
            String t = normalise(n.equals("div") || n.equals("span") ? e.ownText() : e.text());
            if (t.length() < 30) {
                continue;
            }
            if (gold.contains(t)) {
                matched.add(e);
                sizes.add(t.length());
                total += t.length();
            }
        }
        if (total < gold.length() * 0.3 || matched.isEmpty()) {
            return null;
        }
        // climb from the first matched paragraph until the element holds 80% of the matched text
        Element cur = matched.get(0).parent();
        while (cur != null) {
            int inside = 0;
            for (int i = 0; i < matched.size(); i++) {
                if (ContentLocator.contains(cur, matched.get(i))) {
                    inside += sizes.get(i);
                }
            }
            if (inside >= total * 0.8) {
                return cur == body ? null : new Anchor(cur, (double) inside / gold.length());
            }
            cur = cur.parent();
        }
        return null;
    }

    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }
}
