package org.crosscheck.engine.entities;

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
import org.crosscheck.engine.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entities within one article. Starting from the NER names it
 * <ol>
 *   <li>adds names the knowledge base knows ("Islamic Emirate", "interim Afghan government") and
 *       corrects their class;</li>
 *   <li>completes names NER cut short ("Moscow" + "Format", "Taliban" + "government") and
 *       "Afghan soil"-style references to a country;</li>
 *   <li>attaches titles and roles to people, before the name or in an apposition;</li>
 *   <li>finds descriptions ("the Russian top diplomat", "the current government of Afghanistan")
 *       and links each to the person holding that office, or the group governing that country;</li>
 *   <li>links acronyms to the names they abbreviate, surnames to full names;</li>
 * </ol>
 * and groups the mentions into {@link LocalEntity entities}. Cross-article identity is the
 * {@link EntityResolver}'s work.
 */
public final class EntityStage implements Stage {

    private static final Set<String> NAME_TAILS = Set.of("format", "group", "process", "agreement", "accord",
            "accords", "summit", "council", "forum", "conference", "talks", "dialogue", "initiative", "declaration",
            "treaty", "organization", "organisation", "alliance", "coalition", "movement", "party", "front",
            "committee", "commission", "union", "league", "army", "force", "forces", "agency", "ministry");
    /** Lower-case words that follow an organisation's name without changing what it names. */
    private static final Set<String> GENERIC_ORG_TAILS = Set.of("group", "movement", "organization",
            "organisation", "militants", "militia");
    /** Lower-case event nouns that may follow a series' name ("... Format talks"); the name's key drops them. */
    static final Set<String> EVENT_NOUNS = Set.of("talks", "meeting", "meetings", "consultations", "summit",
            "summits", "round", "rounds", "conference", "session", "sessions");
    private static final Set<String> GOVERNMENT_HEADS = Set.of("government", "govt", "govt.", "leadership",
            "authorities", "administration", "regime", "rulers", "cabinet");
    private static final Set<String> GOVERNMENT_QUALIFIERS = Set.of("current", "interim", "de", "facto", "new",
            "ruling", "caretaker", "transitional", "present", "incumbent");
    private static final Set<String> TERRITORY = Set.of("soil", "territory", "territories", "land", "airspace",
            "borders");
    private static final Set<String> ANAPHORIC_ORG = Set.of("regime", "group", "movement", "government",
            "organisation", "organization", "administration");

    private final KnowledgeBase kb;
    private final NameMatcher matcher;

