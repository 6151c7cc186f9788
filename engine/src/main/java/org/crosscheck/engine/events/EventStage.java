package org.crosscheck.engine.events;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.Layer;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.MentionKind;
import org.crosscheck.engine.doc.Role;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.entities.KnowledgeBase;
import org.crosscheck.engine.entities.KnowledgeEntry;
import org.crosscheck.engine.pipeline.Stage;
import org.crosscheck.engine.time.TimeExpression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code events} stage (EVENTS layer): meetings, talks, summits, conferences, visits and press
 * conferences an article reports. Phrases referring to one event ("the sixth round of the ... talks",
 * then "the meeting") are grouped; each event gets its type, name, place (from "in"/"at" a place
 * near the phrase, or the host country; never the dateline, which is where the reporter is), date
 * (the time expression of its sentences, with that expression's evidence), participants (people in
 * its sentences, entities listed after "attended by", "with the participation of", ..., the
 * affiliations of participating people, the body named in the event's name) and its sentences.
 */
public final class EventStage implements Stage {

    private static final Set<String> GATHERINGS = Set.of("meeting", "talks", "summit", "conference");
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:with\\s+the\\s+participation\\s+of|participation\\s+(?:of|from)"
            + "|attended\\s+by|participants\\s+(?:included|include|were|are|from)|participants\\s*:|representatives?\\s+(?:of|from)"
            + "|delegations?\\s+(?:of|from)|delegates\\s+(?:of|from)|(?:foreign\\s+|defen[cs]e\\s+|finance\\s+)?ministers\\s+(?:of|from)"
            + "|envoys\\s+(?:of|from)|leaders\\s+(?:of|from)|officials\\s+(?:of|from)|negotiators\\s+(?:of|from)|(?:led|headed)\\s+by"
            + "|(?:talks|meeting|negotiations|consultations|summit|dialogue)\\s+between|brought\\s+together|joined\\s+by|gathered)\\b");
    private static final Pattern CUE_BEFORE = Pattern.compile("(?i)\\b(?:took\\s+part|participated|were\\s+present|attended\\s+the)\\b");
    private static final Pattern STRONG_CUE = Pattern.compile("(?i)\\b(?:participants|attended|took\\s+part|participated|delegations?|delegates)\\b");
    private static final Set<String> LIST_STOP = Set.of("to", "that", "which", "who", "where", "when", "was", "were", "is",
            "are", "has", "have", "had", "said", "says", "will", "would", "discussed", "agreed", "on", "in", "at", "during");
    private static final Set<String> LIST_GLUE = Set.of("and", "or", "the", "a", "an", "as", "well", "several", "other",
            "some", "senior", "top", "their", "its", "both", "all", "also");
    private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(?:envoys?|representatives?|delegates?|delegations?|officials?"
            + "|ministers?|diplomats?|leaders?|members?|experts?|ambassadors?|observers?|heads?\\s+of\\s+state|deputies|emissaries)\\b");
    private static final Set<String> NOT_PARTICIPANT_TITLES = Set.of("resident", "analyst", "commentator", "expert",
            "political analyst", "military expert", "observer", "citizen", "witness", "journalist", "reporter", "correspondent");
    private static final Set<String> OFFICIAL_TITLES = Set.of("minister", "foreign minister", "deputy foreign minister",
            "prime minister", "president", "vice president", "secretary general", "secretary-general", "envoy",
            "special envoy", "special representative", "ambassador", "chairman", "chairwoman", "chair", "head",
            "deputy prime minister", "defence minister", "defense minister", "interior minister", "finance minister",
            "king", "emir", "crown prince", "chancellor", "secretary", "director general", "director-general",
            "commander", "governor", "spokesperson", "representative");
    private static final Pattern HOST = Pattern.compile("(?i)^\\s*(?:['\u2019]s\\s+)?(?:holds|hosts|hosted|held|is\\s+hosting|will\\s+host|convened|convenes|convenes|organi[sz]ed|organi[sz]es)\\b");
    private static final Pattern HOSTED_BY = Pattern.compile("(?i)\\b(?:hosted|organi[sz]ed|convened)\\s+by\\s+$");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at)\\s+(?:the\\s+(?:\\p{L}+\\s+)?(?:city|capital|town|resort|port)\\s+of\\s+)?$");
    private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}][\\p{Lu}\\p{L} .,'\u2019()-]{1,60}?\\s*(?:\\([^)]{1,30}\\))?\\s*[\u2013\u2014-]{1,2}\\s");
    private static final Pattern DATE_CUE_BEFORE = Pattern.compile("(?i)\\b(?:on|held|was\\s+held|took\\s+place|opened|began|met|convened)\\s*(?:on\\s+)?$");

    private final KnowledgeBase kb;

    public EventStage(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ENTITIES, Layer.TIMES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    /** The phrases of one event while they are collected. */
    private static final class Group {
        final String family;
        final List<EventMentions.EventMention> mentions = new ArrayList<>();

        Group(String family) {
            this.family = family;
        }

        Integer ordinal() {
            return mentions.stream().map(EventMentions.EventMention::ordinal).filter(o -> o != null).findFirst().orElse(null);
        }

        boolean named() {
            return mentions.stream().anyMatch(EventMentions.EventMention::named);
        }
    }

    @Override
    public Document apply(Document doc) {
        List<EventMentions.EventMention> found = EventMentions.find(doc);
        List<Group> groups = group(doc, found);
        List<Event> events = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (Group g : groups) {
            Event e = build(doc, g);
            events.add(e);
            scores.add(g.mentions.size() + (g.named() ? 2 : 0) + (e.date().value() != null || !e.date().candidates().isEmpty() ? 1 : 0)
                    + (e.place() != null ? 1 : 0) + (g.family.equals("gathering") ? 1 : 0)
                    + (inLead(doc, g) ? LEAD_BONUS : 0));
        }
        // the main event first: told in the title or lead (news puts its event first; what the body
        // recalls later is background), most phrases, named, dated, placed
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -scores.get(i)).thenComparingInt(i -> i));
        List<Event> sorted = new ArrayList<>();
        for (int i : order) {
            sorted.add(events.get(i));
        }
        return doc.withEvents(sorted);
    }

    /** Body sentences after the title that form the lead. */
    static final int LEAD_SENTENCES = 2;
    /** What being told in the title or lead adds to an event's claim to be the article's main event. */
    static final int LEAD_BONUS = 3;

    /** Whether one of the group's phrases is in the title or the first body sentences. */
    private static boolean inLead(Document doc, Group g) {
        int body = 0;
        int leadEnd = -1;
        for (int i = 0; i < doc.sentences().size(); i++) {
            if (doc.sentences().get(i).paragraph() >= 0 && ++body > LEAD_SENTENCES) {
                break;
            }
            leadEnd = i;
        }
        for (EventMentions.EventMention m : g.mentions) {
            if (m.sentence() <= leadEnd) {
                return true;
            }
        }
        return false;
    }

    private static String family(String type) {
        return GATHERINGS.contains(type) ? "gathering" : type;
    }

    private List<Group> group(Document doc, List<EventMentions.EventMention> found) {
        List<Group> groups = new ArrayList<>();
        for (EventMentions.EventMention m : found) {
            String fam = family(m.type());
            Group target = null;
            for (int gi = groups.size() - 1; gi >= 0 && target == null; gi--) {
                Group g = groups.get(gi);
                if (!g.family.equals(fam)) {
                    continue;
                }
                if (compatible(doc, m, g)) {
                    target = g;
                } else if (!m.named()) {
                    break; // "the meeting" refers to the latest meeting only
                }
            }
            if (target == null) {
                target = new Group(fam);
                groups.add(target);
            }
            target.mentions.add(m);
        }
        return groups;
    }

    private static boolean compatible(Document doc, EventMentions.EventMention m, Group g) {
        Integer go = g.ordinal();
        if (m.ordinal() != null && go != null) {
            return m.ordinal().equals(go);
        }
        if (!m.named() || !g.named()) {
            return true;
        }
        Set<String> a = nameWords(m.name());
        if (a.isEmpty()) {
            return true; // "the first round" names no body that could differ
        }
        for (EventMentions.EventMention x : g.mentions) {
            if (x.named()) {
                Set<String> b = nameWords(x.name());
                if (b.isEmpty()) {
                    return true;
                }
                b.retainAll(a);
                if (!b.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> nameWords(String name) {
        Set<String> out = new TreeSet<>();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.matches("The|Of|And|For|A|An")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    // ---- one event ---------------------------------------------------------------------------

    private Event build(Document doc, Group g) {
        List<Integer> sentences = new ArrayList<>();
        for (EventMentions.EventMention m : g.mentions) {
            if (!sentences.contains(m.sentence())) {
                sentences.add(m.sentence());
            }
        }
        // a sentence right after one about the event that lists who took part belongs to it
        List<Integer> withCues = new ArrayList<>(sentences);
        for (int si : sentences) {
            int next = si + 1;
            if (next < doc.sentences().size() && !withCues.contains(next)
                    && doc.sentences().get(next).paragraph() == doc.sentences().get(si).paragraph()
                    && STRONG_CUE.matcher(doc.text(doc.sentences().get(next).span())).find()) {
                withCues.add(next);
            }
        }
        withCues.sort(Comparator.naturalOrder());
        EventMentions.EventMention best = g.mentions.stream().filter(EventMentions.EventMention::named)
                .max(Comparator.comparingInt((EventMentions.EventMention m) -> m.name().length())).orElse(null);
        String type = best != null ? best.type() : g.mentions.get(0).type();
        String name = best == null ? null : cleanName(best.name());
        Event.Place place = place(doc, g, withCues);
        Event.EventDate date = date(doc, g, sentences);
        List<Event.Participant> participants = participants(doc, g, withCues, place);
        List<Span> evidence = new ArrayList<>();
        for (int si : withCues) {
            evidence.add(doc.sentences().get(si).span());
        }
        List<Span> mentionSpans = g.mentions.stream().map(EventMentions.EventMention::span).toList();
        return new Event(type, name, place, date, participants, mentionSpans, evidence);
    }

    private static String cleanName(String n) {
        return n.replaceFirst("(?i)^(?:the|a|an)\\s+", "").strip();
    }

    // ---- date --------------------------------------------------------------------------------

    private Event.EventDate date(Document doc, Group g, List<Integer> sentences) {
        String text = doc.text();
        TimeExpression best = null;
        int bestScore = Integer.MIN_VALUE;
        for (TimeExpression t : doc.times()) {
            if (!t.isPoint() || (t.value() != null && t.value().endsWith("_REF"))) {
                continue;
            }
            int si = doc.sentenceAt(t.span().start());
            if (!sentences.contains(si)) {
                continue;
            }
            boolean hasDay = t.day() != null || t.candidates().stream().anyMatch(c -> c.length() >= 10);
            if (!hasDay && (t.value() == null || !t.value().matches("\\d{4}-\\d{2}"))) {
                continue; // "this year", "in 2003", "next summer": not the day of a meeting
            }
            int score = 3;
            String before = text.substring(Math.max(0, t.span().start() - 20), t.span().start());
            if (DATE_CUE_BEFORE.matcher(before).find()) {
                score += 2;
            }
            if (hasDay) {
                score += 1;
            }
            if (t.value() != null) {
                score += 1;
            }
            if (text.substring(t.span().start(), t.span().end()).chars().anyMatch(Character::isDigit)) {
                score += 1; // "Friday, October 4" says more than "today"
            }
            int distance = Integer.MAX_VALUE;
            for (EventMentions.EventMention m : g.mentions) {
                if (m.sentence() == si) {
                    distance = Math.min(distance, Math.abs(t.span().start() - m.span().end()));
                }
            }
            score = score * 1000 - Math.min(999, distance);
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        if (best == null) {
            return Event.EventDate.NONE;
        }
        List<String> evidence = new ArrayList<>();
        String written = text.substring(best.span().start(), best.span().end());
        evidence.add("\u201c" + written + "\u201d in the sentence about it");
        if (best.conflict() != null) {
            evidence.add("conflict: " + best.conflict());
        }
        evidence.addAll(best.evidence());
        return new Event.EventDate(best.value(), best.candidates(), evidence, best.span(), written);
    }

    // ---- place -------------------------------------------------------------------------------

    private Event.Place place(Document doc, Group g, List<Integer> sentences) {
        String text = doc.text();
        List<Token> toks = doc.tokens();
        Mention bestCity = null;
        Mention bestCountry = null;
        Mention bestOther = null;
        String bestCountryWhy = null;
        for (int si : sentences) {
            Sentence s = doc.sentences().get(si);
            for (Mention m : doc.mentions()) {
                if (!s.span().contains(m.span()) || m.type() != EntityType.LOCATION || m.entity() < 0 || m.kind() != MentionKind.NAME) {
                    continue;
                }
                if (inDateline(doc, m)) {
                    continue;
                }
                String before = text.substring(Math.max(s.span().start(), m.span().start() - 40), m.span().start());
                if (!PLACE_BEFORE.matcher(before).find()) {
                    continue;
                }
                if (!nearEventPhrase(doc, g, si, m, toks)) {
                    continue;
                }
                KnowledgeEntry e = entry(doc.entities().get(m.entity()));
                String kind = e == null ? "" : e.kind();
                if (kind.equals("city")) {
                    if (bestCity == null) {
                        bestCity = m;
                    }
                } else if (kind.equals("country")) {
                    if (bestCountry == null) {
                        bestCountry = m;
                        bestCountryWhy = "\u201c" + text.substring(Math.max(s.span().start(), m.span().start() - 8), m.span().end()).strip() + "\u201d";
                    }
                } else if (bestOther == null && e == null) {
                    bestOther = m;
                }
            }
        }
        if (bestCity != null) {
            LocalEntity ce = doc.entities().get(bestCity.entity());
            KnowledgeEntry city = entry(ce);
            KnowledgeEntry country = city == null ? null : kb.get(city.first("country"));
            String cityName = city != null ? city.name() : ce.name();
            String countryName = country != null ? country.name() : null;
            return new Event.Place(countryName == null ? cityName : cityName + ", " + countryName, cityName, countryName,
                    city == null ? null : city.id(), bestCity.span(), "\u201c" + bestCity.text() + "\u201d named as where it took place");
        }
        if (bestCountry != null) {
            KnowledgeEntry country = entry(doc.entities().get(bestCountry.entity()));
            return new Event.Place(country.name(), null, country.name(), country.id(), bestCountry.span(),
                    bestCountryWhy + " named as where it took place");
        }
        if (bestOther != null) {
            String n = doc.entities().get(bestOther.entity()).name();
            return new Event.Place(n, null, null, null, bestOther.span(), "\u201c" + bestOther.text() + "\u201d named as where it took place");
        }
        // the host: "Russia holds talks", "hosted by Qatar"
        KnowledgeEntry host = host(doc, g, sentences);
        if (host != null) {
            String capital = host.first("capital");
            if (capital != null && capitalNamed(doc, capital)) {
                return new Event.Place(capital + ", " + host.name(), capital, host.name(), host.id(), null,
                        "hosted by " + host.name() + "; its capital " + capital + " is named in the article");
            }
            return new Event.Place(host.name(), null, host.name(), host.id(), null, "hosted by " + host.name());
        }
        return null;
    }

    /** The place is said in the same clause as the event phrase: after it, or after "held"/"met" near it. */
    private static boolean nearEventPhrase(Document doc, Group g, int si, Mention m, List<Token> toks) {
        for (EventMentions.EventMention em : g.mentions) {
            if (em.sentence() != si) {
                continue;
            }
            int placeToken = tokenAt(toks, m.span().start());
            if (placeToken < 0) {
                continue;
            }
            if (placeToken >= em.end() && placeToken - em.end() <= 14) {
                return true;
            }
            if (placeToken < em.first() && placeToken - doc.sentences().get(si).tokens().first() <= 3) {
                return true; // "In Moscow, the talks ..."
            }
        }
        // "was held on Friday, June 21, in the city of Almaty" with the phrase further back in the sentence
        Sentence s = doc.sentences().get(si);
        String upTo = doc.text().substring(s.span().start(), m.span().start());
        return upTo.matches("(?is).*\\b(?:held|took\\s+place|convened|hosted|met|gathered)\\b[^.;]{0,80}$");
    }

    private static boolean inDateline(Document doc, Mention m) {
        for (Span p : doc.paragraphs()) {
            if (p.contains(m.span()) && m.span().start() - p.start() < 60) {
                String head = doc.text().substring(p.start(), Math.min(p.end(), p.start() + 80));
                Matcher d = DATELINE.matcher(head);
                if (d.lookingAt() && m.span().end() <= p.start() + d.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private KnowledgeEntry host(Document doc, Group g, List<Integer> sentences) {
        String text = doc.text();
        for (int si : sentences) {
            Sentence s = doc.sentences().get(si);
            for (Mention m : doc.mentions()) {
                if (!s.span().contains(m.span()) || m.entity() < 0) {
                    continue;
                }
                KnowledgeEntry e = entry(doc.entities().get(m.entity()));
                if (e == null || !e.kind().equals("country")) {
                    continue;
                }
                String after = text.substring(m.span().end(), Math.min(s.span().end(), m.span().end() + 30));
                String before = text.substring(Math.max(s.span().start(), m.span().start() - 25), m.span().start());
                if (HOST.matcher(after).lookingAt() || HOSTED_BY.matcher(before).find()) {
                    return e;
                }
            }
        }
        return null;
    }

    private boolean capitalNamed(Document doc, String capital) {
        for (LocalEntity e : doc.entities()) {
            KnowledgeEntry k = entry(e);
            if (k != null && k.kind().equals("city") && k.name().equalsIgnoreCase(capital)) {
                return true;
            }
            if (k == null && e.type() == EntityType.LOCATION && e.name().equalsIgnoreCase(capital)) {
                return true;
            }
        }
        return false;
    }

    // ---- participants ------------------------------------------------------------------------

    private List<Event.Participant> participants(Document doc, Group g, List<Integer> sentences, Event.Place place) {
        String text = doc.text();
        Map<String, Event.Participant> out = new LinkedHashMap<>();
        List<Integer> persons = new ArrayList<>();
        // 1. people named in the sentences about the event
        for (int si : sentences) {
            Sentence s = doc.sentences().get(si);
            for (Mention m : doc.mentions()) {
                if (!s.span().contains(m.span()) || m.entity() < 0 || m.kind() == MentionKind.PRONOUN) {
                    continue;
                }
                LocalEntity e = doc.entities().get(m.entity());
                if (e.type() == EntityType.PERSON && !outsider(e) && !persons.contains(e.id())) {
                    persons.add(e.id());
                    add(out, person(e, "named in a sentence about it"));
                }
            }
        }
        // 2. officials in a paragraph about the event: "Secretary General X presented a report"
        Set<Integer> paragraphs = new TreeSet<>();
        for (EventMentions.EventMention m : g.mentions) {
            paragraphs.add(doc.sentences().get(m.sentence()).paragraph());
        }
        for (LocalEntity e : doc.entities()) {
            if (e.type() != EntityType.PERSON || persons.contains(e.id()) || outsider(e) || !official(e)) {
                continue;
            }
            for (int mi : e.mentions()) {
                int si = doc.sentenceAt(doc.mentions().get(mi).span().start());
                if (si >= 0 && paragraphs.contains(doc.sentences().get(si).paragraph()) && doc.sentences().get(si).paragraph() >= 0) {
                    persons.add(e.id());
                    add(out, person(e, "an official named in the same paragraph"));
                    break;
                }
            }
        }
        // 3. lists after "attended by", "with the participation of", ...
        List<Span> names = new ArrayList<>();
        for (EventMentions.EventMention m : g.mentions) {
            if (m.nameSpan() != null) {
                names.add(m.nameSpan());
            }
        }
        for (int si : sentences) {
            lists(doc, doc.sentences().get(si), names, out, persons);
        }
        // 4. affiliations of the people taking part
        for (int pid : new ArrayList<>(persons)) {
            LocalEntity p = doc.entities().get(pid);
            for (Role r : p.roles()) {
                if (r.affiliation() == null) {
                    continue;
                }
                Event.Participant a = affiliation(doc, r.affiliation(), "affiliation of " + p.name());
                if (a != null) {
                    add(out, a);
                }
            }
        }
        // 5. the body the event's name names, and "Russia-initiated"
        for (EventMentions.EventMention m : g.mentions) {
            if (m.nameSpan() == null) {
                continue;
            }
            for (Mention x : doc.mentions()) {
                if (!m.nameSpan().contains(x.span()) || x.entity() < 0) {
                    continue;
                }
                LocalEntity e = doc.entities().get(x.entity());
                if (e.type() == EntityType.ORGANIZATION) {
                    add(out, entityParticipant(e, "named in the event's name"));
                    for (KnowledgeEntry inner : innerBodies(e.name())) {
                        add(out, new Event.Participant(inner.name(), Event.Participant.ORGANIZATION, -1, inner.id(), "named in the event's name"));
                    }
                }
            }
            Matcher init = Pattern.compile("([\\p{Lu}][\\p{L}]+)-(?:initiated|led|hosted|sponsored|brokered|organi[sz]ed)").matcher(text.substring(m.nameSpan().start(), m.nameSpan().end()));
            while (init.find()) {
                KnowledgeEntry c = kb.country(init.group(1));
                if (c != null) {
                    add(out, new Event.Participant(c.name(), Event.Participant.COUNTRY, -1, c.id(), "\u201c" + init.group() + "\u201d"));
                }
            }
        }
        // 6. the host country
        KnowledgeEntry host = host(doc, g, sentences);
        if (host != null) {
            add(out, new Event.Participant(host.name(), Event.Participant.COUNTRY, -1, host.id(), "the host"));
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Event.Participant> out, Event.Participant p) {
        if (p == null) {
            return;
        }
        String key = p.knowledgeId() != null ? p.knowledgeId() : p.name().toLowerCase(Locale.ROOT);
        out.putIfAbsent(key, p);
    }

    private static boolean outsider(LocalEntity e) {
        for (Role r : e.roles()) {
            if (r.title() != null && NOT_PARTICIPANT_TITLES.contains(r.title())) {
                return true;
            }
        }
        return false;
    }

    private static boolean official(LocalEntity e) {
        for (Role r : e.roles()) {
            if (r.title() != null && (OFFICIAL_TITLES.contains(r.title()) || r.title().endsWith("minister"))) {
                return true;
            }
        }
        return false;
    }

    private static Event.Participant person(LocalEntity e, String how) {
        return new Event.Participant(e.name(), isNamed(e) ? Event.Participant.PERSON : Event.Participant.DESCRIPTION,
                e.id(), e.knowledgeId(), how);
    }

    private static boolean isNamed(LocalEntity e) {
        return e.name() != null && !e.name().isBlank() && Character.isUpperCase(e.name().charAt(0))
                && !e.name().matches("(?i)(?:a|an|the)\\s.*") && !e.name().contains("\u2019s ") && !e.name().contains("'s ");
    }

    private Event.Participant entityParticipant(LocalEntity e, String how) {
        KnowledgeEntry k = entry(e);
        if (k != null && isMedia(k)) {
            return null;
        }
        String kind = switch (e.type()) {
            case PERSON -> isNamed(e) ? Event.Participant.PERSON : Event.Participant.DESCRIPTION;
            case LOCATION -> Event.Participant.COUNTRY;
            default -> Event.Participant.ORGANIZATION;
        };
        if (e.type() == EntityType.LOCATION && (k == null || !k.kind().equals("country"))) {
            return null; // a city or region is where, not who
        }
        return new Event.Participant(k != null ? k.name() : e.name(), kind, e.id(), k == null ? null : k.id(), how);
    }

    private static boolean isMedia(KnowledgeEntry k) {
        return k.id().startsWith("media:") || k.kind().equals("media") || k.kind().equals("news_agency");
    }

    /** "Council of Foreign Ministers of the Collective Security Treaty Organization" names the CSTO too. */
    private List<KnowledgeEntry> innerBodies(String name) {
        List<KnowledgeEntry> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\bof\\s+(?:the\\s+)?").matcher(name);
        while (m.find()) {
            String rest = name.substring(m.end()).strip();
            if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
                continue;
            }
            for (KnowledgeEntry k : kb.lookup(rest)) {
                if (k.type() == EntityType.ORGANIZATION && !out.contains(k)) {
                    out.add(k);
                    break;
                }
            }
        }
        return out;
    }

    private Event.Participant affiliation(Document doc, String affiliation, String how) {
        KnowledgeEntry c = kb.country(affiliation);
        if (c != null) {
            return new Event.Participant(c.name(), Event.Participant.COUNTRY, -1, c.id(), how);
        }
        for (KnowledgeEntry k : kb.lookup(affiliation)) {
            if (k.type() == EntityType.ORGANIZATION && !isMedia(k)) {
                return new Event.Participant(k.name(), Event.Participant.ORGANIZATION, -1, k.id(), how);
            }
        }
        for (LocalEntity e : doc.entities()) {
            if (e.type() == EntityType.ORGANIZATION && e.name().equalsIgnoreCase(affiliation)) {
                return entityParticipant(e, how);
            }
        }
        return null;
    }

    /** Entities (and descriptions of unnamed ones) listed after a participation cue, or before "took part". */
    private static boolean insideName(List<Span> names, int offset) {
        for (Span n : names) {
            if (n.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    private void lists(Document doc, Sentence s, List<Span> names, Map<String, Event.Participant> out, List<Integer> persons) {
        String text = doc.text();
        String sent = text.substring(s.span().start(), s.span().end());
        Matcher cue = CUE.matcher(sent);
        List<int[]> ranges = new ArrayList<>();
        int covered = -1;
        while (cue.find()) {
            int at = s.span().start() + cue.start();
            if (at < covered || insideName(names, at)) {
                continue; // "Council of Foreign Ministers of ..." is a name, not a list
            }
            int from = s.span().start() + cue.end();
            int end = listEnd(doc, s, from);
            ranges.add(new int[]{from, end});
            covered = end;
        }
        Matcher before = CUE_BEFORE.matcher(sent);
        if (before.find()) {
            ranges.add(new int[]{s.span().start(), s.span().start() + before.start()});
        }
        for (int[] r : ranges) {
            String list = text.substring(r[0], r[1]);
            for (Mention m : doc.mentions()) {
                if (m.span().start() < r[0] || m.span().end() > r[1] || m.entity() < 0 || m.kind() == MentionKind.PRONOUN) {
                    continue;
                }
                String pre = text.substring(Math.max(r[0], m.span().start() - 12), m.span().start()).toLowerCase(Locale.ROOT);
                if (pre.matches("(?s).*\\b(?:for|on|about|over|against|regarding|towards|toward|in)\\s+(?:the\\s+)?$")) {
                    continue; // "Special Envoy for Afghanistan": the subject, not a participant
                }
                LocalEntity e = doc.entities().get(m.entity());
                Event.Participant p = entityParticipant(e, "listed as taking part");
                if (p != null) {
                    add(out, p);
                    if (e.type() == EntityType.PERSON && !persons.contains(e.id())) {
                        persons.add(e.id());
                    }
                }
            }
            // descriptions of participants the article does not name: "envoys from several regional countries"
            int offset = r[0];
            for (String item : list.split("[,;]|\\band\\b")) {
                int at = text.indexOf(item, offset);
                if (at < 0) {
                    continue;
                }
                offset = at + item.length();
                String it = item.strip();
                if (it.isEmpty() || !PEOPLE.matcher(it).find()) {
                    continue;
                }
                Span sp = new Span(at, at + item.length());
                boolean hasEntity = false;
                for (Mention m : doc.mentions()) {
                    if (sp.overlaps(m.span()) && m.entity() >= 0 && m.kind() == MentionKind.NAME) {
                        hasEntity = true;
                        break;
                    }
                }
                if (!hasEntity) {
                    String d = it.replaceFirst("(?i)^(?:and|or)\\s+", "").replaceAll("[.\\s]+$", "");
                    add(out, new Event.Participant(d, Event.Participant.DESCRIPTION, -1, null, "listed as taking part"));
                }
            }
        }
    }

    /** Where a participant list ends: at a verb or a preposition, at a lower-case word after a comma, or at the end of the sentence. */
    private static int listEnd(Document doc, Sentence s, int from) {
        List<Token> toks = doc.tokens();
        boolean afterComma = false;
        for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
            Token t = toks.get(i);
            if (t.start() < from) {
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";")) {
                afterComma = true;
                continue;
            }
            if (LIST_STOP.contains(w)) {
                return t.start();
            }
            if (afterComma && Character.isLowerCase(t.word().charAt(0)) && !LIST_GLUE.contains(w) && !PEOPLE.matcher(w).matches()) {
                return t.start();
            }
            afterComma = false;
        }
        return s.span().end();
    }

    private KnowledgeEntry entry(LocalEntity e) {
        return e == null || e.knowledgeId() == null ? null : kb.get(e.knowledgeId());
    }

    private static int tokenAt(List<Token> toks, int offset) {
        int lo = 0;
        int hi = toks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = toks.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
