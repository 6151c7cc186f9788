package org.crosscheck.engine.events;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.stories.Story;
import org.crosscheck.engine.time.Interval;
import org.crosscheck.engine.time.ReferenceTime;
import org.crosscheck.engine.time.TimeStage;
import org.crosscheck.engine.time.TimeValues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-document step for events: within each story (or each article, before stories exist)
 * the articles' events that are one real-world event are merged, and its date is narrowed with the
 * evidence of every article: one article gives "Friday, October 4" (a Friday in 2013, 2019 and
 * 2024), another was written "over three years since" a dated landmark; together they leave 2024.
 * A date no evidence decides stays null, with its candidates.
 */
public final class EventMerger {

    /** How far from an article's reference time the event it reports may lie (about six months). */
    static final long SLACK_DAYS = 183;
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th))\\b");

    private final Function<Document, ReferenceTime> referenceTime;

    /** With the time stage that analysed the articles (for their reference times). */
    public EventMerger(TimeStage time) {
        this(time::referenceTime);
    }

    public EventMerger(Function<Document, ReferenceTime> referenceTime) {
        this.referenceTime = referenceTime;
    }

    /** One article event while it is being merged. */
    private record Item(Document doc, int index, Event event) {
    }

    /**
     * The events of each story. Without stories (an empty list) each article is its own group,
     * so no two articles' events are merged.
     */
    public List<StoryEvent> merge(List<Document> docs, List<Story> stories, EntityIndex index) {
        Map<String, Document> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        List<List<Document>> groups = new ArrayList<>();
        List<String> groupIds = new ArrayList<>();
        if (stories.isEmpty()) {
            for (Document d : docs) {
                groups.add(List.of(d));
                groupIds.add(d.id());
            }
        } else {
            Set<String> placed = new LinkedHashSet<>();
            for (Story s : stories) {
                List<Document> g = new ArrayList<>();
                for (String a : s.articles()) {
                    Document d = byId.get(a);
                    if (d != null) {
                        g.add(d);
                        placed.add(a);
                    }
                }
                groups.add(g);
                groupIds.add(s.id());
            }
            for (Document d : docs) {
                if (!placed.contains(d.id())) {
                    groups.add(List.of(d));
                    groupIds.add(d.id());
                }
            }
        }
        List<StoryEvent> out = new ArrayList<>();
        Map<String, ReferenceTime> refs = new HashMap<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            for (List<Item> cluster : cluster(groups.get(gi))) {
                out.add(merged("V" + (out.size() + 1), groupIds.get(gi), cluster, index, refs));
            }
        }
        return out;
    }

    private List<List<Item>> cluster(List<Document> group) {
        List<Item> items = new ArrayList<>();
        for (Document d : group) {
            for (int i = 0; i < d.events().size(); i++) {
                items.add(new Item(d, i, d.events().get(i)));
            }
        }
        List<List<Item>> clusters = new ArrayList<>();
        for (Item it : items) {
            List<Item> target = null;
            for (List<Item> c : clusters) {
                if (c.stream().allMatch(x -> compatible(x.event(), it.event()) && !x.doc().id().equals(it.doc().id()))) {
                    target = c;
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                clusters.add(target);
            }
            target.add(it);
        }
        return clusters;
    }

    static String family(String type) {
        return switch (type) {
            case "meeting", "talks", "summit", "conference" -> "gathering";
            default -> type;
        };
    }

    /** Two article events may be one: same kind, no differing ordinal, name, place or date. */
    static boolean compatible(Event a, Event b) {
        if (!family(a.type()).equals(family(b.type()))) {
            return false;
        }
        Integer oa = ordinal(a.name());
        Integer ob = ordinal(b.name());
        if (oa != null && ob != null && !oa.equals(ob)) {
            return false;
        }
        if (a.name() != null && b.name() != null && oa == null && ob == null && java.util.Collections.disjoint(words(a.name()), words(b.name()))) {
            return false;
        }
        if (a.place() != null && b.place() != null) {
            if (a.place().country() != null && b.place().country() != null && !a.place().country().equals(b.place().country())) {
                return false;
            }
            if (a.place().city() != null && b.place().city() != null && !a.place().city().equals(b.place().city())) {
                return false;
            }
        }
        Set<String> da = possible(a.date());
        Set<String> db = possible(b.date());
        if (!da.isEmpty() && !db.isEmpty()) {
            Set<String> both = new LinkedHashSet<>(da);
            both.retainAll(db);
            return !both.isEmpty();
        }
        return true;
    }

    private static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.matches("The|Of|And|For|A|An")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    static Integer ordinal(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = ORDINAL.matcher(name);
        if (!m.find()) {
            return null;
        }
        return EventMentions.ordinal(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static Set<String> possible(Event.EventDate d) {
        Set<String> out = new LinkedHashSet<>();
        if (d.value() != null) {
            out.add(d.value());
        } else {
            out.addAll(d.candidates());
        }
        return out;
    }

    // ---- merging -----------------------------------------------------------------------------

    private StoryEvent merged(String id, String story, List<Item> items, EntityIndex index, Map<String, ReferenceTime> refs) {
        Item named = null;
        for (Item it : items) {
            String n = it.event().name();
            if (n != null && (named == null || score(n) > score(named.event().name()))) {
                named = it;
            }
        }
        Item lead = named != null ? named : items.get(0);
        String type = lead.event().type();
        String name = named == null ? null : named.event().name();
        Event.Place place = place(items);
        Event.EventDate date = date(items, refs);
        List<Event.Participant> participants = participants(items, index);
        List<StoryEvent.Source> sources = new ArrayList<>();
        for (Item it : items) {
            sources.add(new StoryEvent.Source(it.doc().id(), it.index(), it.event().evidence()));
        }
        return new StoryEvent(id, story, type, name, place, date, participants, sources);
    }

    /** A name with an ordinal and proper names tells most. */
    private static int score(String name) {
        return (ordinal(name) != null ? 100 : 0) + words(name).size() * 10 + Math.min(9, name.length() / 10);
    }

    private static Event.Place place(List<Item> items) {
        Event.Place best = null;
        for (Item it : items) {
            Event.Place p = it.event().place();
            if (p == null) {
                continue;
            }
            if (best == null || specificity(p) > specificity(best)) {
                best = p;
            }
        }
        return best;
    }

    private static int specificity(Event.Place p) {
        return (p.city() != null ? 4 : 0) + (p.country() != null ? 2 : 0) + (p.span() != null ? 1 : 0);
    }

    private Event.EventDate date(List<Item> items, Map<String, ReferenceTime> refs) {
        List<String> evidence = new ArrayList<>();
        Set<String> values = new LinkedHashSet<>();
        Set<String> candidates = null;
        Item source = null;
        for (Item it : items) {
            Event.EventDate d = it.event().date();
            if (d.value() != null) {
                values.add(d.value());
                if (source == null) {
                    source = it;
                }
                evidence.add(it.doc().id() + ": " + d.value() + " from " + String.join("; ", d.evidence()));
            } else if (!d.candidates().isEmpty()) {
                candidates = candidates == null ? new LinkedHashSet<>(d.candidates()) : intersect(candidates, d.candidates());
                evidence.add(it.doc().id() + ": one of " + String.join(", ", d.candidates()) + " from " + String.join("; ", d.evidence()));
                if (source == null) {
                    source = it;
                }
            }
        }
        if (values.size() > 1) {
            evidence.add("the articles disagree on the date: " + String.join(", ", values));
            return new Event.EventDate(null, List.copyOf(values), evidence, null, null);
        }
        Set<String> possible = values.isEmpty() ? (candidates == null ? Set.of() : candidates) : values;
        if (possible.isEmpty()) {
            if (candidates != null) {
                evidence.add("the articles' candidate dates have none in common");
            }
            return evidence.isEmpty() ? Event.EventDate.NONE : new Event.EventDate(null, List.of(), evidence, null, null);
        }
        // narrow with every article's reference time: an article reports an event of about its own time
        Set<String> kept = new LinkedHashSet<>(possible);
        for (Item it : items) {
            ReferenceTime r = refs.computeIfAbsent(it.doc().id(), k -> referenceTime.apply(it.doc()));
            if (r == null || !r.bounded()) {
                continue;
            }
            List<Interval> window = new ArrayList<>();
            for (Interval i : r.allowed()) {
                window.add(i.widen(SLACK_DAYS, SLACK_DAYS));
            }
            Set<String> inside = new LinkedHashSet<>();
            for (String v : kept) {
                LocalDate d = TimeValues.dayOf(v);
                if (d == null || Interval.contains(window, d)) {
                    inside.add(v);
                }
            }
            if (inside.size() < kept.size() && !inside.isEmpty()) {
                evidence.add(it.doc().id() + " was written " + describe(r) + " (" + String.join("; ", r.evidence()) + "), which leaves "
                        + String.join(", ", inside));
                kept = inside;
            } else if (inside.isEmpty()) {
                evidence.add(it.doc().id() + " was written " + describe(r) + ", far from " + String.join(", ", kept) + ": set aside");
            }
        }
        Item src = source;
        if (kept.size() == 1) {
            String v = kept.iterator().next();
            Event.EventDate d = src.event().date();
            return new Event.EventDate(v, List.copyOf(possible.size() > 1 ? possible : kept), evidence, d.span(), src.doc().id() + ": " + d.text());
        }
        evidence.add("the evidence of the story's articles does not decide between " + String.join(", ", kept));
        return new Event.EventDate(null, List.copyOf(kept), evidence, null, null);
    }

    private static String describe(ReferenceTime r) {
        if (r.exact() != null) {
            return "on " + r.exact();
        }
        return "between " + r.earliest() + " and " + r.latest();
    }

    private static Set<String> intersect(Set<String> a, List<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** Participants of all articles, by their collection-wide identity. */
    private static List<Event.Participant> participants(List<Item> items, EntityIndex index) {
        Map<String, Event.Participant> out = new LinkedHashMap<>();
        for (Item it : items) {
            for (Event.Participant p : it.event().participants()) {
                String key;
                String name = p.name();
                GlobalEntity g = null;
                if (index != null && p.entity() >= 0 && !p.kind().equals(Event.Participant.DESCRIPTION)) {
                    String gid = index.globalId(it.doc().id(), p.entity());
                    g = gid == null ? null : index.get(gid);
                }
                if (g == null && index != null && p.knowledgeId() != null) {
                    for (GlobalEntity x : index.entities()) {
                        if (p.knowledgeId().equals(x.knowledgeId())) {
                            g = x;
                            break;
                        }
                    }
                }
                if (g != null) {
                    key = "g:" + g.id();
                    if (g.named() || p.kind().equals(Event.Participant.PERSON)) {
                        name = p.knowledgeId() != null && g.knowledgeId() == null ? p.name() : g.name();
                    }
                } else if (p.knowledgeId() != null) {
                    key = "k:" + p.knowledgeId();
                } else {
                    key = "n:" + p.name().toLowerCase(Locale.ROOT);
                }
                out.putIfAbsent(key, new Event.Participant(name, p.kind(), -1, p.knowledgeId(), it.doc().id() + ": " + p.how()));
            }
        }
        return new ArrayList<>(out.values());
    }
}
