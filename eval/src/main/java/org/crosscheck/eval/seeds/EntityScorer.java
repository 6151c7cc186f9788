package org.crosscheck.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.entities.KnowledgeBase;
import org.crosscheck.engine.entities.TitleLexicon;
import org.crosscheck.eval.Metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entities against the gold list. Names compare case-insensitively with a leading "the" and
 * curly apostrophes normalised.
 * <ul>
 *   <li>{@code entity_recall}: gold entities whose canonical name or an alias is a name or alias of
 *       some predicted entity;</li>
 *   <li>{@code alias_recall}: pairs of aliases of one gold entity, both written in the articles, that one
 *       predicted entity holds together;</li>
 *   <li>{@code alias_precision}: pairs of gold aliases one predicted entity holds together that belong to
 *       one gold entity;</li>
 *   <li>{@code role_recall}: gold roles whose title (canonical, through the title lexicon) the matched
 *       predicted entity has.</li>
 * </ul>
 */
public final class EntityScorer implements SeedScorer {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public void score(SeedRun run) {
        List<GlobalEntity> predicted = run.analysis().entities().entities();
        Map<String, Set<Integer>> aliasToPred = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            GlobalEntity g = predicted.get(i);
            add(aliasToPred, g.name(), i);
            for (GlobalEntity.Alias a : g.aliases()) {
                add(aliasToPred, a.text(), i);
            }
        }
        StringBuilder corpus = new StringBuilder();
        for (Document d : run.analysis().documents()) {
            corpus.append(norm(d.text())).append('\n');
        }
        String text = corpus.toString();
        TitleLexicon titles = KnowledgeBase.standard().titles();
        int found = 0;
        int goldEntities = 0;
        int pairsGold = 0;
        int pairsHit = 0;
        int roles = 0;
        int rolesHit = 0;
        Map<String, Integer> goldOf = new HashMap<>();
        List<String> misses = new ArrayList<>();
        List<JsonNode> gold = run.gold().list("entities");
        for (int gi = 0; gi < gold.size(); gi++) {
            JsonNode g = gold.get(gi);
            Set<String> names = new HashSet<>();
            names.add(norm(SeedGold.text(g, "canonical")));
            SeedGold.strings(g, "aliases").forEach(a -> names.add(norm(a)));
            for (String n : names) {
                goldOf.merge(n, gi, (x, y) -> x.equals(y) ? x : -1);
            }
            goldEntities++;
            Set<Integer> match = new HashSet<>();
            for (String n : names) {
                match.addAll(aliasToPred.getOrDefault(n, Set.of()));
            }
            if (!match.isEmpty()) {
                found++;
            } else {
                misses.add("entity not found: " + SeedGold.text(g, "canonical"));
            }
            List<String> present = present(names, text);
            for (int x = 0; x < present.size(); x++) {
                for (int y = x + 1; y < present.size(); y++) {
                    pairsGold++;
                    Set<Integer> a = aliasToPred.getOrDefault(present.get(x), Set.of());
                    Set<Integer> b = aliasToPred.getOrDefault(present.get(y), Set.of());
                    if (a.stream().anyMatch(b::contains)) {
                        pairsHit++;
                    } else {
                        misses.add("aliases apart: " + present.get(x) + " / " + present.get(y));
                    }
                }
            }
            String role = SeedGold.text(g, "role");
            if (role != null) {
                roles++;
                String want = canonicalTitle(titles, role);
                boolean hit = false;
                for (int p : match) {
                    for (GlobalEntity.RoleCount r : predicted.get(p).roles()) {
                        if (r.title().equals(want) || norm(r.text()).contains(norm(role))) {
                            hit = true;
                        }
                    }
                }
                if (hit) {
                    rolesHit++;
                } else {
                    misses.add("role missing: " + SeedGold.text(g, "canonical") + " = " + role);
                }
            }
        }
        // precision: gold-alias pairs held together by one predicted entity
        int pairsPred = 0;
        int pairsPredOk = 0;
        for (GlobalEntity p : predicted) {
            Set<String> mine = new HashSet<>();
            mine.add(norm(p.name()));
            p.aliases().forEach(a -> mine.add(norm(a.text())));
            List<String> known = mine.stream().filter(goldOf::containsKey).sorted().toList();
            for (int x = 0; x < known.size(); x++) {
                for (int y = x + 1; y < known.size(); y++) {
                    pairsPred++;
                    if (goldOf.get(known.get(x)).equals(goldOf.get(known.get(y)))) {
                        pairsPredOk++;
                    } else {
                        misses.add("aliases merged wrongly: " + known.get(x) + " / " + known.get(y));
                    }
                }
            }
        }
        double recall = Metrics.ratio(found, goldEntities, 1);
        double ap = Metrics.ratio(pairsPredOk, pairsPred, 1);
        double ar = Metrics.ratio(pairsHit, pairsGold, 1);
        double rr = Metrics.ratio(rolesHit, roles, 1);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "entities found", found, goldEntities, recall);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "alias pairs grouped", pairsHit, pairsGold, ar);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "alias pairs correct", pairsPredOk, pairsPred, ap);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "roles found", rolesHit, roles, rr);
        misses.forEach(m -> run.out().println("  - " + m));
        run.metrics().put("entity_recall", recall).put("alias_precision", ap).put("alias_recall", ar)
                .put("role_recall", rr);
    }

    /**
     * Aliases written in the articles on their own: an alias seen only inside a longer alias of the same
     * entity ("Putin" inside "Vladimir Putin") is not a separate way the articles refer to it.
     */
    static List<String> present(Set<String> names, String text) {
        List<String> byLength = new ArrayList<>(names);
        byLength.sort((a, b) -> b.length() - a.length());
        String rest = text;
        List<String> out = new ArrayList<>();
        for (String n : byLength) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(n) + "(?![\\p{L}\\p{N}])");
            java.util.regex.Matcher m = p.matcher(rest);
            if (m.find()) {
                out.add(n);
                rest = m.replaceAll(" ");
            }
        }
        return out;
    }

    static String canonicalTitle(TitleLexicon titles, String role) {
        String r = role.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String head = r.split("\\b(of|for|with|affiliated|at|in)\\b")[0].strip();
        List<String> words = new ArrayList<>(List.of(head.replace("'s", " 's").split("\\s+")));
        TitleLexicon.Match m = titles.longestSuffix(words);
        if (m == null) {
            for (int i = words.size() - 1; i > 0 && m == null; i--) {
                m = titles.longestSuffix(words.subList(0, i));
            }
        }
        return m == null ? r : m.title().canonical();
    }

    private static void add(Map<String, Set<Integer>> map, String name, int i) {
        map.computeIfAbsent(norm(name), k -> new HashSet<>()).add(i);
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip()
                .replaceAll("^the ", "");
    }
}
