package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.stories.Story;

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
 * A story's claims against its outlets: for each claim with a report in the story, and each outlet
 * that published an article of the story, whether that outlet carries the claim as asserted, as
 * disputed, both ("contested"), only as reported (relayed from another outlet, or named only as
 * what a denial targets), or not at all.
 *
 * @param story   story id, or null for the whole collection when stories are unknown
 * @param label   readable name of the story
 * @param outlets the outlets, in the order of their first article
 * @param rows    one row per claim, most widely carried first
 */
public record ClaimMatrix(String story, String label, List<Outlet> outlets, List<Row> rows) {

    /** A cell of the matrix. */
    public enum Cell {
        ASSERTED, DISPUTED, CONTESTED, REPORTED, ABSENT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A column: an outlet and its articles in the story.
     *
     * @param name     outlet name (the article id when the article names no outlet)
     * @param articles its articles in the story
     * @param source   the independent source it counts under, when that is another outlet (a reprint or
     *                 an agency story), else null
     */
    public record Outlet(String name, List<String> articles, String source) {

        public Outlet {
            articles = List.copyOf(articles);
        }
    }

    /** A row: a claim and one cell per outlet. */
    public record Row(String claim, String proposition, int independentSources, boolean singleSource, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    public ClaimMatrix {
        outlets = List.copyOf(outlets);
        rows = List.copyOf(rows);
    }

    /** The matrix of every story (one matrix over the whole collection when there are no stories). */
    public static List<ClaimMatrix> of(List<Story> stories, List<Claim> claims, List<Document> docs) {
        Map<String, Document> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        List<ClaimMatrix> out = new ArrayList<>();
        if (stories.isEmpty()) {
            out.add(of(null, "all articles", docs.stream().map(Document::id).toList(), claims, byId));
        } else {
            for (Story s : stories) {
                out.add(of(s.id(), s.label(), s.articles(), claims, byId));
            }
        }
        return out;
    }

    static ClaimMatrix of(String storyId, String label, List<String> articles, List<Claim> claims, Map<String, Document> docs) {
        Map<String, List<String>> byOutlet = new LinkedHashMap<>();
        Map<String, String> outletName = new LinkedHashMap<>();
        Map<String, String> outletOfArticle = new HashMap<>();
        for (String a : articles) {
            Document d = docs.get(a);
            String name = d == null || Corroboration.outletOf(d) == null ? a : Corroboration.outletOf(d);
            String key = OutletNames.key(name);
            outletName.putIfAbsent(key, name);
            byOutlet.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            outletOfArticle.put(a, key);
        }
        Set<String> inStory = new LinkedHashSet<>(articles);
        List<Claim> rows = claims.stream()
                .filter(c -> c.reports().stream().anyMatch(r -> inStory.contains(r.article())))
                .sorted(Comparator.comparingInt((Claim c) -> -c.independentSources())
                        .thenComparingInt(c -> -(int) c.reports().stream().filter(r -> inStory.contains(r.article())).count()))
                .toList();
        List<Outlet> cols = new ArrayList<>();
        for (String k : byOutlet.keySet()) {
            cols.add(new Outlet(outletName.get(k), byOutlet.get(k), relayedSource(k, claims, byOutlet.get(k))));
        }
        List<Row> out = new ArrayList<>();
        for (Claim c : rows) {
            List<Cell> cells = new ArrayList<>();
            for (String k : byOutlet.keySet()) {
                cells.add(cell(c, byOutlet.get(k), k));
            }
            out.add(new Row(c.id(), c.proposition(), c.independentSources(), c.singleSource(), cells));
        }
        return new ClaimMatrix(storyId, label, cols, out);
    }

    /** The source an outlet's articles count under when it is another outlet (reprint, agency copy), else null. */
    private static String relayedSource(String outletKey, List<Claim> claims, List<String> articles) {
        for (Claim c : claims) {
            for (Claim.Report r : c.reports()) {
                if (articles.contains(r.article()) && r.credited() == null && r.source() != null) {
                    return OutletNames.key(r.source()).equals(outletKey) ? null : r.source();
                }
            }
        }
        return null;
    }

    static Cell cell(Claim c, List<String> outletArticles, String outletKey) {
        boolean asserted = false;
        boolean disputed = false;
        boolean reported = false;
        for (Claim.Report r : c.reports()) {
            if (!outletArticles.contains(r.article())) {
                continue;
            }
            boolean relayed = r.credited() != null && !OutletNames.key(r.credited()).equals(outletKey);
            switch (r.stance()) {
                case ASSERT, SUPPORT -> {
                    if (relayed) {
                        reported = true;
                    } else {
                        asserted = true;
                    }
                }
                case DISPUTE -> disputed = true;
                case REPORT -> reported = true;
            }
        }
        if (asserted && disputed) {
            return Cell.CONTESTED;
        }
        if (asserted) {
            return Cell.ASSERTED;
        }
        if (disputed) {
            return Cell.DISPUTED;
        }
        return reported ? Cell.REPORTED : Cell.ABSENT;
    }
}
