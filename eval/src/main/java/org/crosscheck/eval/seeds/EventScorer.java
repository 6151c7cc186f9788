package org.crosscheck.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.entities.KnowledgeBase;
import org.crosscheck.engine.events.Event;
import org.crosscheck.engine.events.EventMerger;
import org.crosscheck.engine.events.StoryEvent;
import org.crosscheck.engine.stories.Story;
import org.crosscheck.engine.time.TimeStage;
import org.crosscheck.eval.Metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Events against the gold list. Each gold event is matched to our story-level event through its
 * {@code articles}: the event whose articles overlap the gold event's most (then the one that is
 * its articles' main event, is dated, has most participants).
 * <ul>
 *   <li>{@code event_date_acc}: gold events whose date we give exactly; where the gold date is null
 *       (the text does not fix it) only a null date is right;</li>
 *   <li>{@code event_place_acc}: gold events whose place we give (city and country, or the country
 *       when the gold place names only one);</li>
 *   <li>{@code participant_recall}: gold participants (by canonical name or any gold alias) among
 *       ours, micro-averaged.</li>
 * </ul>
 * A second table scores the same with the gold story clusters given to the event merger, which
 * separates event work from story clustering (printed only; the RESULT keys use the analysis).
 */
public final class EventScorer implements SeedScorer {

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void score(SeedRun run) {
        Analysis a = run.analysis();
        Score main = score(run, a.events(), true);
        run.metrics().put("event_date_acc", main.dateAcc()).put("event_place_acc", main.placeAcc())
                .put("participant_recall", main.participantRecall());
        List<List<String>> clusters = new ArrayList<>();
        for (JsonNode c : run.gold().list("story_clusters")) {
            List<String> files = new ArrayList<>();
            c.forEach(x -> files.add(x.asText()));
            clusters.add(files);
        }
        if (!clusters.isEmpty()) {
            List<Story> stories = new ArrayList<>();
            for (List<String> files : clusters) {
                List<String> ids = new ArrayList<>();
                for (String f : files) {
                    Document d = run.document(f);
                    if (d != null) {
                        ids.add(d.id());
                    }
                }
                stories.add(new Story("G" + (stories.size() + 1), null, ids, List.of()));
            }
            List<StoryEvent> withGold = new EventMerger(TimeStage.standard(KnowledgeBase.standard()))
                    .merge(a.documents(), stories, a.entities());
            run.out().println("-- with the gold story clusters (diagnostic, not in RESULT):");
            score(run, withGold, false);
        }
    }

    record Score(int events, int dates, int places, int participants, int participantsFound) {
        double dateAcc() {
            return Metrics.ratio(dates, events, 1);
        }

        double placeAcc() {
            return Metrics.ratio(places, events, 1);
        }

        double participantRecall() {
            return Metrics.ratio(participantsFound, participants, 1);
        }
    }

    private Score score(SeedRun run, List<StoryEvent> ours, boolean verbose) {
        Map<String, Set<String>> aliases = aliases(run);
        int events = 0;
        int dates = 0;
        int places = 0;
        int parts = 0;
        int partsFound = 0;
        for (JsonNode g : run.gold().list("events")) {
            events++;
            String id = SeedGold.text(g, "id");
            Set<String> articles = new HashSet<>();
            for (String f : SeedGold.strings(g, "articles")) {
                Document d = run.document(f);
                if (d != null) {
                    articles.add(d.id());
                }
            }
            StoryEvent match = match(ours, articles);
            String goldDate = SeedGold.text(g, "date");
            String goldPlace = SeedGold.text(g, "place");
            List<String> goldParts = SeedGold.strings(g, "participants");
            parts += goldParts.size();
            if (match == null) {
                run.out().printf(Locale.ROOT, "%-4s no event found in its articles%n", id);
                continue;
            }
            String ourDate = match.date().value();
            boolean dateOk = goldDate == null ? ourDate == null : goldDate.equals(ourDate);
            boolean placeOk = placeMatches(goldPlace, match.place());
            Set<String> ourNames = new HashSet<>();
            for (Event.Participant p : match.participants()) {
                ourNames.add(norm(p.name()));
            }
            List<String> missed = new ArrayList<>();
            int found = 0;
            for (String gp : goldParts) {
                Set<String> names = aliases.getOrDefault(norm(gp), Set.of(norm(gp)));
                if (names.stream().anyMatch(ourNames::contains)) {
                    found++;
                } else {
                    missed.add(gp);
                }
            }
            dates += dateOk ? 1 : 0;
            places += placeOk ? 1 : 0;
            partsFound += found;
            run.out().printf(Locale.ROOT, "%-4s date %-10s (gold %-10s) %s  place %-22s (gold %s) %s  participants %d/%d%n",
                    id, ourDate, goldDate, dateOk ? "ok" : "WRONG", match.place() == null ? "-" : match.place().name(),
                    goldPlace, placeOk ? "ok" : "WRONG", found, goldParts.size());
            if (verbose && !missed.isEmpty()) {
                run.out().println("     participants missed: " + String.join(", ", missed));
            }
            if (verbose && !dateOk) {
                run.out().println("     date evidence: " + String.join(" | ", match.date().evidence()));
            }
        }
        Score s = new Score(events, dates, places, parts, partsFound);
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "event dates", dates, events, s.dateAcc());
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "event places", places, events, s.placeAcc());
        run.out().printf(Locale.ROOT, "%-28s %d/%d  %.3f%n", "participants found", partsFound, parts, s.participantRecall());
        return s;
    }

    /** Our event for a gold event: most shared articles, then its articles' main event, dated, most participants. */
    static StoryEvent match(List<StoryEvent> ours, Set<String> articles) {
        StoryEvent best = null;
        int[] bestKey = null;
        for (StoryEvent e : ours) {
            int overlap = 0;
            int mainOf = 0;
            for (StoryEvent.Source s : e.sources()) {
                if (articles.contains(s.article())) {
                    overlap++;
                    if (s.event() == 0) {
                        mainOf++;
                    }
                }
            }
            if (overlap == 0) {
                continue;
            }
            int[] key = {overlap, mainOf, e.date().value() != null ? 1 : 0, e.participants().size()};
            if (bestKey == null || compare(key, bestKey) > 0) {
                best = e;
                bestKey = key;
            }
        }
        return best;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** "Moscow, Russia" against our place: the city and the country, or only what the gold names. */
    static boolean placeMatches(String gold, Event.Place ours) {
        if (gold == null) {
            return ours == null;
        }
        if (ours == null) {
            return false;
        }
        String[] parts = gold.split(",");
        String goldCity = parts.length > 1 ? norm(parts[0]) : null;
        String goldCountry = norm(parts[parts.length - 1]);
        if (goldCity == null) {
            return goldCountry.equals(norm(ours.name())) || (ours.country() != null && goldCountry.equals(norm(ours.country())));
        }
        return ours.city() != null && goldCity.equals(norm(ours.city()))
                && (ours.country() == null || goldCountry.equals(norm(ours.country())));
    }

    /** Every gold entity's names, keyed by each of them. */
    private static Map<String, Set<String>> aliases(SeedRun run) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode e : run.gold().list("entities")) {
            Set<String> names = new HashSet<>();
            names.add(norm(SeedGold.text(e, "canonical")));
            SeedGold.strings(e, "aliases").forEach(x -> names.add(norm(x)));
            for (String n : names) {
                out.computeIfAbsent(n, k -> new HashSet<>()).addAll(names);
            }
        }
        return out;
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip()
                .replaceAll("^the ", "");
    }
}
