package org.crosscheck.engine.claims;

import org.crosscheck.engine.claims.CueLexicon.Cue;
import org.crosscheck.engine.claims.CueLexicon.CueClass;
import org.crosscheck.engine.claims.UpstreamLayers.Attribution;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.MentionKind;
import org.crosscheck.engine.doc.Role;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.entities.GlobalEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of one article: each attributed statement of the quotes layer (split into one
 * statement per sentence and per coordinated reporting verb), the denials and backings the article
 * reports without quoting ("X dismissed the accusations as ..."), a headline that attributes with a
 * colon, and the factual sentences the article states in its own voice. Each gets its holder, its
 * core clause and its stance as the words say it.
 */
final class StatementFinder {

    /** Holder lookup for one collection: global entities by id, and local-to-global per article. */
    interface Holders {
        /** The global entity of a local entity of an article, or null. */
        GlobalEntity global(String article, int localEntity);
    }

    private static final int MIN_OWN_WORDS = 6;
    /** A statement needs this many content words to be a claim ("the recount" is not one). */
    private static final int MIN_STEMS = 2;
    private static final Pattern HEADLINE_COLON = Pattern.compile("^([^:]{2,60}):\\s+(\\S.*)$");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "(?i)\\b(he|she|it|they)\\s+(?:(?:has|have|had|also|again|strongly|flatly|firmly|quickly|later|then|"
                    + "however|swiftly|publicly|immediately|openly|categorically)\\s+){0,3}$");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            "(?:;|:|,\\s+(?:but|and|while|whereas|although|after|before|when|as|since|because|amid|following)\\s|\\s+but\\s)");
    /** A mention that only modifies the subject: "allies of [X]", "a lawyer for [X]", "critics of the [X]". */
    private static final Pattern GOVERNED = Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:of|for|to|from|with|in|at)\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2}(?:(?:and|or)\\s+(?:\\p{L}+\\s+){0,2})?$");
    private static final Set<String> SPEAKING_TITLES = Set.of("spokesperson");

    private final CueLexicon lex;
    private final OutletNames outlets;
    /** Holder id to names of those it speaks with: "Halvard's party" ties the party to Halvard. */
    private final Map<String, Set<String>> affiliates = new HashMap<>();

    StatementFinder(CueLexicon lex, OutletNames outlets) {
        this.lex = lex;
        this.outlets = outlets;
    }

    /** A holder of a statement: its id, readable name, whether named in the text, and its entity type. */
    private record Who(String id, String name, boolean named, EntityType type, GlobalEntity entity) {
    }

    List<Statement> find(Document d, List<Attribution> atts, Holders holders, String outletName) {
        return find(d, atts, holders, outletName, outletName);
    }

    /** As above; {@code outletLabel} is how the outlet is shown (its name, or the article's file name when unknown). */
    List<Statement> find(Document d, List<Attribution> atts, Holders holders, String outletName, String outletLabel) {
        String text = d.text();
        List<Statement> out = new ArrayList<>();
        Map<Integer, Who> whoOfLocal = new HashMap<>();
        // 1. attributed statements
        List<Span> covered = new ArrayList<>();
        for (Attribution a : atts) {
            covered.add(a.content());
            if (a.cue() != null) {
                covered.add(a.cue());
            }
        }
        for (Attribution a : atts) {
            if (a.hint() == UpstreamLayers.CueHint.QUESTION || inTitle(d, a.content())) {
                continue;
            }
            Who who = speaker(d, a, holders, whoOfLocal);
            String credited = credit(d, a, who);
            if (a.voice() == Voice.PARTIAL) {
                if (insideOther(a, atts)) {
                    continue;
                }
                partial(d, a, who, credited, out);
                continue;
            }
            for (Span unit : units(d, a)) {
                Statement s = unitStatement(d, a, unit, who, credited);
                if (s != null) {
                    out.add(s);
                }
            }
            trailingCoordination(d, a, who, credited, atts, out);
        }
        // 2. sentences the quotes layer did not attribute: denials and backings with a subject, a
        // headline with a colon, the outlet's own voice
        Who outlet = new Who("outlet:" + outletName, outletLabel, false, null, null);
        for (Sentence s : d.sentences()) {
            Span sp = trim(text, s.span());
            if (sp.isEmpty() || overlapsAny(sp, covered)) {
                continue;
            }
            if (s.paragraph() < 0) {
                // a headline restates the body; its attributions and denials are counted there
                continue;
            }
            Statement reported = reportedStance(d, sp, holders, whoOfLocal, out);
            if (reported != null) {
                out.add(reported);
                continue;
            }
            Statement fallback = attributedSentence(d, sp, holders, whoOfLocal);
            if (fallback != null) {
                out.add(fallback);
                continue;
            }
            Statement own = ownVoice(d, sp, outlet);
            if (own != null) {
                out.add(own);
            }
        }
        out.sort(Comparator.comparing(Statement::span));
        List<Statement> numbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Statement s = out.get(i);
            // what a leading "they" / "these groups" refers to: the words of the sentence before the
            // statement and of the previous sentence
            int ctxFrom = s.sentence().start();
            int si = d.sentenceAt(s.sentence().start());
            if (si > 0 && d.sentences().get(si - 1).paragraph() == d.sentences().get(si).paragraph()) {
                ctxFrom = d.sentences().get(si - 1).span().start();
            }
            String before = text.substring(Math.min(ctxFrom, s.span().start()), s.span().start());
            numbered.add(new Statement(s.article(), i, s.span(), s.sentence(), s.text(), s.holder(), s.holderName(),
                    s.person(), s.voice(), s.stance(), s.negated(), s.cue(), s.target(), s.credited(), s.utterance(),
                    s.onBehalfOf(), s.contrast(), s.confidence(), Antecedents.expand(s.text(), before)));
        }
        return speakersForOrganisations(numbered, holders, d);
    }

    private static boolean inTitle(Document d, Span s) {
        return d.title() != null && d.title().overlaps(s);
    }

    // ---- attributed statements

    private Who speaker(Document d, Attribution a, Holders holders, Map<Integer, Who> cache) {
        String text = d.text();
        int si = d.sentenceAt(a.cue() != null ? a.cue().start() : a.content().start());
        Span sent = si < 0 ? null : d.sentences().get(si).span();
        if (a.speakerEntity() >= 0) {
            // "Halvard's party says": the speaker is what the name owns, when that is named too
            Span owned = possessed(text, a);
            if (owned != null) {
                Who owner = who(d, a.speakerEntity(), holders, cache);
                Who ow = mentionBetween(d, owned.start(), owned.end(), holders, cache);
                if (ow == null) {
                    String words = subjectWords(text.substring(owned.start(), owned.end()));
                    if (words != null && Words.contentStems(words).size() >= 1) {
                        ow = new Who("speaker:" + words.toLowerCase(Locale.ROOT), words, false, null, null);
                    }
                }
                if (ow != null) {
                    if (owner != null) {
                        affiliate(owner.id(), ow.name());
                        affiliate(ow.id(), owner.name());
                    }
                    return ow;
                }
            }
            Who w = who(d, a.speakerEntity(), holders, cache);
            if (w != null) {
                return w;
            }
        }
        if (sent != null && a.cue() != null && sent.contains(a.cue()) && a.cue().start() < a.content().start()) {
            // an unresolved speaker before its cue: a named subject of the clause ("The chair of the
            // commission, Jane Doe, said"), else the words of the subject without a time phrase
            Who subj = subject(d, sent, a.cue().start(), holders, cache, List.of());
            if (subj != null) {
                return subj;
            }
            String np = subjectWords(text.substring(sent.start(), a.cue().start()));
            if (np != null) {
                return new Who("speaker:" + np.toLowerCase(Locale.ROOT).replaceFirst("^(?:a|an|the)\\s+", ""), np, false, null, null);
            }
        }
        String label = a.speakerLabel() != null ? a.speakerLabel()
                : a.speakerMention() != null ? d.text(a.speakerMention()) : null;
        if (label != null && TIME_WORD.matcher(label.strip()).matches()) {
            label = null;
        }
        if (label == null || label.isBlank()) {
            return new Who("speaker:unnamed", "unnamed speaker", false, null, null);
        }
        String clean = label.strip().replaceAll("\\s+", " ");
        return new Who("speaker:" + clean.toLowerCase(Locale.ROOT).replaceFirst("^(?:a|an|the)\\s+", ""), clean, false,
                null, null);
    }

    private void affiliate(String holder, String name) {
        affiliates.computeIfAbsent(holder, k -> new LinkedHashSet<>()).add(OutletNames.key(name));
    }

    /** Names each holder was tied to by the articles read so far ("Halvard's party"). */
    Map<String, Set<String>> affiliates() {
        return affiliates;
    }

    /** "Halvard's party says": the words the speaker's name owns, up to the cue, or null. */
    private static Span possessed(String text, Attribution a) {
        if (a.speakerMention() == null) {
            return null;
        }
        int to = a.cue() != null && a.cue().start() >= a.speakerMention().end() ? a.cue().start() : a.speakerMention().end();
        String m = text.substring(a.speakerMention().start(), Math.max(a.speakerMention().end(), to));
        Matcher p = Pattern.compile("^[\\p{Lu}][^,]{0,40}?['\u2019]s\\s+(?=\\S)").matcher(m);
        if (!p.find()) {
            return null;
        }
        Span s = trim(text, new Span(a.speakerMention().start() + p.end(), Math.max(a.speakerMention().end(), to)));
        return s.isEmpty() ? null : s;
    }

    private static final Pattern PRONOUN_WORD = Pattern.compile("(?i)he|she|they|it|which|who|that|this|these|those|we|i|you");

    private static final Pattern TIME_WORD = Pattern.compile("(?i)(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
            + "sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|"
            + "november|december|last week|this week|earlier|later)");
    private static final Pattern SUBJECT_TAIL = Pattern.compile("(?i)(?:\\s+(?:on|in|at|late|early|last|this)\\s+\\S+(?:\\s+\\S+)?|"
            + "\\s+(?:also|again|later|then|however|meanwhile|separately|publicly|flatly|firmly|strongly))+\\s*$");

    /** The words naming a subject: the clause before the verb, without time phrases; null when too long or empty. */
    static String subjectWords(String head) {
        String h = head.strip().replaceFirst("^(?i)(?:however|but|meanwhile|in response|earlier|later),?\\s+", "");
        h = SUBJECT_TAIL.matcher(h).replaceFirst("").replaceAll("[,\\s]+$", "");
        int words = h.isEmpty() ? 0 : h.split("\\s+").length;
        if (words == 0 || words > 8 || TIME_WORD.matcher(h).matches()) {
            return null;
        }
        return h;
    }

    /** The person named in {@code [from, to)} (a name before a description), else the first organisation. */
    private Who mentionBetween(Document d, int from, int to, Holders holders, Map<Integer, Who> cache) {
        Mention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Mention m : d.mentions()) {
            if (m.span().start() < from || m.span().end() > to || m.entity() < 0) {
                continue;
            }
            int rank = m.type() == EntityType.PERSON ? (m.kind() == MentionKind.NAME ? 0 : 1)
                    : m.type() == EntityType.ORGANIZATION ? 2 : 99;
            if (rank < bestRank) {
                best = m;
                bestRank = rank;
            }
        }
        return best == null ? null : who(d, best.entity(), holders, cache);
    }

    private Who who(Document d, int local, Holders holders, Map<Integer, Who> cache) {
        if (local < 0 || local >= d.entities().size()) {
            return null;
        }
        return cache.computeIfAbsent(local, k -> {
            LocalEntity le = d.entities().get(k);
            GlobalEntity g = holders.global(d.id(), k);
            if (g != null) {
                return new Who(g.id(), g.name(), true, g.type(), g);
            }
            return new Who("local:" + d.id() + ":" + k, le.name(), true, le.type(), null);
        });
    }

    /** The outlet a statement is credited to: the speaker is an outlet, or the sentence says "according to"/"told" one. */
    private String credit(Document d, Attribution a, Who who) {
        if (who.named() && isOutlet(who)) {
            return who.name();
        }
        int si = d.sentenceAt(a.content().start());
        if (si < 0) {
            return null;
        }
        Span sent = d.sentences().get(si).span();
        for (Mention m : d.mentions()) {
            if (!sent.contains(m.span()) || m.type() != EntityType.ORGANIZATION || !outlets.isOutlet(m.text())) {
                continue;
            }
            String before = d.text().substring(Math.max(sent.start(), m.span().start() - 24), m.span().start())
                    .toLowerCase(Locale.ROOT);
            if (before.matches("(?s).*\\b(?:according to|told|to|in an interview with|reported by|cited by|quoted by)\\s+(?:the\\s+)?$")) {
                return m.text();
            }
        }
        return null;
    }

    private boolean isOutlet(Who who) {
        if (outlets.isOutlet(who.name())) {
            return true;
        }
        if (who.entity() != null) {
            for (GlobalEntity.Alias al : who.entity().aliases()) {
                if (outlets.isOutlet(al.text())) {
                    return who.type() == EntityType.ORGANIZATION || who.type() == EntityType.MISC;
                }
            }
        }
        return false;
    }

    private static boolean insideOther(Attribution a, List<Attribution> all) {
        for (Attribution b : all) {
            if (b != a && b.voice() != Voice.PARTIAL && b.content().contains(a.content())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence parts of an attribution's content; short or anaphoric sentences join the one before. */
    private List<Span> units(Document d, Attribution a) {
        List<Span> out = new ArrayList<>();
        Span c = a.content();
        for (Sentence s : d.sentences()) {
            if (!s.span().overlaps(c)) {
                continue;
            }
            Span part = trim(d.text(), new Span(Math.max(s.span().start(), c.start()), Math.min(s.span().end(), c.end())));
            if (part.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && dependent(d.text(part))) {
                Span prev = out.remove(out.size() - 1);
                out.add(prev.union(part));
            } else {
                out.add(part);
            }
        }
        if (out.isEmpty()) {
            out.add(c);
        }
        // a first unit too short to stand alone joins the next
        if (out.size() > 1 && Words.contentStems(d.text(out.get(0))).size() < 3) {
            Span first = out.remove(0);
            Span next = out.remove(0);
            out.add(0, first.union(next));
        }
        List<Span> split = new ArrayList<>();
        for (Span u : out) {
            split.addAll(a.voice() == Voice.REPORTED ? coordinated(d.text(), u) : List.of(u));
        }
        return split;
    }

    /** "This is worrying." "It is vital." — a sentence that only comments on the one before. */
    private static boolean dependent(String sentence) {
        List<String> stems = Words.contentStems(sentence);
        String lower = sentence.strip().toLowerCase(Locale.ROOT);
        return stems.size() < 3 || (stems.size() < 5 && lower.matches("^(?:this|that|it|these|those|such)\\b.*"))
                || (Words.of(sentence).size() <= 16 && lower.matches("^(?:this|that|these|those)\\s+(?:is|was|are|were|has been|will be)\\b.*"));
    }

    /** Splits reported words at a coordinated reporting clause: "... and called on X to ...", "..., and that ...". */
    private List<Span> coordinated(String text, Span unit) {
        String u = text.substring(unit.start(), unit.end());
        Matcher m = Pattern.compile("(?:(?:,\\s*|\\s+)and\\s+that\\s+|\\s+and\\s+(?=(?:called|urged|said|added|warned|stressed|"
                + "emphasi[sz]ed|insisted|noted|argued|demanded|asked|denied|rejected|dismissed|accused)\\b))").matcher(u);
        List<Span> out = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            String left = u.substring(from, m.start());
            if (Words.contentStems(left).size() >= 3 && Words.contentStems(u.substring(m.end())).size() >= 3) {
                out.add(trim(text, new Span(unit.start() + from, unit.start() + m.start())));
                from = m.end();
            }
        }
        out.add(trim(text, new Span(unit.start() + from, unit.end())));
        return out;
    }

    /** The part of the sentence after an attribution's content: "X stressed A and called on B to do C". */
    private void trailingCoordination(Document d, Attribution a, Who who, String credited, List<Attribution> atts,
                                      List<Statement> out) {
        int si = d.sentenceAt(Math.max(a.content().end() - 1, a.content().start()));
        if (si < 0) {
            return;
        }
        Span sent = d.sentences().get(si).span();
        if (a.content().end() >= sent.end()) {
            return;
        }
        String rest = d.text().substring(a.content().end(), sent.end());
        Matcher m = Pattern.compile("^\\s*,?\\s*and\\s+(?=(?:called|urged|warned|demanded|asked|denied|rejected|dismissed|accused)\\b)")
                .matcher(rest);
        if (!m.find()) {
            return;
        }
        Span tail = trim(d.text(), new Span(a.content().end() + m.end(), sent.end()));
        for (Attribution b : atts) {
            if (b.content().overlaps(tail)) {
                return;
            }
        }
        Attribution synthetic = new Attribution(a.index(), tail, null, Voice.REPORTED, UpstreamLayers.CueHint.ASSERT,
                a.speakerEntity(), a.speakerMention(), a.speakerLabel(), a.confidence() * 0.9, null);
        Statement s = unitStatement(d, synthetic, tail, who, credited);
        if (s != null) {
            out.add(s);
        }
    }

    private Statement unitStatement(Document d, Attribution a, Span unit, Who who, String credited) {
        String text = d.text();
        if (a.cue() != null && a.cue().end() <= unit.start() && unit.start() == a.content().start()
                && unit.start() - a.cue().end() <= 60 && d.sentenceAt(a.cue().start()) == d.sentenceAt(unit.start())) {
            // "said there was no sign that [X]": words between the cue and the content that negate or
            // deny it belong to the statement
            Span gap = new Span(a.cue().end(), unit.start());
            if (lex.find(text, gap).stream().anyMatch(c -> c.type() == CueClass.NEGATION || c.type() == CueClass.FALSE)) {
                unit = trim(text, new Span(a.cue().end(), unit.end()));
            }
        }
        String raw = text.substring(unit.start(), unit.end());
        String cueText = a.cue() == null ? null : d.text(a.cue());
        List<Cue> unitCues = lex.find(text, unit);
        List<Cue> cueCues = a.cue() == null ? List.of() : lex.find(text, a.cue());
        // a verb at the start of the unit counts as its cue: "rejected the claim ...", "backed ..."
        List<Words.Word> ws = Words.of(text, unit.start(), unit.end());
        Cue lead = unitCues.stream().filter(c -> !ws.isEmpty() && c.span().start() == ws.get(0).start()).findFirst().orElse(null);
        boolean deny = a.hint() == UpstreamLayers.CueHint.DENY || has(cueCues, CueClass.DENY)
                || (lead != null && lead.type() == CueClass.DENY);
        boolean support = has(cueCues, CueClass.SUPPORT) || (lead != null && lead.type() == CueClass.SUPPORT);
        Stance stance = Stance.ASSERT;
        Clauses.Target target = null;
        String core;
        Cue inFalse = falseCue(text, unit, unitCues);
        if (deny && inFalse != null) {
            // "called the minister's claim that X 'completely unfounded'"
            stance = Stance.DISPUTE;
            target = Clauses.ofFalsePredicate(text.substring(unit.start(), inFalse.span().start()), inFalse.phrase(),
                    text.substring(inFalse.span().end(), unit.end()));
            core = Clauses.core(raw);
        } else if (deny) {
            stance = Stance.DISPUTE;
            String obj = lead != null && lead.type() == CueClass.DENY ? text.substring(lead.span().end(), unit.end()) : raw;
            target = Clauses.afterDenyVerb(obj);
            core = Clauses.core(raw);
        } else {
            Cue f = falseCue(text, unit, unitCues);
            if (f != null) {
                stance = Stance.DISPUTE;
                target = Clauses.ofFalsePredicate(text.substring(unit.start(), f.span().start()), f.phrase(),
                        text.substring(f.span().end(), unit.end()));
            } else if (support) {
                stance = Stance.SUPPORT;
                String obj = lead != null && lead.type() == CueClass.SUPPORT ? text.substring(lead.span().end(), unit.end()) : raw;
                target = Clauses.nameOf(obj);
            }
            // a directive or concern cue stays with its object: from the cue to the end of the words
            String cueLead = directive(cueCues, cueText, a, unit, raw).isEmpty() ? "" : text.substring(a.cue().start(), unit.start());
            core = Clauses.core(Clauses.mainClause(cueLead + raw));
        }
        if (Words.contentStems(core).size() < MIN_STEMS) {
            return null;
        }
        boolean negated = negated(unitCues);
        int si = d.sentenceAt(unit.start());
        Span sentence = si < 0 ? unit : d.sentences().get(si).span();
        return new Statement(d.id(), 0, unit, sentence, core, who.id(), who.name(), who.named(), a.voice(), stance,
                negated, cueText, target, credited, a.utterance(), null, contrast(d, sentence), a.confidence());
    }

    /**
     * "urged [residents to stop fishing]", "blamed [the company for the spill]": the words right after a
     * directive cue need the verb to state anything, so the claim keeps it.
     */
    private static String directive(List<Cue> cueCues, String cueText, Attribution a, Span unit, String raw) {
        if (cueText == null || a.cue() == null || unit.start() != a.content().start()
                || a.content().start() < a.cue().end() || a.content().start() - a.cue().end() > 16) {
            return "";
        }
        // "expressed concern about [the presence of ...]": the cue says what the noun phrase is about
        boolean concernAboutThing = has(cueCues, CueClass.CONCERN) && DETERMINER_START.matcher(raw).find();
        if (!has(cueCues, CueClass.DIRECTIVE) && !concernAboutThing) {
            return "";
        }
        return "\u0000";
    }

    private static final Pattern DETERMINER_START = Pattern.compile("(?i)^(?:the|a|an|its|their|his|her|growing|continued)\\b");

    /** A partial quote: the statement is the reporter's sentence from the cue on ("called X 'baseless'"). */
    private void partial(Document d, Attribution a, Who who, String credited, List<Statement> out) {
        int si = d.sentenceAt(a.content().start());
        if (si < 0) {
            return;
        }
        String text = d.text();
        Span sentence = d.sentences().get(si).span();
        int from = sentence.start();
        if (a.cue() != null && sentence.contains(a.cue()) && a.cue().end() <= a.content().start()) {
            from = a.cue().start();
        } else if (a.speakerMention() != null && sentence.contains(a.speakerMention())
                && a.speakerMention().end() <= a.content().start()) {
            from = a.speakerMention().end();
        }
        Span unit = trim(text, new Span(from, sentence.end()));
        List<Cue> cues = lex.find(text, unit);
        Cue f = falseCue(text, unit, cues);
        Stance stance = Stance.ASSERT;
        Clauses.Target target = null;
        Cue deny = cues.stream().filter(c -> c.type() == CueClass.DENY).findFirst().orElse(null);
        if (f != null) {
            stance = Stance.DISPUTE;
            target = Clauses.ofFalsePredicate(text.substring(unit.start(), f.span().start()), f.phrase(),
                    text.substring(f.span().end(), unit.end()));
        } else if (deny != null || a.hint() == UpstreamLayers.CueHint.DENY) {
            stance = Stance.DISPUTE;
            int objFrom = deny != null ? deny.span().end() : a.content().start();
            target = Clauses.afterDenyVerb(text.substring(objFrom, unit.end()));
        }
        String core = Clauses.core(stripLeadingVerb(text.substring(unit.start(), unit.end()), cues, unit.start()));
        if (Words.contentStems(core).size() < MIN_STEMS) {
            return;
        }
        out.add(new Statement(d.id(), 0, a.content(), sentence, core, who.id(), who.name(), who.named(), Voice.PARTIAL,
                stance, negated(cues), a.cue() == null ? null : d.text(a.cue()), target, credited, a.utterance(), null,
                contrast(d, sentence), a.confidence()));
    }

    private static String stripLeadingVerb(String s, List<Cue> cues, int offset) {
        return s.replaceFirst("(?i)^(?:also\\s+)?(?:said|says|told\\s+\\S+|called|calls|described|added|stressed|noted|"
                + "emphasi[sz]ed|warned|insisted)\\s+(?:that\\s+)?", "");
    }

    /** A "false" cue, ignoring weak ones ("wrong", "invented") unless they are said of a named claim. */
    private Cue falseCue(String text, Span unit, List<Cue> cues) {
        for (Cue c : cues) {
            if (c.type() != CueClass.FALSE) {
                continue;
            }
            return c;
        }
        return null;
    }

    private static boolean negated(List<Cue> cues) {
        List<Span> falseSpans = cues.stream().filter(c -> c.type() == CueClass.FALSE).map(Cue::span).toList();
        for (Cue c : cues) {
            if (c.type() == CueClass.NEGATION && falseSpans.stream().noneMatch(f -> f.overlaps(c.span()))) {
                return true;
            }
        }
        return false;
    }

    private boolean contrast(Document d, Span sentence) {
        List<Words.Word> ws = Words.of(d.text(), sentence.start(), Math.min(sentence.end(), sentence.start() + 200));
        if (ws.isEmpty()) {
            return false;
        }
        for (Cue c : lex.find(d.text(), sentence)) {
            if (c.type() != CueClass.CONTRAST) {
                continue;
            }
            if (c.span().start() == ws.get(0).start()) {
                return true;
            }
            String around = d.text().substring(Math.max(sentence.start(), c.span().start() - 2), Math.min(sentence.end(), c.span().end() + 1));
            if (around.startsWith(", ") && around.endsWith(",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(List<Cue> cues, CueClass type) {
        return cues.stream().anyMatch(c -> c.type() == type);
    }

    // ---- sentences the quotes layer left alone

    /** "X dismissed/denied/rejected/backed Y": a stance the article reports without quoting. */
    private Statement reportedStance(Document d, Span sp, Holders holders, Map<Integer, Who> cache, List<Statement> sofar) {
        String text = d.text();
        List<Cue> cues = lex.find(text, sp);
        for (Cue c : cues) {
            if (c.type() != CueClass.DENY && c.type() != CueClass.SUPPORT) {
                continue;
            }
            Who subject = subject(d, sp, c.span().start(), holders, cache, sofar);
            if (subject == null) {
                continue;
            }
            Span unit = trim(text, new Span(c.span().start(), sp.end()));
            String obj = text.substring(c.span().end(), sp.end());
            Clauses.Target target;
            Stance stance;
            if (c.type() == CueClass.DENY) {
                stance = Stance.DISPUTE;
                target = Clauses.afterDenyVerb(obj);
            } else {
                stance = Stance.SUPPORT;
                target = Clauses.nameOf(Clauses.afterDenyVerb(obj).text());
                Clauses.Target raw = Clauses.nameOf(obj);
                if (raw.possessor() != null) {
                    target = new Clauses.Target(target.text(), target.generic(), raw.possessor());
                }
            }
            if (target.text().isBlank()) {
                continue;
            }
            String core = Clauses.core(text.substring(unit.start(), unit.end()));
            Voice voice = d.sentences().stream().anyMatch(s -> s.paragraph() < 0 && s.span().contains(sp)) ? Voice.HEADLINE : Voice.REPORTED;
            return new Statement(d.id(), 0, unit, sp, core, subject.id(), subject.name(), subject.named(), voice, stance,
                    false, c.phrase(), target, null, null, null, contrast(d, sp), 0.7);
        }
        return null;
    }

    /** The subject of a stance verb: a person (else organisation, else place) named before it in its clause, or a pronoun. */
    private Who subject(Document d, Span sentence, int cueStart, Holders holders, Map<Integer, Who> cache,
                        List<Statement> sofar) {
        String text = d.text();
        String head = text.substring(sentence.start(), cueStart);
        int clauseStart = sentence.start();
        Matcher b = CLAUSE_BOUNDARY.matcher(head);
        while (b.find()) {
            clauseStart = sentence.start() + b.end();
        }
        Matcher pro = PRONOUN_SUBJECT.matcher(head);
        if (pro.find() && sentence.start() + pro.start() >= clauseStart - 1) {
            return pronoun(d, pro.group(1).toLowerCase(Locale.ROOT), sentence.start() + pro.start(), holders, cache, sofar);
        }
        if (Words.of(text, clauseStart, cueStart).size() <= 1 && clauseStart > sentence.start()) {
            // "..., but said it would ...": the clause shares the sentence's subject
            clauseStart = sentence.start();
        }
        Matcher dateline = Clauses.DATELINE.matcher(text.substring(sentence.start(), cueStart));
        if (dateline.find()) {
            // "OSLO, May 2 (Wire) - X denied ...": the dateline names no speaker
            clauseStart = Math.max(clauseStart, sentence.start() + dateline.end());
        }
        Who best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Mention m : d.mentions()) {
            if (m.span().start() < clauseStart || m.span().end() > cueStart || m.entity() < 0) {
                continue;
            }
            int gap = Words.of(text, m.span().end(), cueStart).size();
            if (gap > 14) {
                continue;
            }
            Matcher gov = GOVERNED.matcher(text.substring(clauseStart, m.span().start()));
            if (gov.find() && (m.type() != EntityType.PERSON || gov.group(1).toLowerCase(Locale.ROOT).endsWith("s"))) {
                continue;
            }
            // a named person first, then a described one, an organisation, and a place or group only
            // right before the verb ("Russia denied")
            int rank = switch (m.type()) {
                case PERSON -> m.kind() == MentionKind.NAME ? 0 : 1;
                case ORGANIZATION -> 2;
                case LOCATION, MISC -> gap <= 3 ? 3 : 99;
            };
            if (rank == 99) {
                continue;
            }
            if (rank < bestRank) {
                Who w = who(d, m.entity(), holders, cache);
                // an outlet is the subject only right before the verb ("the Daily reported"), not as a credit
                if (w != null && !(m.type() == EntityType.ORGANIZATION && isOutlet(w) && gap > 1)) {
                    best = w;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    private static final Pattern TRAILING_SAY = Pattern.compile(
            "^(?<content>.+?),[\"\u201D]?\\s+(?<who>[^,]{2,80}?)\\s+(?<cue>said|says|told|added|stated|noted|announced|"
                    + "explained|insisted|warned|argued)\\b(?<rest>[^,]{0,60}|[^,]{0,60},\\s+(?:after|as|amid|when|while|before|"
                    + "following|despite|since)\\b.*)\\.?[\"\u201D]?$");
    private static final Pattern LEADING_SAY = Pattern.compile(
            "(?<cue>\\b(?:said|says|told\\s+[^,]{1,40}?|stated|added|noted|announced|explained|insisted|warned|argued|"
                    + "repeated|reiterated|stood by|insisted)\\b(?:\\s+(?:his|her|their|its)\\s+\\p{L}+)?(?:\\s+(?:on|in|late|early)\\s+\\p{L}+)?\\s+that\\s+"
                    + "|\\b(?:said|says)\\s+(?!(?:on|in|at|late|early|last|this|that|he|she|it|they|so|yes|no)\\b)(?=\\p{L}))");

    /**
     * A sentence the quotes layer left unattributed although it has a reporting verb: "X, the minister
     * said." or "The minister repeated his advice that X." The speaker must be named (or a short
     * description); the words are the clause.
     */
    private Statement attributedSentence(Document d, Span sp, Holders holders, Map<Integer, Who> cache) {
        String text = d.text();
        String s = text.substring(sp.start(), sp.end());
        if (s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0) {
            // quoted words are the quotes layer's to attribute
            return null;
        }
        Matcher t = TRAILING_SAY.matcher(s);
        Span content = null;
        Who who = null;
        String cue = null;
        if (t.find() && Words.contentStems(t.group("content")).size() >= 3) {
            int whoStart = sp.start() + t.start("who");
            int whoEnd = sp.start() + t.end("who");
            String whoWords = t.group("who").strip();
            if (PRONOUN_WORD.matcher(whoWords).matches()) {
                // ", he said": the last speaker or person named; "which said" and the like name nobody
                who = whoWords.matches("(?i)he|she|they|it")
                        ? pronoun(d, whoWords.toLowerCase(Locale.ROOT), whoStart, holders, cache, List.of()) : null;
            } else {
                // a name (with its title) is the speaker; a name inside a description ("farmers from X")
                // is not: the description is
                Who named = mentionBetween(d, whoStart, whoEnd, holders, cache);
                boolean governed = named != null && Pattern.compile("(?i)\\b(?:of|from|for|in|at|with)\\b").matcher(whoWords).find()
                        && !whoWords.toLowerCase(Locale.ROOT).endsWith(named.name().toLowerCase(Locale.ROOT));
                if (named != null && !governed) {
                    who = named;
                } else {
                    String np = subjectWords(whoWords);
                    if (np != null && np.split("\\s+").length <= 6) {
                        who = new Who("speaker:" + np.toLowerCase(Locale.ROOT).replaceFirst("^(?:a|an|the)\\s+", ""), np, false, null, null);
                    }
                }
            }
            content = trim(text, new Span(sp.start() + t.start("content"), sp.start() + t.end("content")));
            cue = t.group("cue");
        } else {
            Matcher l = LEADING_SAY.matcher(s);
            if (l.find()) {
                who = subject(d, sp, sp.start() + l.start("cue"), holders, cache, List.of());
                if (who == null) {
                    String np = subjectWords(s.substring(0, l.start("cue")).replaceAll("(?i)\\s+(?:have|has|had)\\s*$", ""));
                    if (np != null && np.split("\\s+").length <= 8 && !PRONOUN_WORD.matcher(np).matches()) {
                        who = new Who("speaker:" + np.toLowerCase(Locale.ROOT).replaceFirst("^(?:a|an|the)\\s+", ""), np, false, null, null);
                    }
                }
                content = trim(text, new Span(sp.start() + l.end("cue"), sp.end()));
                cue = l.group("cue").strip();
            }
        }
        if (who == null || content == null || content.isEmpty()) {
            return null;
        }
        String core = Clauses.core(Clauses.mainClause(text.substring(content.start(), content.end())));
        if (Words.contentStems(core).size() < MIN_STEMS) {
            return null;
        }
        List<Cue> cues = lex.find(text, content);
        Stance stance = Stance.ASSERT;
        Clauses.Target target = null;
        Cue f = falseCue(text, content, cues);
        if (f != null) {
            stance = Stance.DISPUTE;
            target = Clauses.ofFalsePredicate(text.substring(content.start(), f.span().start()), f.phrase(),
                    text.substring(f.span().end(), content.end()));
        }
        return new Statement(d.id(), 0, content, sp, core, who.id(), who.name(), who.named() || who.id().startsWith("speaker:"),
                Voice.REPORTED, stance, negated(cues), cue, target, null, null, null, contrast(d, sp), 0.6);
    }

    /** He/she: the last person who spoke or was named before; it/they: the last organisation or place. */
    private Who pronoun(Document d, String p, int at, Holders holders, Map<Integer, Who> cache, List<Statement> sofar) {
        boolean person = p.equals("he") || p.equals("she");
        Mention last = null;
        for (Mention m : d.mentions()) {
            if (m.span().start() >= at) {
                break;
            }
            if (m.entity() < 0 || m.kind() == MentionKind.PRONOUN) {
                continue;
            }
            boolean isPerson = m.type() == EntityType.PERSON;
            if (person == isPerson && (person || m.type() == EntityType.ORGANIZATION || (p.equals("they") && m.type() == EntityType.MISC))) {
                last = m;
            }
        }
        Statement lastSpoken = null;
        for (Statement s : sofar) {
            if (s.span().start() < at && isPersonId(s.holder())
                    && (lastSpoken == null || s.span().start() > lastSpoken.span().start())) {
                lastSpoken = s;
            }
        }
        if (person && lastSpoken != null && (last == null || lastSpoken.span().start() > last.span().start())
                && !lastSpoken.holder().startsWith("speaker:")) {
            return new Who(lastSpoken.holder(), lastSpoken.holderName(), true, EntityType.PERSON, null);
        }
        return last == null ? null : who(d, last.entity(), holders, cache);
    }

    /** Global entity ids of people are "P1", "P2", ... (see {@code GlobalEntity}). */
    static boolean isPersonId(String id) {
        return id != null && id.matches("P\\d+");
    }

    /** "Minister: talks will resume" — a headline that attributes with a colon to a named person. */
    private Statement headline(Document d, Span sp, Holders holders, Map<Integer, Who> cache) {
        String s = d.text(sp);
        Matcher m = HEADLINE_COLON.matcher(s);
        if (!m.find()) {
            return null;
        }
        int nameEnd = sp.start() + m.end(1);
        Who who = null;
        for (Mention mn : d.mentions()) {
            if (mn.span().start() >= sp.start() && mn.span().end() <= nameEnd && mn.entity() >= 0) {
                Who w = who(d, mn.entity(), holders, cache);
                if (w != null && (w.type() == EntityType.PERSON || w.type() == EntityType.ORGANIZATION)) {
                    who = w;
                    break;
                }
            }
        }
        if (who == null) {
            return null;
        }
        Span unit = trim(d.text(), new Span(sp.start() + m.start(2), sp.end()));
        List<Cue> cues = lex.find(d.text(), unit);
        String core = Clauses.core(d.text(unit));
        if (Words.contentStems(core).size() < 2) {
            return null;
        }
        Stance stance = Stance.ASSERT;
        Clauses.Target target = null;
        Cue f = falseCue(d.text(), unit, cues);
        if (f != null) {
            stance = Stance.DISPUTE;
            target = Clauses.ofFalsePredicate(d.text().substring(unit.start(), f.span().start()), f.phrase(),
                    d.text().substring(f.span().end(), unit.end()));
        }
        return new Statement(d.id(), 0, unit, sp, core, who.id(), who.name(), true, Voice.HEADLINE, stance, negated(cues),
                ":", target, null, null, null, false, 0.6);
    }

    /** A factual sentence in the outlet's own voice (no reporting verb, long enough, not a question). */
    private Statement ownVoice(Document d, Span sp, Who outlet) {
        String s = d.text(sp);
        if (s.endsWith("?") || Words.of(s).size() < MIN_OWN_WORDS) {
            return null;
        }
        List<Cue> cues = lex.find(d.text(), sp);
        if (has(cues, CueClass.ATTRIBUTION) || s.contains("\u201C") || s.contains("\"")) {
            return null;
        }
        String core = Clauses.core(s);
        if (Words.contentStems(core).size() < 3) {
            return null;
        }
        Stance stance = Stance.ASSERT;
        Clauses.Target target = null;
        Cue f = falseCue(d.text(), sp, cues);
        if (f != null && has(cues, CueClass.TARGET)) {
            stance = Stance.DISPUTE;
            target = Clauses.ofFalsePredicate(d.text().substring(sp.start(), f.span().start()), f.phrase(),
                    d.text().substring(f.span().end(), sp.end()));
        }
        return new Statement(d.id(), 0, sp, sp, core, outlet.id(), outlet.name(), false, Voice.OWN, stance, negated(cues),
                null, target, null, null, null, contrast(d, sp), 0.5);
    }

    // ---- spokespeople

    /**
     * A statement credited to an organisation goes to the organisation's spokesperson when the article
     * quotes exactly one: "the ministry rejected the report" beside "said ministry spokeswoman X".
     */
    private List<Statement> speakersForOrganisations(List<Statement> ss, Holders holders, Document d) {
        Map<String, Set<String>> spokesFor = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Statement s : ss) {
            if (!s.person()) {
                continue;
            }
            GlobalEntity g = globalById(d, s.holder(), holders);
            List<String> affiliations = new ArrayList<>();
            if (g != null && g.type() == EntityType.PERSON) {
                for (GlobalEntity.RoleCount r : g.roles()) {
                    if (SPEAKING_TITLES.contains(r.title()) && r.affiliation() != null) {
                        affiliations.add(r.affiliation());
                    }
                }
            }
            for (LocalEntity le : d.entities()) {
                GlobalEntity lg = holders.global(d.id(), le.id());
                if (lg != null && lg.id().equals(s.holder())) {
                    for (Role r : le.roles()) {
                        if (SPEAKING_TITLES.contains(r.title()) && r.affiliation() != null) {
                            affiliations.add(r.affiliation());
                        }
                    }
                }
            }
            for (String af : affiliations) {
                spokesFor.computeIfAbsent(OutletNames.key(af), k -> new LinkedHashSet<>()).add(s.holder());
                names.put(s.holder(), s.holderName());
            }
        }
        if (spokesFor.isEmpty()) {
            return ss;
        }
        List<Statement> out = new ArrayList<>(ss.size());
        for (Statement s : ss) {
            GlobalEntity g = s.person() ? globalById(d, s.holder(), holders) : null;
            if (g != null && g.type() == EntityType.ORGANIZATION) {
                Set<String> people = new LinkedHashSet<>();
                people.addAll(spokesFor.getOrDefault(OutletNames.key(g.name()), Set.of()));
                for (GlobalEntity.Alias al : g.aliases()) {
                    people.addAll(spokesFor.getOrDefault(OutletNames.key(al.text()), Set.of()));
                }
                if (people.size() == 1) {
                    String p = people.iterator().next();
                    out.add(s.withHolder(p, names.get(p), g.name()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static GlobalEntity globalById(Document d, String id, Holders holders) {
        for (LocalEntity le : d.entities()) {
            GlobalEntity g = holders.global(d.id(), le.id());
            if (g != null && g.id().equals(id)) {
                return g;
            }
        }
        return null;
    }

    // ---- spans

    private static boolean overlapsAny(Span s, List<Span> spans) {
        for (Span x : spans) {
            if (x.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** The span without surrounding white space. */
    static Span trim(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }
}
