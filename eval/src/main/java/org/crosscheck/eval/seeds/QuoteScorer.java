package org.crosscheck.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.quotes.Quote;
import org.crosscheck.engine.quotes.Utterance;
import org.crosscheck.eval.Metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Quotes against the gold list.
 * <ul>
 *   <li>{@code quote_found}: gold quotes some predicted quote of their article contains: the gold
 *       {@code anchor} lies inside the predicted content, or inside its cue and content together when
 *       the cue runs straight into the content (anchors of reported speech may include the verb:
 *       "called on X to ..."); the smallest such quote is the match;</li>
 *   <li>{@code speaker_acc}: share of all gold quotes found with the right speaker: the gold speaker's
 *       names (canonical and aliases of the gold entity it names) include the predicted speaker's global
 *       entity name or one of its aliases; a gold speaker that is no gold entity ("anonymous Kabul
 *       resident") must be an unnamed predicted speaker whose description shares a word with it;</li>
 *   <li>{@code kind_acc}: share of all gold quotes found with the gold kind;</li>
 *   <li>{@code utterance_p}, {@code utterance_r}: pairwise precision and recall of grouping gold quotes
 *       into one utterance; gold groups are the closure of {@code same_utterance_as}.</li>
 * </ul>
 */
public final class QuoteScorer implements SeedScorer {

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public void score(SeedRun run) {
        List<JsonNode> gold = run.gold().list("quotes");
        EntityIndex index = run.analysis().entities();
        Map<String, Set<String>> namesOf = new HashMap<>();
        for (JsonNode e : run.gold().list("entities")) {
            Set<String> names = new HashSet<>();
            names.add(EntityScorer.norm(SeedGold.text(e, "canonical")));
            SeedGold.strings(e, "aliases").forEach(a -> names.add(EntityScorer.norm(a)));
            for (String nm : names) {
                namesOf.merge(nm, names, (x, y) -> {
                    Set<String> u = new HashSet<>(x);
                    u.addAll(y);
                    return u;
                });
            }
        }
        // predicted quote -> utterance
        Map<String, String> utteranceOf = new HashMap<>();
        for (Utterance u : run.analysis().utterances()) {
            for (Utterance.Version v : u.versions()) {
                utteranceOf.put(v.article() + "#" + v.quote(), u.id());
            }
        }
        int found = 0;
        int speakerRight = 0;
        int kindRight = 0;
        List<String> misses = new ArrayList<>();
        Map<String, String> predictedUtterance = new LinkedHashMap<>();
        for (JsonNode g : gold) {
            String id = SeedGold.text(g, "id");
            String file = SeedGold.text(g, "file");
            String anchor = SeedGold.text(g, "anchor");
            Document d = run.document(file);
            if (d == null || anchor == null) {
                misses.add(id + ": article " + file + " not analysed");
                continue;
            }
            int best = -1;
            for (int i = 0; i < d.quotes().size(); i++) {
                Quote q = d.quotes().get(i);
                if (contains(d, q, anchor) && (best < 0 || q.content().length() < d.quotes().get(best).content().length())) {
                    best = i;
                }
            }
            if (best < 0) {
                misses.add(id + ": not found (" + anchor + ")");
                continue;
            }
            found++;
            Quote q = d.quotes().get(best);
            predictedUtterance.put(id, utteranceOf.get(d.id() + "#" + best));
            String kind = SeedGold.text(g, "kind");
            if (kind != null && q.kind().name().equalsIgnoreCase(kind)) {
                kindRight++;
            } else {
                misses.add(id + ": kind " + q.kind().name().toLowerCase(Locale.ROOT) + ", gold " + kind);
            }
            String speaker = SeedGold.text(g, "speaker");
            GlobalEntity ge = q.speakerEntity() < 0 ? null : index.get(index.globalId(d.id(), q.speakerEntity()));
            if (rightSpeaker(speaker, q, ge, namesOf)) {
                speakerRight++;
            } else {
                misses.add(id + ": speaker " + (ge != null ? ge.name() : q.speakerLabel()) + " (" + q.via() + "), gold "
                        + speaker);
            }
        }
        // utterance grouping: pairs of gold quotes
        Map<String, String> goldGroup = goldGroups(gold);
        List<String> ids = new ArrayList<>(predictedUtterance.keySet());
        int goldPairs = 0;
        int predPairs = 0;
        int both = 0;
        for (int x = 0; x < gold.size(); x++) {
            for (int y = x + 1; y < gold.size(); y++) {
                String a = SeedGold.text(gold.get(x), "id");
                String b = SeedGold.text(gold.get(y), "id");
                boolean g = goldGroup.get(a).equals(goldGroup.get(b));
                String ua = predictedUtterance.get(a);
                String ub = predictedUtterance.get(b);
                boolean p = ua != null && ua.equals(ub);
                goldPairs += g ? 1 : 0;
                predPairs += p ? 1 : 0;
                both += g && p ? 1 : 0;
                if (g && !p) {
                    misses.add("utterance apart: " + a + " / " + b);
                } else if (p && !g) {
                    misses.add("utterance joined wrongly: " + a + " / " + b);
                }
            }
        }
        int total = gold.size();
        double qf = Metrics.ratio(found, total, 1);
        double sa = Metrics.ratio(speakerRight, total, 1);
        double ka = Metrics.ratio(kindRight, total, 1);
        double up = Metrics.ratio(both, predPairs, 1);
        double ur = Metrics.ratio(both, goldPairs, 1);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "quotes found", found, total, qf);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "right speaker", speakerRight, total, sa);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "right kind", kindRight, total, ka);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "utterance pairs correct", both, predPairs, up);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "utterance pairs found", both, goldPairs, ur);
        misses.forEach(m -> run.out().println("  - " + m));
        run.metrics().put("quote_found", qf).put("speaker_acc", sa).put("kind_acc", ka).put("utterance_p", up)
                .put("utterance_r", ur);
    }

    /** The anchor inside the content, or inside cue and content when the cue runs straight into it. */
    static boolean contains(Document d, Quote q, String anchor) {
        if (d.text(q.content()).contains(anchor)) {
            return true;
        }
        Span cue = q.cue();
        if (cue != null && cue.end() <= q.content().start()
                && d.text().substring(cue.end(), q.content().start()).isBlank()) {
            return d.text(new Span(cue.start(), q.content().end())).contains(anchor);
        }
        return false;
    }

    private static boolean rightSpeaker(String gold, Quote q, GlobalEntity ge, Map<String, Set<String>> namesOf) {
        if (gold == null) {
            return !q.attributed();
        }
        Set<String> names = namesOf.get(EntityScorer.norm(gold));
        if (names != null) {
            if (ge == null) {
                return false;
            }
            if (names.contains(EntityScorer.norm(ge.name()))) {
                return true;
            }
            for (GlobalEntity.Alias a : ge.aliases()) {
                if (a.kind().equals("name") && names.contains(EntityScorer.norm(a.text()))) {
                    return true;
                }
            }
            return false;
        }
        // an unnamed source: an unnamed speaker described with a word of the gold description
        boolean unnamed = q.via() == Quote.Via.UNNAMED || ge != null && !ge.named();
        if (!unnamed || q.speakerLabel() == null) {
            return false;
        }
        Set<String> goldWords = new HashSet<>(List.of(EntityScorer.norm(gold).split("\\s+")));
        for (String w : EntityScorer.norm(q.speakerLabel()).split("\\s+")) {
            if (w.length() > 3 && goldWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Gold quote id to a group id: the closure of same_utterance_as. */
    static Map<String, String> goldGroups(List<JsonNode> gold) {
        Map<String, String> parent = new HashMap<>();
        for (JsonNode g : gold) {
            String id = SeedGold.text(g, "id");
            parent.putIfAbsent(id, id);
        }
        for (JsonNode g : gold) {
            String id = SeedGold.text(g, "id");
            for (String other : SeedGold.strings(g, "same_utterance_as")) {
                parent.putIfAbsent(other, other);
                String ra = root(parent, id);
                String rb = root(parent, other);
                if (!ra.equals(rb)) {
                    parent.put(ra, rb);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String id : parent.keySet()) {
            out.put(id, root(parent, id));
        }
        return out;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
