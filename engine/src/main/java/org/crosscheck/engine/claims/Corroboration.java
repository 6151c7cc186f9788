package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Independent sources. An article counts under its outlet; a reprint or near-copy counts under the
 * source of its group; an agency story republished with its dateline credit ("OSLO, May 2 (Wire) -")
 * counts as the agency; articles of one outlet count once; and an article whose every report of a
 * claim is credited to another outlet ("according to the Daily") counts as that outlet for the claim.
 */
public final class Corroboration {

    /** "CITY, May 12 (Agency) -" or "CITY (Agency) –" at the start of the body. */
    private static final Pattern DATELINE_CREDIT = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu}\\p{L} .,'\u2019\\-]{0,60}?(?:,\\s*[\\p{L}]{3,9}\\.?\\s+\\d{1,2})?\\s*\\(([^()\\n]{2,48})\\)\\s*[-\u2013\u2014:]");

    /** How one article counts. */
    public record ArticleSource(String article, String outlet, String source, String via) {
    }

    private final Map<String, ArticleSource> byArticle;

    private Corroboration(Map<String, ArticleSource> byArticle) {
        this.byArticle = byArticle;
    }

    /**
     * The source of each article: dateline credit, else its outlet, else its own id; then every member of
     * a reprint group takes the source of the group's first member that has a credit or an outlet.
     */
    public static Corroboration of(List<Document> docs, List<List<String>> reprintGroups, OutletNames outlets) {
        Map<String, ArticleSource> out = new LinkedHashMap<>();
        Map<String, Document> byId = new HashMap<>();
        for (Document d : docs) {
            byId.put(d.id(), d);
            String outlet = outletOf(d);
            String credit = datelineCredit(d, outlets);
            if (credit != null && (outlet == null || !OutletNames.key(credit).equals(OutletNames.key(outlet)))) {
                out.put(d.id(), new ArticleSource(d.id(), outlet, credit, "agency credit"));
            } else {
                out.put(d.id(), new ArticleSource(d.id(), outlet, outlet != null ? outlet : d.id(), null));
            }
        }
        for (List<String> group : reprintGroups) {
            String first = null;
            for (String a : group) {
                if (out.containsKey(a) && out.get(a).via() != null) {
                    first = a;
                    break;
                }
            }
            for (int i = 0; first == null && i < group.size(); i++) {
                first = out.containsKey(group.get(i)) ? group.get(i) : null;
            }
            if (first == null) {
                continue;
            }
            String src = out.get(first).source();
            for (String a : group) {
                ArticleSource s = out.get(a);
                if (s != null && !a.equals(first) && !OutletNames.key(s.source()).equals(OutletNames.key(src))) {
                    out.put(a, new ArticleSource(a, s.outlet(), src, "reprint"));
                }
            }
        }
        return new Corroboration(out);
    }

    /** The outlet an article names in its metadata, or null. */
    public static String outletOf(Document d) {
        String o = d.meta().outlet();
        return o == null || o.isBlank() ? null : o.strip();
    }

    /** The agency an article's dateline credits ("(Wire)"), when it is a known or newspaper-like name. */
    static String datelineCredit(Document d, OutletNames outlets) {
        if (d.paragraphs().isEmpty()) {
            return null;
        }
        String first = d.text(d.paragraphs().get(0));
        Matcher m = DATELINE_CREDIT.matcher(first);
        if (m.find()) {
            String name = m.group(1).strip();
            if (outlets.isOutlet(name)) {
                return name;
            }
        }
        return null;
    }

    public ArticleSource source(String article) {
        ArticleSource s = byArticle.get(article);
        return s != null ? s : new ArticleSource(article, null, article, null);
    }

    /**
     * The independent sources among reports: per article, the credited outlet when every report of the
     * article is credited to the same outlet, else the article's source; then one entry per source key.
     */
    List<Claim.Source> sources(List<Statement> reports) {
        Map<String, List<Statement>> byArticle = new LinkedHashMap<>();
        for (Statement s : reports) {
            byArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s);
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> articles = new LinkedHashMap<>();
        Map<String, Set<String>> via = new LinkedHashMap<>();
        for (Map.Entry<String, List<Statement>> e : byArticle.entrySet()) {
            ArticleSource as = source(e.getKey());
            String credited = null;
            boolean allCredited = true;
            for (Statement s : e.getValue()) {
                if (s.credited() == null || (credited != null && !OutletNames.key(credited).equals(OutletNames.key(s.credited())))) {
                    allCredited = false;
                    break;
                }
                credited = s.credited();
            }
            String name = allCredited && credited != null ? credited : as.source();
            String how = allCredited && credited != null && !OutletNames.key(credited).equals(OutletNames.key(as.source()))
                    ? "relayed" : as.via();
            String key = OutletNames.key(name);
            names.putIfAbsent(key, name);
            List<String> arts = articles.computeIfAbsent(key, k -> new ArrayList<>());
            Set<String> v = via.computeIfAbsent(key, k -> new LinkedHashSet<>());
            if (!arts.isEmpty() && how == null) {
                v.add("same outlet");
            }
            if (how != null) {
                v.add(how);
            }
            arts.add(e.getKey());
        }
        List<Claim.Source> out = new ArrayList<>();
        for (String k : names.keySet()) {
            List<String> arts = articles.get(k);
            List<String> how = arts.size() > 1 || via.get(k).contains("relayed") ? List.copyOf(via.get(k)) : List.of();
            out.add(new Claim.Source(names.get(k), arts, how));
        }
        return out;
    }
}
