package org.crosscheck.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.engine.claims.Claim;
import org.crosscheck.engine.claims.Stance;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.nlp.embed.SentenceEmbedder;
import org.crosscheck.eval.Metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Claims against the gold {@code claims} (K1, K2, ...), as defined in docs/evaluation.md:
 * <ol>
 *   <li>each predicted report that asserts (or backs) may be <em>labelled</em> with the gold claim it
 *       evidences. A gold claim has slots: (holder, file) pairs where the holder asserts it. Among the
 *       predicted reports whose holder is the slot's holder and whose article is the slot's file, the
 *       one whose clause is closest to the gold claim's text (sentence-embedding cosine, at least
 *       {@link #MIN_EVIDENCE_SIMILARITY}, and {@link #MIN_MARGIN} closer than to any other gold claim
 *       listing that holder in that file) is the slot's evidence and takes its label. Any other report of
 *       a holder in a file where gold claims list that holder takes the closest of those claims when
 *       the cosine is at least {@link #MIN_LABEL_SIMILARITY} and {@link #MIN_MARGIN} ahead of the
 *       runner-up. A predicted claim takes the majority label of its reports;</li>
 *   <li>{@code claim_found}: share of gold claims with one predicted claim that holds every gold
 *       (holder, file) assertion of it;</li>
 *   <li>{@code holder_p}/{@code holder_r}: (gold claim, person, assert|dispute) triples of labelled
 *       predicted claims against the gold ones;</li>
 *   <li>{@code stance_p}/{@code stance_r}: (gold claim, person, file, assert|dispute) links, the report
 *       level; a dispute by a gold disputer in a gold file that lands on an unlabelled or wrong claim
 *       counts against precision;</li>
 *   <li>{@code single_source_acc}: gold claims whose main predicted claim has the gold flag (a gold
 *       claim not found counts as wrong);</li>
 *   <li>{@code merged_groups}: predicted claims whose reports carry two or more gold labels;</li>
 *   <li>{@code group_p}/{@code group_r}: B-cubed precision and recall of the grouping over the
 *       labelled reports.</li>
 * </ol>
 */
public final class ClaimScorer implements SeedScorer {

    /** The closest report of a gold (claim, holder, file) slot is its evidence when at least this similar. */
    static final double MIN_EVIDENCE_SIMILARITY = 0.25;
    /** Any other report is labelled only when this similar to one gold claim ... */
    static final double MIN_LABEL_SIMILARITY = 0.70;
    /** ... and this far ahead of the runner-up. */
    static final double MIN_MARGIN = 0.05;

    private final Function<String, float[]> embed;

    public ClaimScorer() {
        this(t -> SentenceEmbedder.standard().embed(t));
    }

    ClaimScorer(Function<String, float[]> embed) {
        this.embed = embed;
    }

    @Override
    public String name() {
        return "claims";
    }

    /** A gold claim: id, text, (who -> files) for assertions and disputes, and the single-source flag. */
    record GoldClaim(String id, String text, Map<String, Set<String>> asserted, Map<String, Set<String>> disputed,
                     boolean singleSource) {
    }

    /** A report of a predicted claim, resolved for scoring. */
    record Rep(int claim, String file, Set<String> holderNames, String holderLabel, String stance, String text) {
    }

    @Override
    public void score(SeedRun run) {
        List<GoldClaim> gold = goldClaims(run.gold());
        Map<String, Set<String>> aliasesOfGold = goldAliases(run.gold());
        Map<String, String> fileOf = new HashMap<>();
        for (Document d : run.analysis().documents()) {
            String id = d.id().replace('\\', '/');
            fileOf.put(d.id(), id.substring(id.lastIndexOf('/') + 1));
        }
        Map<String, GlobalEntity> entities = new HashMap<>();
        run.analysis().entities().entities().forEach(g -> entities.put(g.id(), g));
        List<Claim> predicted = run.analysis().claims();
        List<Rep> reps = new ArrayList<>();
        for (int ci = 0; ci < predicted.size(); ci++) {
            for (Claim.Report r : predicted.get(ci).reports()) {
                if (r.holder() == null || r.stance() == Stance.REPORT) {
                    continue;
                }
                String stance = r.stance() == Stance.DISPUTE ? "dispute" : "assert";
                reps.add(new Rep(ci, fileOf.getOrDefault(r.article(), r.article()), namesOf(r, entities), r.holderName(),
                        stance, r.text()));
            }
        }
        // 1. labels: in each gold slot (claim, holder, file) the predicted report closest to the claim's text is
        // its evidence; any other report is labelled only when clearly about one gold claim
        Map<Rep, String> label = new HashMap<>();
        Map<Rep, Double> labelSim = new HashMap<>();
        Map<String, float[]> goldVec = new HashMap<>();
        gold.forEach(k -> goldVec.put(k.id(), embed.apply(k.text())));
        Map<Rep, Map<String, Double>> sims = new HashMap<>();
        for (Rep r : reps) {
            if (!r.stance().equals("assert")) {
                continue;
            }
            Map<String, Double> m = new LinkedHashMap<>();
            for (GoldClaim k : gold) {
                if (whoIn(k.asserted(), r, aliasesOfGold) != null) {
                    m.put(k.id(), SentenceEmbedder.cosine(embed.apply(r.text()), goldVec.get(k.id())));
                }
            }
            if (!m.isEmpty()) {
                sims.put(r, m);
            }
        }
        for (GoldClaim k : gold) {
            for (Map.Entry<String, Set<String>> slot : k.asserted().entrySet()) {
                for (String f : slot.getValue()) {
                    Rep best = null;
                    double bestSim = MIN_EVIDENCE_SIMILARITY;
                    for (Map.Entry<Rep, Map<String, Double>> e : sims.entrySet()) {
                        Rep r = e.getKey();
                        Double sim = e.getValue().get(k.id());
                        // evidence must be unambiguous: no other gold claim of the holder in the file as close
                        boolean ambiguous = sim != null && e.getValue().entrySet().stream()
                                .anyMatch(o -> !o.getKey().equals(k.id()) && o.getValue() > sim - MIN_MARGIN);
                        if (sim != null && !ambiguous && r.file().equals(f) && matches(slot.getKey(), r.holderNames(), aliasesOfGold)
                                && sim > bestSim && !label.containsKey(r)) {
                            bestSim = sim;
                            best = r;
                        }
                    }
                    if (best != null) {
                        label.put(best, k.id());
                        labelSim.put(best, bestSim);
                    }
                }
            }
        }
        for (Map.Entry<Rep, Map<String, Double>> e : sims.entrySet()) {
            if (label.containsKey(e.getKey())) {
                continue;
            }
            String bestId = null;
            double best = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, Double> c : e.getValue().entrySet()) {
                if (c.getValue() > best) {
                    second = best;
                    best = c.getValue();
                    bestId = c.getKey();
                } else if (c.getValue() > second) {
                    second = c.getValue();
                }
            }
            if (bestId != null && best >= MIN_LABEL_SIMILARITY && best - second >= MIN_MARGIN) {
                label.put(e.getKey(), bestId);
                labelSim.put(e.getKey(), best);
            }
        }
        Map<Integer, String> claimLabel = new HashMap<>();
        int merged = 0;
        List<String> notes = new ArrayList<>();
        for (int ci = 0; ci < predicted.size(); ci++) {
            Map<String, Double> votes = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Rep r : reps) {
                if (r.claim() == ci && label.containsKey(r)) {
                    counts.merge(label.get(r), 1, Integer::sum);
                    votes.merge(label.get(r), labelSim.get(r), Double::sum);
                }
            }
            if (counts.isEmpty()) {
                continue;
            }
            String top = counts.keySet().stream().max((a, b) -> counts.get(a).equals(counts.get(b))
                    ? Double.compare(votes.get(a), votes.get(b)) : Integer.compare(counts.get(a), counts.get(b))).orElseThrow();
            claimLabel.put(ci, top);
            if (counts.size() > 1) {
                merged++;
                notes.add("merged: " + predicted.get(ci).id() + " holds " + counts.keySet() + " (\"" + predicted.get(ci).proposition() + "\")");
            }
        }
        // 2. claim_found and single-source flags
        int found = 0;
        int flagsRight = 0;
        run.out().printf(Locale.ROOT, "%-5s %-6s %-5s %-9s %s%n", "gold", "found", "pred", "single", "claim");
        for (GoldClaim k : gold) {
            int bestClaim = -1;
            int bestCovered = -1;
            int slots = 0;
            for (Map.Entry<String, Set<String>> e : k.asserted().entrySet()) {
                slots += e.getValue().size();
            }
            for (Map.Entry<Integer, String> e : claimLabel.entrySet()) {
                if (!e.getValue().equals(k.id())) {
                    continue;
                }
                int covered = covered(k, e.getKey(), reps, aliasesOfGold);
                if (covered > bestCovered || (covered == bestCovered && e.getKey() < bestClaim)) {
                    bestCovered = covered;
                    bestClaim = e.getKey();
                }
            }
            boolean isFound = bestClaim >= 0 && bestCovered == slots;
            if (isFound) {
                found++;
            }
            Boolean predFlag = bestClaim >= 0 ? predicted.get(bestClaim).singleSource() : null;
            if (predFlag != null && predFlag == k.singleSource()) {
                flagsRight++;
            }
            run.out().printf(Locale.ROOT, "%-5s %-6s %-5s %-9s %s%n", k.id(), isFound ? "yes" : (bestCovered < 0 ? "no" : bestCovered + "/" + slots),
                    bestClaim < 0 ? "-" : predicted.get(bestClaim).id(),
                    (predFlag == null ? "-" : predFlag ? "yes" : "no") + "/" + (k.singleSource() ? "yes" : "no"), k.text());
            Map<String, Integer> parts = new LinkedHashMap<>();
            for (Rep r : reps) {
                if (k.id().equals(label.get(r))) {
                    parts.merge(predicted.get(r.claim()).id(), 1, Integer::sum);
                }
            }
            if (parts.size() > 1) {
                notes.add("split: " + k.id() + " over " + parts);
            }
            if (!isFound) {
                notes.add("not grouped: " + k.id() + (bestClaim < 0 ? " (no predicted claim labelled with it)"
                        : " (best " + predicted.get(bestClaim).id() + " holds " + bestCovered + " of " + slots + " gold assertions)"));
            }
            if (predFlag != null && predFlag != k.singleSource()) {
                notes.add("single-source flag wrong: " + k.id() + " predicted " + predFlag + " (" + predicted.get(bestClaim).sources().size() + " sources: "
                        + predicted.get(bestClaim).sources().stream().map(Claim.Source::name).toList() + ")");
            }
        }
        // 3. holders (claim level) and stance links (report level)
        Set<String> goldHolders = new LinkedHashSet<>();
        Set<String> goldLinks = new LinkedHashSet<>();
        Set<String> disputeSlots = new HashSet<>();
        for (GoldClaim k : gold) {
            k.asserted().forEach((who, files) -> {
                goldHolders.add(k.id() + "|" + who + "|assert");
                files.forEach(f -> goldLinks.add(k.id() + "|" + who + "|" + f + "|assert"));
            });
            k.disputed().forEach((who, files) -> {
                goldHolders.add(k.id() + "|" + who + "|dispute");
                files.forEach(f -> {
                    goldLinks.add(k.id() + "|" + who + "|" + f + "|dispute");
                    disputeSlots.add(who + "|" + f);
                });
            });
        }
        Set<String> predHolders = new LinkedHashSet<>();
        Set<String> predLinks = new LinkedHashSet<>();
        for (Rep r : reps) {
            String k = claimLabel.get(r.claim());
            GoldClaim g = k == null ? null : gold.stream().filter(x -> x.id().equals(k)).findFirst().orElse(null);
            String who = g == null ? null : whoIn(r.stance().equals("dispute") ? g.disputed() : g.asserted(), r, aliasesOfGold);
            if (who == null) {
                who = anyGoldName(r, aliasesOfGold);
            }
            if (k == null) {
                if (r.stance().equals("dispute") && who != null && disputeSlots.contains(who + "|" + r.file())) {
                    predLinks.add("?" + r.claim() + "|" + who + "|" + r.file() + "|dispute");
                    notes.add("dispute on an unmatched claim: " + who + " in " + r.file() + " -> " + predicted.get(r.claim()).id()
                            + " \"" + predicted.get(r.claim()).proposition() + "\"");
                }
                continue;
            }
            String w = who != null ? who : "~" + r.holderLabel();
            predHolders.add(k + "|" + w + "|" + r.stance());
            predLinks.add(k + "|" + w + "|" + r.file() + "|" + r.stance());
        }
        int hTp = 0;
        for (String h : predHolders) {
            if (goldHolders.contains(h)) {
                hTp++;
            } else {
                notes.add("holder not in gold: " + h);
            }
        }
        for (String h : goldHolders) {
            if (!predHolders.contains(h)) {
                notes.add("holder missed: " + h);
            }
        }
        int lTp = 0;
        for (String l : predLinks) {
            if (goldLinks.contains(l)) {
                lTp++;
            } else {
                notes.add("link not in gold: " + l);
            }
        }
        for (String l : goldLinks) {
            if (!predLinks.contains(l)) {
                notes.add("link missed: " + l);
            }
        }
        // 4. B-cubed over labelled reports
        double bp = 0;
        double br = 0;
        List<Rep> labelled = reps.stream().filter(label::containsKey).toList();
        for (Rep r : labelled) {
            long sameClaim = labelled.stream().filter(o -> o.claim() == r.claim()).count();
            long sameGold = labelled.stream().filter(o -> label.get(o).equals(label.get(r))).count();
            long both = labelled.stream().filter(o -> o.claim() == r.claim() && label.get(o).equals(label.get(r))).count();
            bp += (double) both / sameClaim;
            br += (double) both / sameGold;
        }
        double groupP = Metrics.ratio(bp, labelled.size(), 1);
        double groupR = Metrics.ratio(br, labelled.size(), 1);
        double claimFound = Metrics.ratio(found, gold.size(), 1);
        double holderP = Metrics.ratio(hTp, predHolders.size(), 1);
        double holderR = Metrics.ratio(hTp, goldHolders.size(), 1);
        double stanceP = Metrics.ratio(lTp, predLinks.size(), 1);
        double stanceR = Metrics.ratio(lTp, goldLinks.size(), 1);
        double ssAcc = Metrics.ratio(flagsRight, gold.size(), 1);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "gold claims found", found, gold.size(), claimFound);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "holders correct (precision)", hTp, predHolders.size(), holderP);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "holders found (recall)", hTp, goldHolders.size(), holderR);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "stance links correct", lTp, predLinks.size(), stanceP);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "stance links found", lTp, goldLinks.size(), stanceR);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "single-source flags right", flagsRight, gold.size(), ssAcc);
        run.out().printf(Locale.ROOT, "%-28s %.3f / %.3f (%d labelled reports)%n", "grouping B-cubed P / R", groupP, groupR, labelled.size());
        run.out().printf(Locale.ROOT, "%-28s %d%n", "groups merging gold claims", merged);
        notes.forEach(n -> run.out().println("  - " + n));
        run.metrics().put("claim_found", claimFound).put("holder_p", holderP).put("holder_r", holderR)
                .put("stance_p", stanceP).put("stance_r", stanceR).put("single_source_acc", ssAcc)
                .put("merged_groups", merged).put("group_p", groupP).put("group_r", groupR);
    }

    /** Gold (who, file) assertions of {@code k} held by backing reports of predicted claim {@code ci}. */
    private static int covered(GoldClaim k, int ci, List<Rep> reps, Map<String, Set<String>> aliases) {
        int n = 0;
        for (Map.Entry<String, Set<String>> e : k.asserted().entrySet()) {
            for (String f : e.getValue()) {
                boolean hit = false;
                for (Rep r : reps) {
                    if (r.claim() == ci && r.stance().equals("assert") && r.file().equals(f)
                            && matches(e.getKey(), r.holderNames(), aliases)) {
                        hit = true;
                        break;
                    }
                }
                if (hit) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The gold holder of {@code slots} that the report's holder is, when the report's file is one of theirs. */
    private static String whoIn(Map<String, Set<String>> slots, Rep r, Map<String, Set<String>> aliases) {
        for (Map.Entry<String, Set<String>> e : slots.entrySet()) {
            if (e.getValue().contains(r.file()) && matches(e.getKey(), r.holderNames(), aliases)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String anyGoldName(Rep r, Map<String, Set<String>> aliases) {
        for (Map.Entry<String, Set<String>> e : aliases.entrySet()) {
            if (matches(e.getKey(), r.holderNames(), aliases)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static boolean matches(String who, Set<String> predictedNames, Map<String, Set<String>> aliases) {
        Set<String> goldNames = aliases.getOrDefault(who, Set.of(EntityScorer.norm(who)));
        for (String n : predictedNames) {
            if (goldNames.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The predicted holder's names: the global entity's name and aliases, the outlet's or the speaker's label. */
    private static Set<String> namesOf(Claim.Report r, Map<String, GlobalEntity> entities) {
        Set<String> out = new HashSet<>();
        if (r.holderName() != null) {
            out.add(EntityScorer.norm(r.holderName()));
        }
        GlobalEntity g = entities.get(r.holder());
        if (g != null) {
            out.add(EntityScorer.norm(g.name()));
            for (GlobalEntity.Alias a : g.aliases()) {
                if (!"pronoun".equalsIgnoreCase(a.kind())) {
                    out.add(EntityScorer.norm(a.text()));
                }
            }
        } else if (r.holder().startsWith("outlet:")) {
            out.add(EntityScorer.norm(r.holder().substring("outlet:".length())));
        }
        return out;
    }

    static List<GoldClaim> goldClaims(SeedGold gold) {
        List<GoldClaim> out = new ArrayList<>();
        for (JsonNode c : gold.list("claims")) {
            out.add(new GoldClaim(SeedGold.text(c, "id"), SeedGold.text(c, "claim"), slots(c.get("asserted_by")),
                    slots(c.get("disputed_by")), c.has("single_source") && c.get("single_source").asBoolean()));
        }
        return out;
    }

    private static Map<String, Set<String>> slots(JsonNode arr) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (arr != null && arr.isArray()) {
            for (JsonNode e : arr) {
                String who = SeedGold.text(e, "who");
                if (who == null) {
                    continue;
                }
                out.computeIfAbsent(who, k -> new LinkedHashSet<>()).addAll(SeedGold.strings(e, "files"));
            }
        }
        return out;
    }

    /** Each gold name (canonical or as a claim's "who") to every name of its gold entity, normalised. */
    static Map<String, Set<String>> goldAliases(SeedGold gold) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode e : gold.list("entities")) {
            Set<String> names = new HashSet<>();
            String canon = SeedGold.text(e, "canonical");
            if (canon != null) {
                names.add(EntityScorer.norm(canon));
            }
            SeedGold.strings(e, "aliases").forEach(a -> names.add(EntityScorer.norm(a)));
            if (canon != null) {
                out.put(canon, names);
            }
        }
        for (GoldClaim k : goldClaims(gold)) {
            for (String who : concat(k.asserted().keySet(), k.disputed().keySet())) {
                if (!out.containsKey(who)) {
                    Set<String> names = null;
                    for (Set<String> s : out.values()) {
                        if (s.contains(EntityScorer.norm(who))) {
                            names = s;
                        }
                    }
                    out.put(who, names != null ? names : Set.of(EntityScorer.norm(who)));
                }
            }
        }
        return out;
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