    public EntityStage(KnowledgeBase kb) {
        this.kb = kb;
        this.matcher = new NameMatcher(kb.namesAsWritten());
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ENTITIES);
    }

    /** A mention while it is being worked on. */
    private static final class Work {
        int first;
        int end;
        EntityType type;
        MentionKind kind;
        String source;
        String kbId;
        Role role;
        TitleLexicon.Title title;
        String affiliationKey;
        int sentence;
        int linkTo = -1;
        boolean unnamed;
        Work appositiveOf;

        Work(int first, int end, EntityType type, MentionKind kind, String source, int sentence) {
            this.first = first;
            this.end = end;
            this.type = type;
            this.kind = kind;
            this.source = source;
            this.sentence = sentence;
        }
    }

    @Override
    public Document apply(Document doc) {
        List<Token> toks = doc.tokens();
        List<Work> work = new ArrayList<>();
        // 1. NER names, as token ranges
        for (Mention m : doc.mentions()) {
            int f = tokenAt(toks, m.span().start());
            int e = tokenEndingAt(toks, m.span().end());
            if (f < 0 || e <= f) {
                continue;
            }
            work.add(new Work(f, e, m.type(), m.kind(), m.source(), doc.sentenceAt(m.span().start())));
        }
        stripLeadingTitles(toks, work);
        dropHeadlineGuesses(doc, toks, work);
        // 2. knowledge-base names
        for (int si = 0; si < doc.sentences().size(); si++) {
            Sentence s = doc.sentences().get(si);
            List<Token> st = doc.tokens(s);
            for (NameMatcher.Match nm : matcher.find(st)) {
                int f = s.tokens().first() + nm.first();
                int e = s.tokens().first() + nm.end();
                KnowledgeEntry entry = pick(nm.ids());
                merge(work, f, e, entry, si);
            }
        }
        outletNames(doc, toks, work);
        work.sort(Comparator.comparingInt((Work w) -> w.first).thenComparingInt(w -> -w.end));
        removeNested(work);
        // 3. completions
        boolean[] starts = new boolean[toks.size() + 1];
        for (Work w : work) {
            starts[w.first] = true;
        }
        for (Work w : work) {
            extend(doc, toks, w, k -> starts[k]);
        }
        removeNested(work);
        ministries(doc, toks, work);
        boolean[] inName = new boolean[toks.size()];
        for (Work w : work) {
            for (int k = w.first; k < w.end; k++) {
                inName[k] = true;
            }
        }
        RoleFinder roles = new RoleFinder(kb.titles(), k -> k >= 0 && k < inName.length && inName[k]);
        // 4. roles next to names, and descriptions
        boolean[] inRole = new boolean[toks.size()];
        for (Work w : work) {
            if (w.type != EntityType.PERSON || w.kind != MentionKind.NAME) {
                continue;
            }
            Sentence s = doc.sentences().get(w.sentence);
            RoleFinder.Found r = roles.before(toks, s.tokens().first(), w.first);
            if (r == null) {
                r = roles.after(toks, w.end, s.tokens().end());
            }
            if (r != null) {
                w.role = role(doc, toks, r);
                w.title = r.title();
                w.affiliationKey = affiliationKey(r.affiliation());
                for (int k = r.first(); k < r.end(); k++) {
                    inRole[k] = true;
                }
            }
        }
        List<Work> descriptions = new ArrayList<>();
        for (int si = 0; si < doc.sentences().size(); si++) {
            Sentence s = doc.sentences().get(si);
            for (int k = s.tokens().first(); k < s.tokens().end(); k++) {
                if (inRole[k] || inName[k] || !kb.titles().isHead(RoleFinder.lower(toks.get(k)))) {
                    continue;
                }
                if (k + 1 < s.tokens().end() && (inName[k + 1] || kb.titles().isHead(RoleFinder.lower(toks.get(k + 1))))) {
                    continue; // a title before a name, or part of a longer title
                }
                RoleFinder.Found d = roles.description(toks, s.tokens().first(), k + 1);
                if (d == null) {
                    continue;
                }
                Work w = new Work(d.first(), d.end(), EntityType.PERSON, MentionKind.DESCRIPTION, "description", si);
                w.role = role(doc, toks, d);
                w.title = d.title();
                w.affiliationKey = affiliationKey(d.affiliation());
                w.unnamed = !d.title().office() || !lowerAt(toks, d.first()).equals("the") && d.affiliation() == null;
                // "the company's lawyer, Ines Duarte,": the description is the name's role
                Work named = appositiveName(toks, work, d.end(), s.tokens().end());
                if (named != null) {
                    w.appositiveOf = named;
                    w.unnamed = false;
                    if (named.role == null) {
                        named.role = w.role;
                        named.title = w.title;
                        named.affiliationKey = w.affiliationKey;
                    }
                }
                descriptions.add(w);
                for (int x = d.first(); x < d.end(); x++) {
                    inRole[x] = true;
                }
            }
        }
        List<Work> orgDescriptions = governmentDescriptions(doc, toks, inName, work);
        work.addAll(descriptions);
        work.addAll(orgDescriptions);
        // the order of Document.mentions(): by start, then end
        work.sort(Comparator.comparingInt((Work w) -> w.first).thenComparingInt(w -> w.end));
        // 5. acronyms
        Map<Integer, Integer> acronymLinks = acronyms(toks, work);
        // 6. group
        Grouped g = group(doc, toks, work, acronymLinks);
        return doc.withEntities(g.mentions(), g.entities());
    }

    /**
     * "Governor Pence" tagged as one name: the title is not part of the name. The name keeps the
     * capitalised words after the title (a person); the role finder then reads the title as its role.
     */
    private void stripLeadingTitles(List<Token> toks, List<Work> work) {
        for (Work w : work) {
            if (w.kind != MentionKind.NAME || w.end - w.first < 2) {
                continue;
            }
            int k = w.first;
            while (k < w.end - 1 && kb.titles().isHead(RoleFinder.lower(toks.get(k)))) {
                k++;
            }
            if (k > w.first && Character.isUpperCase(toks.get(k).word().charAt(0))) {
                w.first = k;
                w.type = EntityType.PERSON;
            }
        }
    }

    /**
     * Headlines in Title Case defeat a tagger trained on sentence case ("Voters Worried" becomes an
     * organisation). In such a title, keep only names the body also writes, or the knowledge base knows.
     */
    private static void dropHeadlineGuesses(Document doc, List<Token> toks, List<Work> work) {
        if (doc.title() == null || doc.sentences().isEmpty() || doc.sentences().get(0).paragraph() != -1) {
            return;
        }
        int capital = 0;
        int words = 0;
        for (Sentence s : doc.sentences()) {
            if (s.paragraph() != -1) {
                break;
            }
            for (Token t : doc.tokens(s)) {
                if (Character.isLetter(t.word().charAt(0))) {
                    words++;
                    if (Character.isUpperCase(t.word().charAt(0))) {
                        capital++;
                    }
                }
            }
        }
        if (words < 3 || capital * 10 < words * 6) {
            return; // a sentence-case title: the tagger reads it like any sentence
        }
        // names the body writes, with their class there
        Map<String, EntityType> bodyNames = new HashMap<>();
        int titleEnd = doc.title().end();
        for (Work w : work) {
            if (toks.get(w.first).start() >= titleEnd) {
                bodyNames.putIfAbsent(RoleFinder.join(toks, w.first, w.end), w.type);
                bodyNames.putIfAbsent(toks.get(w.end - 1).word(), w.type); // a surname alone in the title
            }
        }
        List<Work> keep = new ArrayList<>();
        for (Work w : work) {
            if (toks.get(w.first).start() >= titleEnd || w.kbId != null) {
                keep.add(w);
                continue;
            }
            // the longest stretch of the title's guess that the body writes as a name
            Work best = null;
            for (int a = w.first; a < w.end; a++) {
                for (int b = w.end; b > a; b--) {
                    EntityType t = bodyNames.get(RoleFinder.join(toks, a, b));
                    if (t != null && (best == null || b - a > best.end - best.first)) {
                        best = new Work(a, b, t, w.kind, w.source, w.sentence);
                    }
                }
            }
            if (best != null) {
                keep.add(best);
            }
        }
        work.clear();
        work.addAll(keep);
    }

    /**
     * The article's own outlet, when metadata names it, is a name in its text too ("Two Rivers Radio
     * reported ..." even where the tagger reads "Two" as a number).
     */
    private static void outletNames(Document doc, List<Token> toks, List<Work> work) {
        String outlet = doc.meta().outlet();
        if (outlet == null || outlet.isBlank()) {
            return;
        }
        String[] words = NameMatcher.words(outlet.strip());
        if (words.length == 0 || !Character.isUpperCase(words[0].charAt(0))) {
            return;
        }
        KnowledgeEntry entry = new KnowledgeEntry("outlet:" + KnowledgeBase.key(outlet), EntityType.ORGANIZATION,
                outlet.strip(), List.of(), Map.of("kind", List.of("media")), "metadata");
        for (int i = 0; i + words.length <= toks.size(); i++) {
            boolean ok = true;
            for (int k = 0; k < words.length && ok; k++) {
                ok = NameMatcher.sameWord(words[k], toks.get(i + k).norm().replace('\u2019', '\''));
            }
            if (ok) {
                merge(work, i, i + words.length, entry, doc.sentenceAt(toks.get(i).start()));
            }
        }
    }

    /** The person name right after ", " at token {@code at}, closed by a comma or the sentence end. */
    private static Work appositiveName(List<Token> toks, List<Work> work, int at, int sentenceEnd) {
        if (at >= sentenceEnd || !toks.get(at).word().equals(",")) {
            return null;
        }
        for (Work w : work) {
            if (w.first == at + 1 && w.type == EntityType.PERSON && w.kind == MentionKind.NAME
                    && (w.end == sentenceEnd || w.end < toks.size() && ",;.".contains(toks.get(w.end).word()))) {
                return w;
            }
        }
        return null;
    }

    private KnowledgeEntry pick(List<String> ids) {
        KnowledgeEntry best = null;
        for (String id : ids) {
            KnowledgeEntry e = kb.get(id);
            if (e != null && (best == null || rank(e) > rank(best))) {
                best = e;
            }
        }
        return best;
    }

    /** When one name fits several entries, prefer countries and governing groups over cities and others. */
    private static int rank(KnowledgeEntry e) {
        return switch (e.kind()) {
            case "country" -> 5;
            case "organisation", "organization", "government", "group", "armed_group" -> 4;
            case "city" -> 3;
            default -> 2;
        };
    }

    /** Adds a knowledge-base match: it replaces NER mentions it covers, and is dropped inside a longer one. */
    private static void merge(List<Work> work, int f, int e, KnowledgeEntry entry, int sentence) {
        if (entry == null) {
            return;
        }
        for (Work w : work) {
            if (w.first <= f && e <= w.end && (w.end - w.first) > (e - f)) {
                if (w.kbId == null && w.first == f && w.end == e) {
                    w.kbId = entry.id();
                }
                return; // inside a longer mention
            }
        }
        work.removeIf(w -> f <= w.first && w.end <= e);
        for (Work w : work) {
            if (w.first < e && f < w.end) {
                return; // crosses another mention: leave NER's choice
            }
        }
        Work w = new Work(f, e, entry.type(), MentionKind.NAME, "knowledge", sentence);
        w.kbId = entry.id();
        work.add(w);
    }

    private static void removeNested(List<Work> work) {
        work.sort(Comparator.comparingInt((Work w) -> w.first).thenComparingInt(w -> -w.end));
        List<Work> keep = new ArrayList<>();
        int reach = -1;
        for (Work w : work) {
            if (w.first < reach) {
                continue;
            }
            keep.add(w);
            reach = w.end;
        }
        work.clear();
        work.addAll(keep);
    }

    /** "Moscow" + "Format" is a name; "Taliban" + "government" is the Taliban; "Afghan soil" is Afghanistan. */
    private void extend(Document doc, List<Token> toks, Work w, java.util.function.IntPredicate startsMention) {
        Sentence s = doc.sentences().get(w.sentence);
        int limit = s.tokens().end();
        if (w.kind != MentionKind.NAME) {
            return;
        }
        int e = w.end;
        KnowledgeEntry known = w.kbId == null ? null : kb.get(w.kbId);
        boolean knownOrg = known != null && known.type() == EntityType.ORGANIZATION;
        while (e < limit && e - w.end < 3 && !startsMention.test(e)) {
            Token t = toks.get(e);
            String lw = RoleFinder.lower(t);
            if (NAME_TAILS.contains(lw) && Character.isUpperCase(t.word().charAt(0))
                    || knownOrg && e == w.end && GENERIC_ORG_TAILS.contains(t.word())) {
                e++;
            } else {
                break;
            }
        }
        if (e > w.end && known != null && known.type() == EntityType.ORGANIZATION) {
            w.end = e; // "Islamic State group", "Taliban movement": the same organisation
            return;
        }
        if (e > w.end && w.type != EntityType.PERSON) {
            String tail = RoleFinder.lower(toks.get(e - 1));
            w.end = e;
            w.type = tail.equals("talks") || tail.equals("format") || tail.equals("summit") || tail.equals("conference")
                    || tail.equals("forum") || tail.equals("process") || tail.equals("dialogue")
                    || tail.equals("agreement") || tail.equals("accord") || tail.equals("treaty")
                    || tail.equals("declaration") || tail.equals("initiative")
                    ? EntityType.MISC : EntityType.ORGANIZATION;
            w.kbId = null;
            w.source = w.source + "+tail";
            if (e < limit && EVENT_NOUNS.contains(toks.get(e).word())) {
                w.end = e + 1; // "Moscow Format talks": the series' name with its event noun
            }
            return;
        }
        if (w.end < limit) {
            String next = RoleFinder.lower(toks.get(w.end));
            KnowledgeEntry entry = w.kbId == null ? null : kb.get(w.kbId);
            if (GOVERNMENT_HEADS.contains(next) && entry != null && !entry.attribute("governs").isEmpty()) {
                w.end++;
                w.source = w.source + "+government";
            } else if (TERRITORY.contains(next)) {
                KnowledgeEntry country = entry != null && entry.kind().equals("country") ? entry
                        : kb.country(doc.text(new Span(toks.get(w.first).start(), toks.get(w.end - 1).end())));
                if (country != null) {
                    w.end++;
                    w.kbId = country.id();
                    w.type = EntityType.LOCATION;
                    w.source = w.source + "+territory";
                }
            }
        }
    }

    /**
     * Gives ministries their {@code min:} id: the country comes from the name, the word before it
     * ("Russia's", "Russian"), or, when the article names none, the country it mentions most.
     */
    private void ministries(Document doc, List<Token> toks, List<Work> work) {
        String dominant = null;
        Map<String, Integer> countries = new HashMap<>();
        for (Work w : work) {
            KnowledgeEntry e = w.kbId == null ? null : kb.get(w.kbId);
            if (e != null && e.kind().equals("country")) {
                countries.merge(e.id(), 1, Integer::sum);
            }
        }
        if (!countries.isEmpty()) {
            dominant = countries.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        }
        for (Work w : new ArrayList<>(work)) {
            if (w.type == EntityType.PERSON || w.kind != MentionKind.NAME) {
                continue;
            }
            String text = RoleFinder.join(toks, w.first, w.end);
            if (!text.toLowerCase(Locale.ROOT).contains("ministry")) {
                continue;
            }
            Ministries.Parsed p = Ministries.parse(text);
            if (p == null) {
                continue;
            }
            String country = null;
            if (p.countryWord() != null) {
                KnowledgeEntry c = kb.country(p.countryWord());
                country = c == null ? null : c.id();
            }
            int extendTo = -1;
            if (country == null && w.first >= 1) {
                int b = w.first - 1;
                boolean possessive = RoleFinder.lower(toks.get(b)).equals("'s");
                int cw = possessive ? b - 1 : b;
                if (cw >= 0) {
                    KnowledgeEntry c = kb.country(toks.get(cw).word());
                    if (c != null && Character.isUpperCase(toks.get(cw).word().charAt(0))) {
                        country = c.id();
                        extendTo = cw;
                    }
                }
            }
            if (country == null) {
                country = nearestCountry(doc, toks, work, w);
            }
            if (country == null) {
                country = dominant;
            }
            if (country == null) {
                continue;
            }
            if (extendTo >= 0) {
                final int from = extendTo;
                work.removeIf(o -> o != w && o.first >= from && o.end <= w.first);
                w.first = from;
            }
            w.type = EntityType.ORGANIZATION;
            w.kbId = Ministries.id(p.portfolio(), country);
        }
    }

    /** The country named or implied (a demonym) closest before a mention, in its sentence or the two before. */
    private String nearestCountry(Document doc, List<Token> toks, List<Work> work, Work target) {
        Work best = null;
        for (Work o : work) {
            if (o == target || o.end > target.first || o.sentence < target.sentence - 2) {
                continue;
            }
            if (best == null || o.end > best.end) {
                KnowledgeEntry c = countryOf(toks, o);
                if (c != null) {
                    best = o;
                }
            }
        }
        KnowledgeEntry c = best == null ? null : countryOf(toks, best);
        return c == null ? null : c.id();
    }

    private KnowledgeEntry countryOf(List<Token> toks, Work o) {
        KnowledgeEntry e = o.kbId == null ? null : kb.get(o.kbId);
        if (e != null) {
            return e.kind().equals("country") ? e : null;
        }
        if (o.end - o.first == 1 && o.type == EntityType.MISC) {
            return kb.country(toks.get(o.first).word());
        }
        return null;
    }

    /**
     * "the current government of Afghanistan", "Afghanistan's current leadership", "the interim Afghan
     * government": the entry that governs the country; "the regime" alone: the governing group named
     * in the sentences just before.
     */
    private List<Work> governmentDescriptions(Document doc, List<Token> toks, boolean[] inName, List<Work> names) {
        List<Work> out = new ArrayList<>();
        for (int si = 0; si < doc.sentences().size(); si++) {
            Sentence s = doc.sentences().get(si);
            int sf = s.tokens().first();
            for (int k = sf; k < s.tokens().end(); k++) {
                String head = RoleFinder.lower(toks.get(k));
                if (!GOVERNMENT_HEADS.contains(head) && !ANAPHORIC_ORG.contains(head) || inName[k]) {
                    continue;
                }
                // walk left over qualifiers, demonyms and a possessive country
                int a = k - 1;
                String country = null;
                boolean qualified = false;
                while (a >= sf) {
                    String w = RoleFinder.lower(toks.get(a));
                    if (GOVERNMENT_QUALIFIERS.contains(w)) {
                        qualified = true;
                        a--;
                    } else if (w.equals("'s") && a - 1 >= sf && kb.country(toks.get(a - 1).word()) != null) {
                        country = kb.country(toks.get(a - 1).word()).id();
                        a -= 2;
                    } else if (Character.isUpperCase(toks.get(a).word().charAt(0)) && kb.country(toks.get(a).word()) != null
                            && a + 1 <= k && !w.equals("the")) {
                        country = kb.country(toks.get(a).word()).id();
                        a--;
                    } else {
                        break;
                    }
                }
                int first = a + 1;
                boolean determiner = a >= sf && RoleFinder.lower(toks.get(a)).equals("the");
                if (determiner) {
                    first = a;
                }
                int end = k + 1;
                if (country == null && end + 1 < s.tokens().end() && RoleFinder.lower(toks.get(end)).equals("of")) {
                    KnowledgeEntry c = kb.country(toks.get(end + 1).word());
                    if (c != null) {
                        country = c.id();
                        end += 2;
                    }
                }
                String target = null;
                if (country != null && GOVERNMENT_HEADS.contains(head)) {
                    KnowledgeEntry gov = kb.governmentOf(country);
                    if (gov != null && (qualified || !hasCountryGovernmentEntry(country))) {
                        target = gov.id();
                    }
                } else if (country == null && determiner && first == a && first + 1 == k) {
                    target = recentGoverningGroup(names, toks, k, si);
                }
                if (target == null) {
                    continue;
                }
                Work w = new Work(first, end, kb.get(target).type(), MentionKind.DESCRIPTION, "description", si);
                w.kbId = target;
                out.add(w);
                for (int x = first; x < end; x++) {
                    inName[x] = true;
                }
                names.removeIf(n -> n.first >= w.first && n.end <= w.end);
                k = end - 1;
            }
        }
        return out;
    }

    /** Whether the knowledge base has a separate entry for the country's state government (then "the X government" is it). */
    private boolean hasCountryGovernmentEntry(String country) {
        return false;
    }

    private String recentGoverningGroup(List<Work> names, List<Token> toks, int before, int sentence) {
        String best = null;
        int bestEnd = -1;
        for (Work w : names) {
            if (w.kbId == null || w.end > before || w.sentence < sentence - 3) {
                continue;
            }
            KnowledgeEntry e = kb.get(w.kbId);
            if (e != null && (!e.attribute("governs").isEmpty() || e.kind().equals("armed_group")
                    || e.kind().equals("group")) && w.end > bestEnd) {
                best = e.id();
                bestEnd = w.end;
            }
        }
        return best;
    }

    /** "Collective Security Treaty Organization (CSTO)" and later "CSTO": mention index to the long form's. */
    private static Map<Integer, Integer> acronyms(List<Token> toks, List<Work> work) {
        Map<Integer, Integer> links = new HashMap<>();
        Map<String, Integer> longForms = new HashMap<>();
        for (int i = 0; i < work.size(); i++) {
            Work w = work.get(i);
            if (w.kind != MentionKind.NAME || w.type == EntityType.PERSON || w.end - w.first < 2) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int k = w.first; k < w.end; k++) {
                String word = toks.get(k).word();
                String lw = word.toLowerCase(Locale.ROOT);
                if (lw.equals("of") || lw.equals("the") || lw.equals("and") || lw.equals("for") || lw.equals("&")) {
                    continue;
                }
                for (String part : word.split("-")) {
                    if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                        initials.append(part.charAt(0));
                    }
                }
            }
            if (initials.length() >= 2) {
                longForms.putIfAbsent(initials.toString(), i);
            }
            // explicit definition: LONG ( ACR )
            if (w.end + 2 < toks.size() && toks.get(w.end).word().equals("(") && toks.get(w.end + 2).word().equals(")")) {
                String acr = toks.get(w.end + 1).word();
                if (isAcronym(acr)) {
                    longForms.put(acr, i);
                }
            }
        }
        for (int i = 0; i < work.size(); i++) {
            Work w = work.get(i);
            if (w.kind != MentionKind.NAME || w.end - w.first != 1) {
                continue;
            }
            String word = toks.get(w.first).word();
            Integer target = longForms.get(word);
            if (isAcronym(word) && target != null && target != i) {
                links.put(i, target);
            }
        }
        return links;
    }

    static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 10) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLetter(c) && c != 's') {
                return false;
            }
        }
        return upper >= 2;
    }

    private Role role(Document doc, List<Token> toks, RoleFinder.Found r) {
        Span span = RoleFinder.span(toks, r.first(), r.end());
        return new Role(span, r.title().canonical(), r.affiliation(), doc.text(span));
    }

    /** A key that makes "Russian", "Russia's" and "Russia" the same affiliation. */
    private String affiliationKey(String affiliation) {
        if (affiliation == null) {
            return null;
        }
        String a = affiliation.replaceAll("(?i)^the\\s+", "");
        KnowledgeEntry c = kb.country(a);
        if (c != null) {
            return c.id();
        }
        List<KnowledgeEntry> es = kb.lookup(a);
        if (!es.isEmpty()) {
            return es.get(0).id();
        }
        return KnowledgeBase.key(a);
    }

    private static String lowerAt(List<Token> toks, int k) {
        return RoleFinder.lower(toks.get(k));
    }

    private static int tokenAt(List<Token> toks, int offset) {
        int lo = 0;
        int hi = toks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = toks.get(mid);
            if (t.end() <= offset) {
                lo = mid + 1;
            } else if (t.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return lo < toks.size() ? lo : -1;
    }

    private static int tokenEndingAt(List<Token> toks, int offset) {
        int i = tokenAt(toks, Math.max(0, offset - 1));
        return i < 0 ? -1 : i + 1;
    }

    private List<Mention> toMentions(Document doc, List<Work> work) {
        List<Mention> out = new ArrayList<>();
        for (Work w : work) {
            Span span = new Span(doc.tokens().get(w.first).start(), doc.tokens().get(w.end - 1).end());
            out.add(new Mention(span, doc.text(span), w.type, w.kind, w.source, -1));
        }
        return out;
    }

    private record Grouped(List<Mention> mentions, List<LocalEntity> entities) {
    }

    /** Union-find over mentions: the entities, and the mentions pointing at them. */
    private Grouped group(Document doc, List<Token> toks, List<Work> work, Map<Integer, Integer> acronymLinks) {
        int n = work.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byKb = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            Work w = work.get(i);
            names[i] = nameKey(RoleFinder.join(toks, w.first, w.end));
            if (w.kbId != null) {
                Integer j = byKb.putIfAbsent(w.kbId, i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
            if (w.kind == MentionKind.NAME) {
                String key = w.type + ":" + names[i];
                Integer j = byName.putIfAbsent(key, i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        acronymLinks.forEach((a, b) -> union(parent, a, b));
        for (int i = 0; i < n; i++) {
            Work d = work.get(i);
            if (d.appositiveOf != null) {
                int j = work.indexOf(d.appositiveOf);
                if (j >= 0) {
                    union(parent, i, j);
                }
            }
        }
        // surnames and short forms of people's names
        for (int i = 0; i < n; i++) {
            Work w = work.get(i);
            if (w.kind != MentionKind.NAME || w.type != EntityType.PERSON && w.end - w.first > 1) {
                continue;
            }
            int best = -1;
            for (int j = 0; j < n; j++) {
                Work v = work.get(j);
                if (j == i || v.kind != MentionKind.NAME || v.type != EntityType.PERSON || v.end - v.first <= w.end - w.first) {
                    continue;
                }
                if (endsWith(toks, v, w)) {
                    if (best < 0 || (v.first < w.first && (work.get(best).first > w.first || v.first > work.get(best).first))) {
                        best = j;
                    }
                }
            }
            if (best >= 0) {
                w.type = EntityType.PERSON;
                union(parent, i, best);
            }
        }
        // descriptions to the person holding the office
        for (int i = 0; i < n; i++) {
            Work d = work.get(i);
            if (d.kind != MentionKind.DESCRIPTION || d.type != EntityType.PERSON || d.unnamed || d.title == null
                    || !d.title.office()) {
                continue;
            }
            int best = -1;
            for (int j = 0; j < n; j++) {
                Work p = work.get(j);
                if (p.kind != MentionKind.NAME || p.title == null || !p.title.canonical().equals(d.title.canonical())) {
                    continue;
                }
                if (d.affiliationKey != null && p.affiliationKey != null && !d.affiliationKey.equals(p.affiliationKey)) {
                    continue;
                }
                if (best < 0 || closer(work, j, best, d.first)) {
                    best = j;
                }
            }
            if (best >= 0) {
                union(parent, i, best);
            } else {
                // a named holder may carry the title without a role phrase; look for the same-affiliation name later
                d.unnamed = false;
            }
        }
        // roles spread to every mention of the entity; then build entities
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<LocalEntity> entities = new ArrayList<>();
        int[] entityOf = new int[n];
        for (List<Integer> members : clusters.values()) {
            int id = entities.size();
            Work nameMention = null;
            String kbId = null;
            List<Role> roles = new ArrayList<>();
            Map<EntityType, Integer> votes = new java.util.EnumMap<>(EntityType.class);
            for (int i : members) {
                Work w = work.get(i);
                entityOf[i] = id;
                if (w.kbId != null && kbId == null) {
                    kbId = w.kbId;
                }
                if (w.kind == MentionKind.NAME) {
                    votes.merge(w.type, w.end - w.first, Integer::sum);
                    if (nameMention == null || w.end - w.first > nameMention.end - nameMention.first) {
                        nameMention = w;
                    }
                }
                if (w.role != null && roles.stream().noneMatch(r -> r.text().equals(w.role.text()))) {
                    roles.add(w.role);
                }
            }
            EntityType type;
            String name;
            KnowledgeEntry entry = kbId == null ? null : kb.get(kbId);
            if (entry != null) {
                type = entry.type();
            } else if (!votes.isEmpty()) {
                type = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            } else {
                type = work.get(members.get(0)).type;
            }
            if (nameMention != null) {
                name = RoleFinder.join(toks, nameMention.first, nameMention.end);
            } else if (entry != null) {
                name = entry.name();
            } else {
                Work d = work.get(members.get(0));
                name = RoleFinder.join(toks, d.first, d.end);
            }
            List<Integer> mentionIdx = new ArrayList<>(members);
            entities.add(new LocalEntity(id, type, name, mentionIdx, roles, kbId));
        }
        // mention indices in the document are the sorted work order (toMentions keeps it)
        List<Mention> ms = toMentions(doc, work);
        List<Mention> linked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Mention m = ms.get(i);
            linked.add(m.withEntity(entityOf[i]).withType(entities.get(entityOf[i]).type()));
        }
        return new Grouped(linked, entities);
    }

    private static boolean closer(List<Work> work, int a, int b, int at) {
        int da = distance(work.get(a), at);
        int db = distance(work.get(b), at);
        return da < db;
    }

    /** Mentions before count as closer than mentions after. */
    private static int distance(Work w, int at) {
        return w.end <= at ? at - w.end : 100000 + (w.first - at);
    }

    private static boolean endsWith(List<Token> toks, Work longer, Work shorter) {
        int n = shorter.end - shorter.first;
        for (int k = 0; k < n; k++) {
            String a = toks.get(longer.end - n + k).word();
            String b = toks.get(shorter.first + k).word();
            if (!a.equalsIgnoreCase(b)) {
                return false;
            }
        }
        return true;
    }

    /** The key under which two names are the same: case, "the", a possessive and a trailing event noun dropped. */
    static String nameKey(String s) {
        String k = KnowledgeBase.key(s).replaceAll("^the ", "").replaceAll("\\s*'s$", "");
        int sp = k.lastIndexOf(' ');
        if (sp > 0 && EVENT_NOUNS.contains(k.substring(sp + 1))) {
            k = k.substring(0, sp);
        }
        return k;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
