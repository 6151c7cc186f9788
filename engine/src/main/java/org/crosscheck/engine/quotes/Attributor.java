package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.nlp.NameGender;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The work of {@link QuoteStage} on one document: finds the statements and their attributions as
 * {@link Draft}s, then resolves the speakers in text order ({@link SpeakerResolver}).
 */
final class Attributor {

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "their", "its", "our", "my", "your", "some", "many", "several", "two", "three", "four", "five", "one",
            "another", "other", "both", "most", "all", "few", "no", "each", "every");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
    /** Words that may stand between a subject and its cue: "Lavrov also said", "he has repeatedly said". */
    private static final Set<String> BETWEEN = Set.of("also", "further", "later", "then", "again", "previously",
            "earlier", "once", "still", "even", "recently", "reportedly", "repeatedly", "subsequently", "similarly",
            "separately", "has", "have", "had", "would", "will", "did", "does", "do", "not", "n't", "never", "'s",
            "'ve", "'d", "'ll", "could", "might", "may", "must", "should", "can", "ultimately", "finally",
            "first", "initially", "always", "often", "just", "already", "however", "too", "now", "last", "yesterday",
            "today", "tonight", "meanwhile", "instead", "nonetheless", "nevertheless", "therefore", "thus");
    /** Words a source noun phrase does not contain. */
    private static final Set<String> NP_STOP = Set.of("and", "or", "but", "that", "which", "who", "whom", "whose",
            "to", "in", "on", "at", "by", "with", "from", "as", "about", "after", "before", "during", "while", "when",
            "if", "because", "than", "then", "also", "has", "have", "had", "is", "are", "was", "were", "be", "been",
            "will", "would", "could", "should", "may", "might", "can", "not", "n't", "there", "where", "what", "how",
            "why", "into", "over", "under", "against", "said", "says", "told", "so", "yet", "do", "did", "does");
    private static final Set<String> PASSIVE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got",
            "gets");
    private static final Set<String> CLAUSE_END = Set.of(".", "!", "?", ";");
    private static final Set<String> INTRODUCERS = Set.of(":", ",", "\u2014", "\u2013", "-", "--", "(");
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "when", "who",
            "where", "which");
    private static final Set<String> PREP_CONTENT = Set.of("about", "over", "that", "regarding", "on", "at", "with",
            "for", "of");

    final Document doc;
    final List<Token> toks;
    final int n;
    final String[] low;
    final int[] sentOf;
    final int[] mentionEnd;
    final int[] mentionStart;
    /** Index into {@link #top} of the top-level quote whose marks enclose a token, or -1. */
    final int[] inQuote;
    final List<QuoteMarks.Quoted> top = new ArrayList<>();
    final int[] topOpenTok;
    final int[] topCloseTok;
    final boolean[] topDirect;
    /** The draft whose attribution uses a token as its cue, for participles and coordinations. */
    final Draft[] cueOwner;
    final CueLexicon cues;
    final Predicate<String> titleHead;
    final SpeakerResolver resolver;
    final List<Draft> drafts = new ArrayList<>();

    Attributor(Document doc, CueLexicon cues, NameGender genders, Predicate<String> titleHead) {
        this.doc = doc;
        this.toks = doc.tokens();
        this.n = toks.size();
        this.cues = cues;
        this.titleHead = titleHead;
        this.low = new String[n];
        for (int i = 0; i < n; i++) {
            low[i] = CueLexicon.lower(toks.get(i));
        }
        this.sentOf = new int[n];
        List<Sentence> ss = doc.sentences();
        for (int s = 0; s < ss.size(); s++) {
            for (int k = ss.get(s).tokens().first(); k < ss.get(s).tokens().end(); k++) {
                sentOf[k] = s;
            }
        }
        this.mentionEnd = new int[n];
        this.mentionStart = new int[n];
        Arrays.fill(mentionEnd, -1);
        Arrays.fill(mentionStart, -1);
        List<Mention> ms = doc.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Span sp = ms.get(i).span();
            int f = tokenStartingAt(sp.start());
            int e = tokenEndingAt(sp.end());
            if (f < 0 || e < f) {
                continue;
            }
            if (mentionEnd[e] < 0 || ms.get(mentionEnd[e]).span().length() < sp.length()) {
                mentionEnd[e] = i;
            }
            if (mentionStart[f] < 0 || ms.get(mentionStart[f]).span().length() < sp.length()) {
                mentionStart[f] = i;
            }
        }
        List<Span> regions = new ArrayList<>();
        if (doc.title() != null) {
            regions.add(doc.title());
        }
        regions.addAll(doc.paragraphs());
        for (QuoteMarks.Quoted q : QuoteMarks.scan(doc.text(), regions)) {
            if (q.depth() == 0) {
                top.add(q);
            }
        }
        this.inQuote = new int[n];
        Arrays.fill(inQuote, -1);
        this.topOpenTok = new int[top.size()];
        this.topCloseTok = new int[top.size()];
        this.topDirect = new boolean[top.size()];
        for (int qi = 0; qi < top.size(); qi++) {
            QuoteMarks.Quoted q = top.get(qi);
            int o = tokenAt(q.open());
            int c = q.closed() ? tokenAt(q.close()) : tokenEndingAt(q.close());
            topOpenTok[qi] = o;
            topCloseTok[qi] = c;
            if (o < 0 || c < 0) {
                continue;
            }
            for (int k = o; k <= c; k++) {
                inQuote[k] = qi;
            }
        }
        this.cueOwner = new Draft[n];
        this.resolver = new SpeakerResolver(this, genders);
    }

    List<Quote> run() {
        if (n == 0) {
            return List.of();
        }
        quoted();
        reported();
        headlines();
        drafts.sort(Comparator.comparingInt((Draft d) -> d.order).thenComparingInt(d -> d.cs));
        List<Quote> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            resolver.resolve(d);
        }
        for (Draft d : drafts) {
            if (d.dropped) {
                continue;
            }
            Span content = new Span(d.cs, d.ce);
            Span cue = cueSpan(d);
            out.add(new Quote(content, cue, d.kind, d.polarity, d.mentionSpan, d.entity, d.label,
                    clamp(d.confidence), d.via, d.cue == null ? null : d.cue.lemma()));
        }
        out.sort(Comparator.comparing(Quote::content).thenComparing(Quote::kind));
        return out;
    }

    private static double clamp(double c) {
        return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100.0;
    }

    // ------------------------------------------------------------------ quotation marks

    /** Direct and partial quotes, in text order. */
    private void quoted() {
        Draft lastDirect = null;
        for (int qi = 0; qi < top.size(); qi++) {
            QuoteMarks.Quoted q = top.get(qi);
            int o = topOpenTok[qi];
            int c = topCloseTok[qi];
            if (o < 0 || c < 0) {
                continue;
            }
            int words = 0;
            for (int k = o + 1; k < c || !q.closed() && k <= c; k++) {
                if (Character.isLetterOrDigit(toks.get(k).word().charAt(0))) {
                    words++;
                }
            }
            Span content = trimContent(q.content());
            if (words == 0 || content.isEmpty()) {
                continue;
            }
            int s = sentOf[o];
            int sFirst = doc.sentences().get(s).tokens().first();
            int low0 = sFirst;
            // the previous quote in the same sentence bounds what may attribute this one
            if (qi > 0 && topCloseTok[qi - 1] >= sFirst && topCloseTok[qi - 1] < o) {
                low0 = topCloseTok[qi - 1] + 1;
            }
            boolean prefixEmpty = o == low0 || o == sFirst;
            boolean introduced = !prefixEmpty && INTRODUCERS.contains(low[o - 1]);
            Found after = after(qi);
            Found before = prefixEmpty ? null : before(o, low0);
            boolean embedded = !prefixEmpty && !introduced;
            if (embedded && before != null && before.cue != null && before.cue.end() == o
                    && Character.isUpperCase(firstLetterOf(content)) && !low[o - 1].equals("that")) {
                embedded = false; // 'X said “We will ...”' without a comma
            }
            if (embedded) {
                boolean signed = after != null && (after.np != null || after.inherit != null);
                Found f = signed ? after : partialCue(o, c);
                if (f == null) {
                    continue; // a scare quote or a title, not attributed
                }
                Draft d = draft(QuoteKind.PARTIAL, content, f, o);
                d.factor = 0.9;
                if (signed) {
                    lastDirect = d; // "… because “…,” she said. “…”": the next quote continues it
                }
                if (f.cue != null && (f.cue.cue().has(CueLexicon.Frame.AS)) && dismissal(o + 1, c)) {
                    d.polarity = CuePolarity.DENY;
                }
                continue;
            }
            if (!q.reopenings().isEmpty() && after != null && after.np != null) {
                // a quote over several paragraphs whose last paragraph names its own speaker while the
                // first already had one: two quotes (a closing mark was missing), not one
                Draft prevSpeaker = before == null ? continues(lastDirect, o) : null;
                if (before != null || prevSpeaker != null) {
                    int lastOpen = q.reopenings().get(q.reopenings().size() - 1);
                    Span head = trimContent(new Span(content.start(), lastOpen));
                    Span tail = trimContent(new Span(lastOpen + 1, content.end()));
                    if (!head.isEmpty() && !tail.isEmpty()) {
                        if (before != null) {
                            draft(QuoteKind.DIRECT, head, before, o);
                        } else {
                            continuation(prevSpeaker, head, o);
                        }
                        lastDirect = draft(QuoteKind.DIRECT, tail, after, tokenAt(lastOpen));
                        topDirect[qi] = true;
                        continue;
                    }
                }
            }
            Found chosen;
            boolean endsOpen = endsWithComma(q);
            if (after != null && after.np == null && after.inherit == null && before != null) {
                after = null; // a cue without a speaker after the quote: the one before has one
            }
            if (after != null && (endsOpen || before == null)) {
                chosen = after;
            } else {
                chosen = before;
            }
            if (chosen == null) {
                chosen = headlineSpeaker(o, low0);
            }
            if (chosen == null && prefixEmpty) {
                chosen = colonBefore(s);
            }
            if (chosen == null && introduced) {
                chosen = introducedBy(o, low0);
            }
            if (chosen != null) {
                Draft d = draft(QuoteKind.DIRECT, content, chosen, o);
                topDirect[qi] = true;
                if (chosen.cue == null && chosen.inherit == null) {
                    d.factor = chosen.colon >= 0 && low[chosen.colon].equals(":") && !headline(chosen) ? 0.6 : 0.8;
                }
                lastDirect = d;
                continue;
            }
            Draft prev = continues(lastDirect, o);
            if (prev != null) {
                lastDirect = continuation(prev, content, o);
                topDirect[qi] = true;
                continue;
            }
            if (prefixEmpty && words >= 3) {
                // speech with no attribution in reach: the paragraph's last speaker, with little confidence
                Draft near = recentSpeaker(o);
                Draft d;
                if (near != null) {
                    d = continuation(near, content, o);
                    d.factor = 0.5;
                } else {
                    d = new Draft(QuoteKind.DIRECT, content.start(), content.end(), o);
                    d.factor = 0.5;
                    drafts.add(d);
                }
                topDirect[qi] = true;
                lastDirect = d;
            } else {
                Found f = partialCue(o, c);
                if (f != null) {
                    Draft d = draft(QuoteKind.PARTIAL, content, f, o);
                    d.factor = 0.8;
                }
            }
        }
    }

    /** The last attributed statement of the paragraph before token o, within three sentences, or null. */
    private Draft recentSpeaker(int o) {
        int para = paragraphOf(o);
        int s = sentOf[o];
        Draft best = null;
        for (Draft d : drafts) {
            if (d.dropped || d.np == null && d.inherit == null || d.order >= o) {
                continue;
            }
            int at = d.cueFirst >= 0 ? d.cueFirst : d.order;
            if (paragraphOf(at) != para || s - sentOf[at] > 3) {
                continue;
            }
            if (best == null || d.order > best.order) {
                best = d;
            }
        }
        return best;
    }

    /** A quote with no attribution of its own, continuing the speaker and cue of {@code prev}. */
    private Draft continuation(Draft prev, Span content, int order) {
        Draft d = new Draft(QuoteKind.DIRECT, content.start(), content.end(), order);
        d.inherit = prev;
        d.continuation = true;
        d.cue = prev.cue;
        d.cueFirst = prev.cueFirst;
        d.cueEnd = prev.cueEnd;
        d.colon = prev.colon;
        d.polarity = prev.polarity;
        d.factor = 0.85;
        drafts.add(d);
        return d;
    }

    private char firstLetterOf(Span s) {
        String t = doc.text();
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return ' ';
    }

    private boolean endsWithPeriod(QuoteMarks.Quoted q) {
        String t = doc.text();
        int i = q.close() - 1;
        while (i > q.open() && Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        return t.charAt(i) == '.' && !(i > 1 && t.charAt(i - 1) == '.');
    }

    private boolean endsWithComma(QuoteMarks.Quoted q) {
        if (!q.closed()) {
            return false;
        }
        String t = doc.text();
        int i = q.close() - 1;
        while (i > q.open() && Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        char ch = t.charAt(i);
        return ch == ',' || ch == '\u2014' || ch == '-' || ch == '\u2013';
    }

    /** A quote's content without surrounding spaces. */
    private Span trimContent(Span s) {
        String t = doc.text();
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    private boolean dismissal(int from, int to) {
        for (int k = from; k < to; k++) {
            if (cues.dismissalAt(low, k, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /** An attribution: the cue (or the colon of a headline), the speaker's phrase, or a draft to inherit from. */
    record Found(CueLexicon.Match cue, Np np, Draft inherit, int colon) {
        static Found of(CueLexicon.Match cue, Np np) {
            return new Found(cue, np, null, -1);
        }
    }

    private Draft draft(QuoteKind kind, Span content, Found f, int order) {
        Draft d = new Draft(kind, content.start(), content.end(), order);
        apply(d, f);
        drafts.add(d);
        return d;
    }

    private void apply(Draft d, Found f) {
        d.cue = f.cue == null ? null : f.cue.cue();
        d.cueFirst = f.cue == null ? -1 : f.cue.first();
        d.cueEnd = f.cue == null ? -1 : f.cue.end();
        d.colon = f.colon;
        d.np = f.np;
        d.inherit = f.inherit;
        d.polarity = f.cue == null ? (f.inherit != null ? f.inherit.polarity : CuePolarity.ASSERT) : f.cue.cue().polarity();
        if (f.cue != null) {
            for (int k = f.cue.first(); k < f.cue.end(); k++) {
                if (cueOwner[k] == null) {
                    cueOwner[k] = d;
                }
            }
        }
    }

    /** The attribution after a closing mark: "“…,” he said", "“…,” said Lavrov", "“…,” a resident, who ..., added", "“…” ― Name". */
    private Found after(int qi) {
        QuoteMarks.Quoted q = top.get(qi);
        if (!q.closed()) {
            return null;
        }
        int c = topCloseTok[qi];
        int k = c + 1;
        int para = c < n ? paragraphOf(c) : -2;
        boolean dash = false;
        while (k < n && paragraphOf(k) == para && (low[k].equals(",") || DASHES.contains(low[k]))) {
            dash |= DASHES.contains(low[k]);
            k++;
        }
        int limit = Math.min(n, k + 32);
        for (int x = k; x < limit; x++) {
            if (paragraphOf(x) != para || inQuote[x] >= 0 && inQuote[x] != qi) {
                limit = x;
                break;
            }
        }
        if (k >= limit || CLAUSE_END.contains(low[k]) || low[k].equals(":")) {
            return null;
        }
        if (dash) {
            // "“…” ― Sonya Reyes": a name standing alone after a dash signs the quote
            int m = mentionStart[k];
            if (m >= 0 && doc.mentions().get(m).type() == org.crosscheck.engine.doc.EntityType.PERSON) {
                int e = tokenEndingAt(doc.mentions().get(m).span().end()) + 1;
                if (e >= limit || CLAUSE_END.contains(low[e]) || low[e].equals(",") || low[e].equals("(")) {
                    return new Found(null, new Np(k, e, NpKind.MENTION, m), null, k - 1);
                }
            }
        }
        if (endsWithPeriod(q)) {
            return null; // "… baseless.” He accused …": the next sentence is not this quote's attribution
        }
        for (int x = k; x < limit; x++) {
            if (clauseEnd(x) || low[x].equals(":")) {
                return null;
            }
            CueLexicon.Match m = cueAt(x, limit);
            if (m == null || x > k && nounUse(x)) {
                continue;
            }
            if (x == k) {
                if (low[x].endsWith("ing")) {
                    return null; // "“…,” adding that …": the clause goes on; the quote's cue is elsewhere
                }
                Np np = objectAfter(m.end(), limit);
                return Found.of(m, np);
            }
            Np np = subjectBefore(m.first(), k, true);
            if (np != null && (np.first() == k || np.first() == k + 1 && DETERMINERS.contains(low[k])
                    || rolePrefix(k, np.first()))) {
                return Found.of(m, np);
            }
            Np phrase = phraseFrom(k, skipBetween(m.first() - 1, k));
            if (phrase != null) {
                return Found.of(m, phrase);
            }
        }
        return null;
    }

    private static final Set<String> PHRASE_LINKS = Set.of("of", "in", "at", "for", "from", "with", "on", "and",
            "to", "'s", "-", "'");

    /**
     * Tokens [k, j] as one noun phrase led by a determiner or a capital, with prepositional tails:
     * "a narrator in the Clinton ad", "the 34-year-old mother of three", "a senior fellow at the institute".
     */
    private Np phraseFrom(int k, int j) {
        if (j < k || j - k > 14 || !(DETERMINERS.contains(low[k]) || Character.isUpperCase(toks.get(k).word().charAt(0)))) {
            return null;
        }
        if (!Character.isLetterOrDigit(toks.get(j).word().charAt(0)) || NP_STOP.contains(low[j])) {
            return null;
        }
        for (int x = k; x <= j; x++) {
            String w = low[x];
            boolean word = Character.isLetterOrDigit(toks.get(x).word().charAt(0));
            if (inQuote[x] >= 0 || !word && !PHRASE_LINKS.contains(w) || NP_STOP.contains(w) && !PHRASE_LINKS.contains(w)
                    || x > k && cueAt(x, x + 1) != null || PRONOUNS.contains(w) && x > k) {
                return null;
            }
        }
        int inner = -1;
        for (int x = k; x <= j && inner < 0; x++) {
            int m = mentionStart[x];
            if (m >= 0 && doc.mentions().get(m).type() == org.crosscheck.engine.doc.EntityType.PERSON) {
                inner = m;
            }
        }
        return new Np(k, j + 1, NpKind.GENERIC, inner);
    }

    /** A sentence-ending token; a period closing an abbreviation in parentheses ("(D-Wis.)") is not one. */
    private boolean clauseEnd(int x) {
        return CLAUSE_END.contains(low[x]) && !(x + 1 < n && low[x + 1].equals(")"));
    }

    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "\u2015", "-", "--");

    /** Tokens [from, to) are a title before a name: "White House press secretary", "Rep.", "Sen.". */
    private boolean rolePrefix(int from, int to) {
        if (to - from > 8) {
            return false;
        }
        for (int x = from; x < to; x++) {
            String w = low[x];
            Token t = toks.get(x);
            boolean ok = Character.isUpperCase(t.word().charAt(0)) || titleHead.test(w) || w.equals("'s")
                    || DETERMINERS.contains(w) || w.equals("of") || w.equals("for") || w.equals("-")
                    || cues.isSourceNoun(w) || Character.isLowerCase(t.word().charAt(0)) && w.length() > 2
                    && !NP_STOP.contains(w) && cueAt(x, x + 1) == null;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The attribution before an opening mark in its clause: "Lavrov remarked: “", "He elaborated, “", "X told reporters: “". */
    private Found before(int o, int low0) {
        int e = o - 1;
        boolean intro = INTRODUCERS.contains(low[e]);
        if (intro) {
            e--;
        }
        if (e < low0) {
            return null;
        }
        Found fallback = null;
        for (int x = e; x >= Math.max(low0, e - 14); x--) {
            if (inQuote[x] >= 0) {
                break;
            }
            CueLexicon.Match m = cueAt(x, e + 1);
            if (m == null || nounUse(x)) {
                continue;
            }
            int gap = e + 1 - m.end();
            if (gap > 0 && !intro) {
                continue;
            }
            if (gap > 0 && containsClauseEnd(m.end(), e + 1) || gap > 3 && contains(m.end(), e + 1, ",")) {
                break;
            }
            if (m.cue().has(CueLexicon.Frame.SOURCE)) {
                Np np = objectAfter(m.end(), e + 1);
                if (np != null) {
                    return Found.of(m, np);
                }
                continue;
            }
            if (participle(m.first(), low0)) {
                Found f = attached(m, doc.sentences().get(sentOf[m.first()]).tokens().first());
                if (f != null) {
                    return f;
                }
            }
            Np np = subjectBefore(m.first(), low0);
            if (np == null && gap > 0 && m.end() < e + 1) {
                Np inv = objectAfter(m.end(), e + 1);
                if (inv != null) {
                    return Found.of(m, inv);
                }
            }
            if (np == null) {
                Found f = attached(m, doc.sentences().get(sentOf[m.first()]).tokens().first());
                if (f != null) {
                    return f;
                }
                if (fallback == null) {
                    fallback = Found.of(m, null);
                }
                continue;
            }
            return Found.of(m, np);
        }
        return fallback;
    }

    private boolean headline(Found f) {
        return f.np != null && f.np.end() == f.colon;
    }

    /** "Name: “…”" in a title or at the start of a paragraph. */
    private Found headlineSpeaker(int o, int low0) {
        if (o - 1 < low0 || !low[o - 1].equals(":")) {
            return null;
        }
        int colon = o - 1;
        int m = colon - 1 >= 0 ? mentionEnd[colon - 1] : -1;
        if (m < 0) {
            return null;
        }
        int f = tokenStartingAt(doc.mentions().get(m).span().start());
        if (f != low0 || !isHeadlineSpeaker(doc.mentions().get(m), sentOf[o])) {
            return null;
        }
        return new Found(null, new Np(f, colon, NpKind.MENTION, m), null, colon);
    }

    private boolean isHeadlineSpeaker(Mention m, int sentence) {
        boolean title = doc.sentences().get(sentence).paragraph() < 0;
        return switch (m.type()) {
            case PERSON -> true;
            case ORGANIZATION -> title;
            default -> false;
        };
    }

    /**
     * A quote introduced without a cue: "Mitt Romney -- “…”" (a name right before the dash or comma),
     * "Obama is rolling out a new message: “…”" (the clause's subject, less surely).
     */
    private Found introducedBy(int o, int low0) {
        int intro = o - 1;
        int j = intro - 1;
        if (j >= low0 && !low[intro].equals(":")) {
            int m = mentionEnd[j];
            if (m >= 0 && doc.mentions().get(m).type() == org.crosscheck.engine.doc.EntityType.PERSON) {
                int f = tokenStartingAt(doc.mentions().get(m).span().start());
                return new Found(null, new Np(f, j + 1, NpKind.MENTION, m), null, intro);
            }
            return null;
        }
        if (low[intro].equals(":")) {
            Np main = mainSubject(intro, low0);
            if (main != null && (main.kind() == NpKind.PRONOUN
                    || doc.mentions().get(main.mention()).type() == org.crosscheck.engine.doc.EntityType.PERSON)) {
                return new Found(null, main, null, intro);
            }
        }
        return null;
    }

    /** A quote opening a sentence right after one that ends in a colon: "Lavrov said the following:". */
    private Found colonBefore(int s) {
        if (s == 0) {
            return null;
        }
        Sentence prev = doc.sentences().get(s - 1);
        int last = prev.tokens().end() - 1;
        if (last < 0 || !low[last].equals(":") || prev.paragraph() != doc.sentences().get(s).paragraph()
                && prev.paragraph() + 1 != doc.sentences().get(s).paragraph()) {
            return null;
        }
        Found f = before(last + 1, prev.tokens().first());
        if (f == null) {
            f = headlineSpeaker(last + 1, prev.tokens().first());
        }
        return f;
    }

    /** A quote with no attribution of its own continues the previous direct quote when nothing else intervenes. */
    private Draft continues(Draft last, int o) {
        if (last == null || last.dropped) {
            return null;
        }
        int lastEnd = tokenEndingAt(last.ce);
        int lastSent = sentOf[lastEnd];
        int s = sentOf[o];
        int lastPara = doc.sentences().get(lastSent).paragraph();
        int para = doc.sentences().get(s).paragraph();
        if (para == lastPara) {
            // "“…,” he said. “…”": only the previous quote's attribution may stand between
            if (o - lastEnd > 40) {
                return null;
            }
            for (int x = lastEnd + 1; x < o; x++) {
                if (inQuote[x] >= 0 && inQuote[x] != inQuote[lastEnd]) {
                    return null;
                }
                if (cueAt(x, o) != null && (x < last.cueFirst || x >= last.cueEnd) && !nounUse(x)) {
                    return null;
                }
            }
            return last;
        }
        if (para == lastPara + 1 && o == firstTokenOfParagraph(s)) {
            // the previous paragraph ends in the previous speaker's quote
            int lastSentOfPrev = lastSentenceOfParagraph(lastSent);
            return hasQuote(lastSentOfPrev) || lastSentOfPrev == lastSent ? last : null;
        }
        return null;
    }

    private boolean hasQuote(int sentence) {
        Sentence s = doc.sentences().get(sentence);
        for (int k = s.tokens().first(); k < s.tokens().end(); k++) {
            if (inQuote[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    private int firstTokenOfParagraph(int s) {
        int p = doc.sentences().get(s).paragraph();
        int x = s;
        while (x > 0 && doc.sentences().get(x - 1).paragraph() == p) {
            x--;
        }
        return doc.sentences().get(x).tokens().first();
    }

    private int lastSentenceOfParagraph(int s) {
        int p = doc.sentences().get(s).paragraph();
        int x = s;
        while (x + 1 < doc.sentences().size() && doc.sentences().get(x + 1).paragraph() == p) {
            x++;
        }
        return x;
    }

    /** The cue a partial quote hangs on: the nearest cue with a speaker before it in its sentence, else after it. */
    private Found partialCue(int o, int c) {
        Found generic = null;
        int s = sentOf[o];
        Sentence sent = doc.sentences().get(s);
        int first = sent.tokens().first();
        for (int x = o - 1; x >= first; x--) {
            Found f = partialCueAt(x, o, first);
            if (f == null) {
                continue;
            }
            if (f.np() == null || f.np().kind() != NpKind.GENERIC) {
                return f;
            }
            if (generic == null) {
                generic = f; // "a local radio report": weaker than a named speaker further left
            }
        }
        return generic != null ? generic : partialCueAfter(c, sent);
    }

    private Found partialCueAt(int x, int o, int first) {
        if (inQuote[x] >= 0) {
            return null;
        }
        CueLexicon.Match m = cueAt(x, o);
        if (m == null || nounUse(x)) {
            return null;
        }
        if (m.cue().has(CueLexicon.Frame.SOURCE)) {
            Np np = objectAfter(m.end(), o);
            return np == null ? null : Found.of(m, np);
        }
        if (participle(m.first(), first)) {
            Found f = attached(m, first);
            if (f != null) {
                return f;
            }
        }
        Np np = subjectBefore(m.first(), first);
        if (np != null) {
            return Found.of(m, np);
        }
        return attached(m, first);
    }

    private Found partialCueAfter(int c, Sentence sent) {
        int end = Math.min(sent.tokens().end(), c + 14);
        for (int x = c + 1; x < end; x++) {
            if (inQuote[x] >= 0 || CLAUSE_END.contains(low[x])) {
                break;
            }
            CueLexicon.Match m = cueAt(x, end);
            if (m == null || nounUse(x)) {
                continue;
            }
            Np np = subjectBefore(m.first(), c + 1);
            if (np == null && (m.cue().has(CueLexicon.Frame.INV) || m.cue().has(CueLexicon.Frame.SOURCE))) {
                np = objectAfter(m.end(), end);
            }
            if (np != null) {
                return Found.of(m, np);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ reported speech

    private void reported() {
        List<Sentence> ss = doc.sentences();
        for (int s = 0; s < ss.size(); s++) {
            Sentence sent = ss.get(s);
            int first = sent.tokens().first();
            int end = sent.tokens().end();
            boolean trailingDone = false;
            for (int x = first; x < end; x++) {
                if (inQuote[x] >= 0) {
                    continue;
                }
                CueLexicon.Match m = cueAt(x, end);
                if (m == null) {
                    continue;
                }
                if (nounUse(x) || passive(x, first) || modalBefore(x, first)) {
                    x = m.end() - 1;
                    continue;
                }
                if (!m.cue().reports()) {
                    // "answered questions ... by saying": the participle needs this speaker
                    Np np = cueOwner[x] == null ? subjectBefore(x, first) : null;
                    if (np != null) {
                        registerCue(m, Found.of(m, np));
                    }
                    x = m.end() - 1;
                    continue;
                }
                if (m.cue().has(CueLexicon.Frame.SOURCE)) {
                    trailingDone |= according(m, first, end);
                    x = m.end() - 1;
                    continue;
                }
                Found who = reportedSpeaker(m, first);
                if (who == null) {
                    x = m.end() - 1;
                    continue;
                }
                int cs = contentStart(m, end);
                if (cs < 0) {
                    if (cueOwner[x] == null) {
                        registerCue(m, who);
                    }
                    x = m.end() - 1;
                    continue;
                }
                int ce = contentEnd(cs, end);
                if (inQuote[cs] >= 0 && ce - 1 >= cs && inQuote[ce - 1] == inQuote[cs]) {
                    // 'said that “everyone can check.”': the partial quote is the whole statement
                    x = m.end() - 1;
                    continue;
                }
                if (ce - cs >= 2 && wordCount(cs, ce) >= 2) {
                    Draft d = draft(QuoteKind.REPORTED, tokenSpan(cs, ce), who, m.first());
                    d.factor = 0.9;
                    if (m.cue().has(CueLexicon.Frame.AS) && dismissal(cs, ce)) {
                        d.polarity = CuePolarity.DENY;
                    }
                }
                x = m.end() - 1;
            }
            if (!trailingDone) {
                trailing(first, end);
            }
        }
    }

    /** Remembers a cue's speaker (without content of its own) so participles after it can share it. */
    private void registerCue(CueLexicon.Match m, Found who) {
        Draft d = new Draft(QuoteKind.REPORTED, 0, 0, m.first());
        apply(d, who);
        d.dropped = true;
        drafts.add(d);
    }

    /** The speaker of a reporting cue: its subject, or the speaker of the clause a participle or "and" attaches to. */
    private Found reportedSpeaker(CueLexicon.Match m, int first) {
        int x = m.first();
        if (participle(x, first)) {
            return attached(m, first);
        }
        Np np = subjectBefore(x, first);
        if (np != null) {
            if (np.kind() == NpKind.PRONOUN && (low[np.first()].equals("i") || low[np.first()].equals("we")
                    || low[np.first()].equals("you"))) {
                return null;
            }
            return Found.of(m, np);
        }
        int p = x - 1;
        boolean coordinated = p >= first && (low[p].equals("and") || low[p].equals("but"));
        return coordinated ? attached(m, first) : null;
    }

    /** "…, saying", "by saying", "before asking": a participle whose subject is the clause's. */
    private boolean participle(int x, int first) {
        if (!low[x].endsWith("ing") || x - 1 < first) {
            return false;
        }
        String p = low[x - 1];
        return p.equals(",") || p.equals("by") || p.equals("as") || p.equals("while") || p.equals("after") || p.equals("before")
                || p.equals("when") || p.equals("in") || p.equals("then");
    }

    /**
     * The speaker a participle or a coordinated cue shares: the main subject of the sentence (through
     * the attribution that has it, when there is one), else the nearest earlier attribution.
     */
    private Found attached(CueLexicon.Match m, int first) {
        int x = m.first();
        if (x - 1 > first && low[x - 1].equals("as")) {
            // "quoted a district official as saying": the speaker stands before "as"
            Np np = subjectBefore(x - 1, first);
            if (np != null) {
                return Found.of(m, np);
            }
        }
        Np main = mainSubject(x, first);
        if (main != null) {
            for (int k = first; k < x; k++) {
                Draft d = cueOwner[k];
                if (d != null && d.np != null && d.np.first() == main.first()) {
                    return new Found(m, null, d, -1);
                }
            }
            if (participle(x, first)) {
                return Found.of(m, main);
            }
        }
        Draft owner = sentenceSpeaker(x, first);
        if (owner != null) {
            return new Found(m, null, owner, -1);
        }
        return main == null ? null : Found.of(m, main);
    }

    /** The first person or organisation (or he/she) of the sentence outside quotes and prepositional phrases. */
    private Np mainSubject(int x, int first) {
        for (int k = first; k < x; k++) {
            if (inQuote[k] >= 0) {
                continue;
            }
            int m = mentionStart[k];
            if (m >= 0) {
                Mention mm = doc.mentions().get(m);
                int e = tokenEndingAt(mm.span().end());
                if ((mm.type() == org.crosscheck.engine.doc.EntityType.PERSON
                        || mm.type() == org.crosscheck.engine.doc.EntityType.ORGANIZATION) && !afterPreposition(k, first)) {
                    return new Np(k, e + 1, NpKind.MENTION, m);
                }
                k = e;
                continue;
            }
            if ((low[k].equals("he") || low[k].equals("she")) && !afterPreposition(k, first)) {
                return new Np(k, k + 1, NpKind.PRONOUN, -1);
            }
        }
        return null;
    }

    /** The nearest earlier cue in the sentence that has a speaker. */
    private Draft sentenceSpeaker(int x, int first) {
        for (int k = x - 1; k >= first; k--) {
            Draft d = cueOwner[k];
            if (d != null && (d.np != null || d.inherit != null)) {
                return d;
            }
        }
        return null;
    }

    private int wordCount(int cs, int ce) {
        int w = 0;
        for (int k = cs; k < ce; k++) {
            if (Character.isLetterOrDigit(toks.get(k).word().charAt(0))) {
                w++;
            }
        }
        return w;
    }

    /** Where the content of a reporting cue starts, by its frames; -1 when nothing fits. */
    private int contentStart(CueLexicon.Match m, int end) {
        CueLexicon.Cue cue = m.cue();
        int k = m.end();
        if (k >= end) {
            return -1;
        }
        boolean clause = cue.has(CueLexicon.Frame.THAT) || cue.has(CueLexicon.Frame.THAT_EXPLICIT)
                || cue.has(CueLexicon.Frame.OBJ);
        if (clause) {
            if (low[k].equals("that")) {
                return k + 1 < end ? k + 1 : -1;
            }
            // "said in a statement that ...", "told reporters that ...": look for "that" past an adjunct or
            // an addressee; "said the figures that everyone can check ...": a bare clause, its "that" is not ours
            boolean bare = cue.has(CueLexicon.Frame.THAT) && opensClause(k) && !cue.has(CueLexicon.Frame.OBJ);
            int window = bare ? 0 : cue.has(CueLexicon.Frame.OBJ) ? 26 : 10;
            for (int y = k + 1; y < Math.min(end, k + window); y++) {
                String w = low[y];
                if (CLAUSE_END.contains(w) || w.equals(":") || inQuote[y] >= 0 || QuoteMarks.isMark(w.charAt(0))) {
                    break;
                }
                if (w.equals("that")) {
                    return y + 1 < end ? y + 1 : -1;
                }
                if (cueAt(y, end) != null) {
                    break;
                }
            }
            if (cue.has(CueLexicon.Frame.THAT) && opensClause(k)) {
                return k;
            }
        }
        if (cue.has(CueLexicon.Frame.TO) && !low[k].equals("not") && !low[k].equals("to")) {
            for (int y = k + 1; y < Math.min(end, k + 12); y++) {
                if (CLAUSE_END.contains(low[y])) {
                    break;
                }
                if (low[y].equals("to")) {
                    return k;
                }
            }
        }
        if (cue.has(CueLexicon.Frame.OF)) {
            for (int y = k + 1; y < Math.min(end, k + 12); y++) {
                if (CLAUSE_END.contains(low[y])) {
                    break;
                }
                if (low[y].equals("of")) {
                    return k;
                }
            }
        }
        if (cue.has(CueLexicon.Frame.WHETHER) && QUESTION_WORDS.contains(low[k])) {
            return k;
        }
        if (cue.has(CueLexicon.Frame.PREP) && PREP_CONTENT.contains(low[k])) {
            return k + 1 < end ? k + 1 : -1;
        }
        if ((cue.has(CueLexicon.Frame.NP) || cue.has(CueLexicon.Frame.AS)) && startsPhrase(k)) {
            return k;
        }
        return -1;
    }

    /** Whether token k can open a bare reported clause ("said Russia would ...", "said he would ..."). */
    private boolean opensClause(int k) {
        String w = low[k];
        if (inQuote[k] >= 0 || QuoteMarks.isMark(w.charAt(0))) {
            return false;
        }
        if (PRONOUNS.contains(w) || w.equals("there") || DETERMINERS.contains(w) && !w.equals("that")) {
            return true;
        }
        char ch = toks.get(k).word().charAt(0);
        return Character.isUpperCase(ch) || Character.isDigit(ch);
    }

    private boolean startsPhrase(int k) {
        String w = low[k];
        char ch = toks.get(k).word().charAt(0);
        return Character.isLetterOrDigit(ch) && !w.equals("to") && !w.equals("by") && !w.equals("on")
                && !w.equals("in") && !w.equals("at") && !w.equals("for") && !w.equals("with") && !w.equals("and")
                && !w.equals("from") && !w.equals("up") && !w.equals("out") && !w.equals("off") && !w.equals("it");
    }

    /** Where reported content ends: the clause end, or before a participle, "according to" or another attribution. */
    private int contentEnd(int cs, int end) {
        int e = end;
        for (int k = cs; k < end; k++) {
            String w = low[k];
            if (w.equals(";") || w.equals(":") && k + 1 < end && inQuote[k + 1] >= 0) {
                e = k;
                break;
            }
            if (w.equals(",") && k + 1 < end) {
                CueLexicon.Match m = cueAt(k + 1, end);
                if (m != null && (low[k + 1].endsWith("ing") || m.cue().has(CueLexicon.Frame.SOURCE))) {
                    e = k;
                    break;
                }
                if (k + 2 < end && (low[k + 1].equals("and") || low[k + 1].equals("but"))
                        && cueAt(k + 2, end) != null) {
                    e = k;
                    break;
                }
                if (k + 2 < end && PRONOUNS.contains(low[k + 1]) && cueAt(k + 2, end) != null) {
                    e = k;
                    break;
                }
            }
            if ((w.equals("and") || w.equals("but")) && k + 1 < end && k > cs) {
                CueLexicon.Match m = cueAt(k + 1, end);
                if (m != null && m.cue().reports() && !low[k + 1].equals("that")) {
                    e = k;
                    break;
                }
            }
            if (inQuote[k] >= 0 && topDirect[inQuote[k]] && k > cs) {
                e = k;
                break;
            }
        }
        while (e > cs && isTrailingPunct(low[e - 1])) {
            e--;
        }
        return e;
    }

    private static boolean isTrailingPunct(String w) {
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("!") || w.equals("?")
                || w.equals("--") || w.equals("\u2014") || w.equals("\u2013") || w.equals("-");
    }

    /** "According to X, CONTENT" and "CONTENT, according to X". Returns whether a draft was made. */
    private boolean according(CueLexicon.Match m, int first, int end) {
        Np np = objectAfter(m.end(), end);
        if (np == null) {
            return false;
        }
        int afterNp = np.end();
        // skip an apposition after the source
        while (afterNp < end && !low[afterNp].equals(",") && !CLAUSE_END.contains(low[afterNp])) {
            afterNp++;
        }
        int cs;
        int ce;
        if (m.first() == first || m.first() > first && !low[m.first() - 1].equals(",")) {
            if (afterNp >= end || !low[afterNp].equals(",")) {
                return false;
            }
            cs = afterNp + 1;
            ce = contentEnd(cs, end);
        } else {
            cs = first;
            ce = m.first() - 1;
            while (ce > cs && isTrailingPunct(low[ce - 1])) {
                ce--;
            }
        }
        if (ce - cs < 3 || inQuote[cs] >= 0 && topDirect[inQuote[cs]]) {
            return false;
        }
        Draft d = draft(QuoteKind.REPORTED, tokenSpan(cs, ce), Found.of(m, np), cs);
        d.factor = 0.9;
        return true;
    }

    /** "CONTENT, officials said." / "CONTENT, said the official." at the end of a sentence. */
    private void trailing(int first, int end) {
        int last = end - 1;
        while (last > first && (isTrailingPunct(low[last]) || QuoteMarks.isMark(low[last].charAt(0)))) {
            last--;
        }
        for (int comma = last - 1; comma > first + 2 && comma >= last - 12; comma--) {
            if (!low[comma].equals(",")) {
                continue;
            }
            if (inQuote[comma] >= 0 || inQuote[first] >= 0 && topDirect[inQuote[first]]) {
                return;
            }
            for (int x = comma + 1; x <= last; x++) {
                CueLexicon.Match m = cueAt(x, last + 1);
                if (m == null) {
                    continue;
                }
                if (!(m.cue().has(CueLexicon.Frame.INV) || m.cue().has(CueLexicon.Frame.THAT))) {
                    return;
                }
                Np np;
                if (x == comma + 1) {
                    np = objectAfter(m.end(), last + 1);
                } else {
                    np = subjectBefore(x, comma + 1);
                    if (np != null && np.first() > comma + 2) {
                        np = null;
                    }
                }
                if (np == null || x - comma > 9) {
                    return;
                }
                for (Draft d : drafts) {
                    if (d.cueFirst == x && !d.dropped) {
                        return;
                    }
                }
                int cs = datelineEnd(first, comma);
                while (cs < comma && (low[cs].equals("but") || low[cs].equals("and") || low[cs].equals("so"))) {
                    cs++;
                }
                if (comma - cs < 3) {
                    return;
                }
                Draft d = draft(QuoteKind.REPORTED, tokenSpan(cs, comma), Found.of(m, np), cs);
                d.factor = 0.85;
                return;
            }
        }
    }

    /** The first token after a dateline ("ERBIL –", "BAGHDAD (Northern Wire) –") opening tokens [first, limit), or first. */
    private int datelineEnd(int first, int limit) {
        for (int k = first; k < Math.min(limit, first + 8); k++) {
            if (DASHES.contains(low[k])) {
                return k > first ? k + 1 : first;
            }
            String w = toks.get(k).word();
            boolean ok = w.equals("(") || w.equals(")") || w.equals(",") || Character.isUpperCase(w.charAt(0));
            if (!ok) {
                return first;
            }
        }
        return first;
    }

    /** "Lavrov: CSTO members seek dialogue" in a title; "Name: …" opening a paragraph. */
    private void headlines() {
        List<Sentence> ss = doc.sentences();
        int lastPara = Integer.MIN_VALUE;
        for (int s = 0; s < ss.size(); s++) {
            Sentence sent = ss.get(s);
            boolean opensParagraph = sent.paragraph() != lastPara;
            lastPara = sent.paragraph();
            if (!opensParagraph) {
                continue;
            }
            int first = sent.tokens().first();
            int m = -1;
            int colon = -1;
            for (int k = first; k < Math.min(sent.tokens().end(), first + 8); k++) {
                if (low[k].equals(":")) {
                    colon = k;
                    m = k > first ? mentionEnd[k - 1] : -1;
                    break;
                }
            }
            if (m < 0 || colon + 1 >= sent.tokens().end() || inQuote[colon + 1] >= 0) {
                continue;
            }
            Mention mention = doc.mentions().get(m);
            if (tokenStartingAt(mention.span().start()) != first || !isHeadlineSpeaker(mention, s)) {
                continue;
            }
            int end = sent.paragraph() < 0 ? lastTokenOfParagraph(s) + 1 : sent.tokens().end();
            int ce = end;
            while (ce > colon + 1 && isTrailingPunct(low[ce - 1])) {
                ce--;
            }
            if (wordCount(colon + 1, ce) < 3) {
                continue;
            }
            Draft d = draft(QuoteKind.REPORTED, tokenSpan(colon + 1, ce),
                    new Found(null, new Np(first, colon, NpKind.MENTION, m), null, colon), colon);
            d.factor = 0.85;
        }
    }

    private int lastTokenOfParagraph(int s) {
        return doc.sentences().get(lastSentenceOfParagraph(s)).tokens().end() - 1;
    }

    // ------------------------------------------------------------------ speaker phrases

    /** How a speaker phrase refers. */
    enum NpKind { MENTION, PRONOUN, GENERIC }

    /** A speaker phrase: tokens [first, end), and the mention it is (or contains), or -1. */
    record Np(int first, int end, NpKind kind, int mention) {
    }

    /**
     * The subject of a cue at token {@code cue}, not reaching before {@code low0}: a mention, a
     * pronoun or a source description ending right before the cue, through adverbs and auxiliaries
     * ("also", "has"), a relative pronoun ("officials who said") and appositions in commas.
     */
    Np subjectBefore(int cue, int low0) {
        return subjectBefore(cue, low0, false);
    }

    /**
     * @param relaxed right after a closing quote mark, where the structure alone makes a noun phrase the
     *                speaker: "the New York businessman said", "the 34-year-old mother of three said"
     */
    Np subjectBefore(int cue, int low0, boolean relaxed) {
        boolean ing = low[cue].endsWith("ing");
        int j = skipBetween(cue - 1, low0);
        if (j < low0) {
            return null;
        }
        if (low[j].equals("who") || low[j].equals("which")) {
            j--;
            if (j >= low0 && low[j].equals(",")) {
                // "officials, who said" or "X, a researcher with Y, who said": a person right before wins
                int k = skipBetween(j - 1, low0);
                Np near = k < low0 ? null : npEndingAt(k, low0, true);
                if (near != null && personLike(near)) {
                    return near;
                }
            } else {
                j = skipBetween(j, low0);
                return j < low0 ? null : npEndingAt(j, low0, true);
            }
        }
        boolean relative = j + 1 < cue && low[j + 1].equals("who");
        Np fallback = null;
        for (int round = 0; round < 4 && j >= low0; round++) {
            if (low[j].equals(",")) {
                int open = parentheticalStart(j, low0);
                if (open < 0 || open - 1 < low0) {
                    return fallback;
                }
                Np named = nameBetween(open + 1, j);
                if (named != null) {
                    return named; // "The rebel commander, Samir Aziz, denied": the name in apposition
                }
                j = skipBetween(open - 1, low0);
                continue;
            }
            Np np = npEndingAt(j, low0, relative || ing);
            if (np == null && relaxed) {
                np = anyPhraseEndingAt(j, low0);
            }
            if (np == null) {
                np = relativeAntecedent(j, low0);
            }
            if (np != null && speakerLike(np)) {
                if (np.kind() == NpKind.PRONOUN || np.kind() == NpKind.MENTION
                        && doc.mentions().get(np.mention()).type() == org.crosscheck.engine.doc.EntityType.PERSON
                        && doc.mentions().get(np.mention()).kind() == org.crosscheck.engine.doc.MentionKind.NAME) {
                    return np;
                }
                // a role or an organisation: a name it stands in apposition to wins ("Jones, the head of X, said")
                if (fallback == null || !speakerLike(fallback)) {
                    fallback = np;
                }
            } else if (fallback == null) {
                fallback = np;
            }
            // "X, the attorney general of Oklahoma, one of the states ..., said": the phrase ending here may
            // itself be an apposition to the speaker before it
            int prev = -1;
            for (int k = j - 1; k >= Math.max(low0, j - 16); k--) {
                if (low[k].equals(",")) {
                    prev = k;
                    break;
                }
                if (clauseEnd(k) || low[k].equals(":") || inQuote[k] >= 0 || cueAt(k, j + 1) != null && !nounUse(k)) {
                    break;
                }
            }
            if (prev < 0 || prev - 1 < low0 || low[prev + 1].equals("and") || low[prev + 1].equals("or")) {
                return fallback;
            }
            j = skipBetween(prev - 1, low0);
        }
        return fallback;
    }

    /** A person's name filling tokens [from, to) exactly, or null. */
    private Np nameBetween(int from, int to) {
        int m = from < to ? mentionStart[from] : -1;
        if (m < 0) {
            return null;
        }
        Mention mm = doc.mentions().get(m);
        if (mm.type() != org.crosscheck.engine.doc.EntityType.PERSON || mm.kind() != org.crosscheck.engine.doc.MentionKind.NAME
                || tokenEndingAt(mm.span().end()) + 1 != to) {
            return null;
        }
        return new Np(from, to, NpKind.MENTION, m);
    }

    /** "A ministry official who asked not to be named said": the speaker before the relative clause ending at j. */
    private Np relativeAntecedent(int j, int low0) {
        for (int w = j; w > Math.max(low0, j - 10); w--) {
            String t = low[w];
            if (t.equals("who") || t.equals("which") || t.equals("that") && w < j) {
                Np np = w - 1 >= low0 ? npEndingAt(w - 1, low0, true) : null;
                return np != null && personLike(np) ? np : null;
            }
            if (!Character.isLetterOrDigit(toks.get(w).word().charAt(0)) || inQuote[w] >= 0) {
                return null;
            }
        }
        return null;
    }

    /** Whether a phrase can be a speaker: a person or organisation, a pronoun, a source noun. */
    private boolean speakerLike(Np np) {
        return switch (np.kind()) {
            case PRONOUN -> true;
            case MENTION -> {
                org.crosscheck.engine.doc.EntityType t = doc.mentions().get(np.mention()).type();
                yield t == org.crosscheck.engine.doc.EntityType.PERSON || t == org.crosscheck.engine.doc.EntityType.ORGANIZATION
                        || doc.mentions().get(np.mention()).kind() == org.crosscheck.engine.doc.MentionKind.DESCRIPTION;
            }
            case GENERIC -> {
                int head = np.end() - 1;
                for (int x = np.first() + 1; x < np.end(); x++) {
                    if (PHRASE_LINKS.contains(low[x]) && !low[x].equals("'s") && !low[x].equals("-")) {
                        head = x - 1; // "the attorney general of Oklahoma": the head comes before "of"
                        break;
                    }
                }
                yield np.mention() >= 0 || cues.isSourceNoun(low[head]) || titleHead.test(low[head])
                        || head == np.end() - 1 && Character.isUpperCase(toks.get(head).word().charAt(0));
            }
        };
    }

    /** A determiner-led noun phrase of ordinary words ending at j: "the 34-year-old mother of three". */
    private Np anyPhraseEndingAt(int j, int low0) {
        if (!Character.isLetterOrDigit(toks.get(j).word().charAt(0)) || NP_STOP.contains(low[j]) || inQuote[j] >= 0) {
            return null;
        }
        for (int k = j; k >= Math.max(low0, j - 8); k--) {
            String w = low[k];
            if (DETERMINERS.contains(w) && k < j) {
                return new Np(k, j + 1, NpKind.GENERIC, -1);
            }
            if (k < j && (NP_STOP.contains(w) && !w.equals("of") || !Character.isLetterOrDigit(toks.get(k).word().charAt(0))
                    && !w.equals("-") && !w.equals("'s"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The comma opening the apposition or aside that ends with the comma at {@code close}, or -1 when
     * what lies between is not one: a clause with a cue in it, a quote, or the tail of a list
     * ("Russia, Kazakhstan, and Belarus,").
     */
    private int parentheticalStart(int close, int low0) {
        for (int k = close - 1; k >= Math.max(low0, close - 28); k--) {
            String w = low[k];
            if (w.equals(",")) {
                String first = low[k + 1];
                if (first.equals("and") || first.equals("or") || k + 1 == close) {
                    return -1;
                }
                return k;
            }
            if (clauseEnd(k) || w.equals(":") || inQuote[k] >= 0 || cueOwner[k] != null
                    || cueAt(k, close) != null && !nounUse(k) && cueAt(k, close).cue().reports()
                    && !low[k].endsWith("ed")) {
                return -1;
            }
        }
        return -1;
    }

    private boolean personLike(Np np) {
        return switch (np.kind()) {
            case PRONOUN -> true;
            case MENTION -> doc.mentions().get(np.mention()).type() == org.crosscheck.engine.doc.EntityType.PERSON;
            case GENERIC -> np.mention() < 0 || doc.mentions().get(np.mention()).type()
                    == org.crosscheck.engine.doc.EntityType.PERSON;
        };
    }

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "today", "yesterday", "tonight", "morning", "afternoon", "evening",
            "night", "week", "weekend", "month", "year");
    private static final Set<String> TIME_LEADS = Set.of("on", "last", "this", "next", "early", "late", "earlier",
            "later", "in", "during", "the", "same", "that", "of", "at");

    /** The first token before a time adjunct ending at j ("on Saturday", "late on Friday, March 21"), or j. */
    private int skipTime(int j, int low0) {
        int t = j;
        boolean time = false;
        while (t >= low0 && (TIME_WORDS.contains(low[t]) || TIME_LEADS.contains(low[t]) || isNumber(low[t]))) {
            time |= TIME_WORDS.contains(low[t]);
            t--;
        }
        if (!time || t == j) {
            return j;
        }
        // the adjunct opens with a preposition or a time word, never ends a subject ("the Monday group")
        int first = t + 1;
        return TIME_LEADS.contains(low[first]) && !low[first].equals("the") || TIME_WORDS.contains(low[first]) ? t : j;
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.length() <= 4;
    }

    private int skipBetween(int j, int low0) {
        while (j >= low0) {
            int t = skipTime(j, low0);
            if (t != j) {
                j = t;
            } else if (BETWEEN.contains(low[j]) || adverb(j)) {
                j--;
            } else if (low[j].equals(")") || low[j].equals("]")) {
                // "Rep. Gwen Moore (D-Wis.) said", "Jones, 54, (a teacher) said"
                String open = low[j].equals(")") ? "(" : "[";
                int k = j - 1;
                while (k >= low0 && k > j - 12 && !low[k].equals(open)) {
                    k--;
                }
                if (k < low0 || !low[k].equals(open)) {
                    return j;
                }
                j = k - 1;
            } else {
                return j;
            }
        }
        return j;
    }

    private boolean adverb(int j) {
        String w = low[j];
        return w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(toks.get(j).word().charAt(0))
                && !w.equals("family") && !w.equals("ally") && !w.equals("italy") && !w.equals("july");
    }

    /** The speaker phrase whose last token is {@code j}. */
    private Np npEndingAt(int j, int low0, boolean inPhraseToo) {
        if (inQuote[j] >= 0) {
            return null;
        }
        int m = mentionEnd[j];
        if (m >= 0) {
            int f = tokenStartingAt(doc.mentions().get(m).span().start());
            if (f >= low0) {
                if (!inPhraseToo && afterPreposition(f, low0)) {
                    // "the talks in Almaty underscored": the place is not the subject; "a resident of
                    // Kabul said": the resident is
                    return headBeforePhrase(j, low0);
                }
                return new Np(f, j + 1, NpKind.MENTION, m);
            }
        }
        String w = low[j];
        if (PRONOUNS.contains(w)) {
            return new Np(j, j + 1, NpKind.PRONOUN, -1);
        }
        boolean capital = Character.isUpperCase(toks.get(j).word().charAt(0));
        if (!(cues.isSourceNoun(w) || titleHead.test(w) || capital && !DETERMINERS.contains(w))) {
            return headBeforePhrase(j, low0);
        }
        if (!Character.isLetter(toks.get(j).word().charAt(0)) || NP_STOP.contains(w)) {
            return null;
        }
        int k = j;
        int count = 0;
        while (k - 1 >= low0 && count < 7) {
            String v = low[k - 1];
            Token t = toks.get(k - 1);
            if (DETERMINERS.contains(v)) {
                k--;
                break;
            }
            if (v.equals("'s") || v.equals("'")) {
                k--;
                continue;
            }
            if ((v.equals("of") || v.equals("for")) && Character.isUpperCase(toks.get(k).word().charAt(0))) {
                k--;
                continue;
            }
            if (!Character.isLetterOrDigit(t.word().charAt(0)) && !v.equals("-") || NP_STOP.contains(v)
                    || inQuote[k - 1] >= 0 || cueAt(k - 1, k) != null) {
                break;
            }
            k--;
            count++;
        }
        // the phrase may contain a mention that is the speaker ("the Russian Ministry of Foreign Affairs")
        int inner = -1;
        for (int x = k; x <= j; x++) {
            int ms = mentionStart[x];
            if (ms >= 0 && (x == k || x == k + 1 && DETERMINERS.contains(low[k]))) {
                inner = ms;
                break;
            }
        }
        if (!capital && !cues.isSourceNoun(w) && !titleHead.test(w)) {
            return null;
        }
        return new Np(k, j + 1, NpKind.GENERIC, inner);
    }

    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("in", "at", "from", "of", "near", "on", "with",
            "by", "for", "to", "into", "across", "inside", "outside", "throughout", "within", "between", "among",
            "against", "over", "under", "about", "through", "toward", "towards", "around", "behind", "beyond", "along",
            "past", "via", "per", "beside", "amid", "amidst", "despite", "since", "until", "upon", "onto", "off",
            "like", "unlike", "during", "after", "before", "without", "including");

    /** Whether the phrase starting at token f sits inside a prepositional phrase ("in Almaty", "with Russia's ministry"). */
    private boolean afterPreposition(int f, int low0) {
        int p = f - 1;
        if (p >= low0 && (low[p].equals("'s") || low[p].equals("'"))) {
            p -= 2;
        }
        if (p >= low0 && DETERMINERS.contains(low[p])) {
            p--;
        }
        return p >= low0 && PHRASE_PREPOSITIONS.contains(low[p]);
    }

    /**
     * A source whose head comes before a prepositional phrase ending at j: "a shop owner in the old
     * town", "a resident of Kabul", "the head of the mission".
     */
    private Np headBeforePhrase(int j, int low0) {
        for (int p = j - 1; p >= Math.max(low0 + 1, j - 7); p--) {
            String w = low[p];
            if (!Character.isLetterOrDigit(toks.get(p).word().charAt(0)) && !w.equals("'s") || inQuote[p] >= 0
                    || cueAt(p, p + 1) != null) {
                return null;
            }
            if (!PHRASE_PREPOSITIONS.contains(w)) {
                continue;
            }
            int h = p - 1;
            int m = mentionEnd[h];
            boolean person = m >= 0 && doc.mentions().get(m).type() == org.crosscheck.engine.doc.EntityType.PERSON;
            boolean source = cues.isSourceNoun(low[h]) || titleHead.test(low[h]);
            if (!person && !source) {
                return null;
            }
            if (person) {
                int f = tokenStartingAt(doc.mentions().get(m).span().start());
                return f >= low0 ? new Np(f, h + 1, NpKind.MENTION, m) : null;
            }
            int k = h;
            while (k - 1 >= low0 && h - k < 6) {
                String v = low[k - 1];
                if (DETERMINERS.contains(v)) {
                    k--;
                    break;
                }
                if (!Character.isLetterOrDigit(toks.get(k - 1).word().charAt(0)) && !v.equals("'s") || NP_STOP.contains(v)
                        || inQuote[k - 1] >= 0) {
                    break;
                }
                k--;
            }
            int inner = mentionStart[k] >= 0 && mentionEnd[h] == mentionStart[k] ? mentionStart[k] : -1;
            return new Np(k, j + 1, NpKind.GENERIC, inner);
        }
        return null;
    }

    /** The speaker right after an inverted cue: "said Lavrov", "said the spokesman", "said he", "according to officials". */
    Np objectAfter(int k, int limit) {
        if (k >= limit || inQuote[k] >= 0) {
            return null;
        }
        int m = mentionStart[k];
        if (m >= 0) {
            return new Np(k, tokenEndingAt(doc.mentions().get(m).span().end()) + 1, NpKind.MENTION, m);
        }
        if (DETERMINERS.contains(low[k]) && k + 1 < limit && mentionStart[k + 1] >= 0) {
            int mm = mentionStart[k + 1];
            return new Np(k, tokenEndingAt(doc.mentions().get(mm).span().end()) + 1, NpKind.MENTION, mm);
        }
        if (PRONOUNS.contains(low[k])) {
            return new Np(k, k + 1, NpKind.PRONOUN, -1);
        }
        int e = k;
        int person = -1;
        while (e < limit && e - k < 9) {
            String w = low[e];
            if (!Character.isLetterOrDigit(toks.get(e).word().charAt(0)) && !w.equals("'s") && !w.equals("-")
                    || e > k && NP_STOP.contains(w) || inQuote[e] >= 0) {
                break;
            }
            if (person < 0 && mentionStart[e] >= 0) {
                person = mentionStart[e];
            }
            e++;
        }
        if (e == k) {
            return null;
        }
        String head = low[e - 1];
        boolean capital = Character.isUpperCase(toks.get(e - 1).word().charAt(0));
        Np apposed = nameAfterComma(e, limit);
        if (apposed != null && (person < 0 || doc.mentions().get(person).kind() != org.crosscheck.engine.doc.MentionKind.NAME)
                && (cues.isSourceNoun(head) || titleHead.test(head))) {
            return apposed; // "said the company's lawyer, Ines Duarte": the name in apposition
        }
        if (person >= 0 && doc.mentions().get(person).type() == org.crosscheck.engine.doc.EntityType.PERSON) {
            int pf = tokenStartingAt(doc.mentions().get(person).span().start());
            int pe = tokenEndingAt(doc.mentions().get(person).span().end()) + 1;
            return new Np(pf, pe, NpKind.MENTION, person);
        }
        if (cues.isSourceNoun(head) || titleHead.test(head) || capital) {
            return new Np(k, e, NpKind.GENERIC, person);
        }
        return null;
    }

    /** ", Ines Duarte" (then punctuation or the end) at token e: a name in apposition. */
    private Np nameAfterComma(int e, int limit) {
        if (e + 1 >= limit || !low[e].equals(",")) {
            return null;
        }
        int m2 = mentionStart[e + 1];
        if (m2 < 0) {
            return null;
        }
        int end2 = tokenEndingAt(doc.mentions().get(m2).span().end()) + 1;
        Np named = nameBetween(e + 1, end2);
        if (named != null && (end2 >= n || !Character.isLetterOrDigit(toks.get(end2).word().charAt(0)))) {
            return named;
        }
        return null;
    }

    /**
     * The cue starting at token x, or null. A capitalised form inside a sentence is a name, not a
     * verb ("United States", "Bank of America Read"); at the start of a sentence or a quote it may be a verb.
     */
    CueLexicon.Match cueAt(int x, int limit) {
        CueLexicon.Match m = cues.at(low, x, limit);
        if (m == null) {
            return null;
        }
        String w = toks.get(x).word();
        if (Character.isUpperCase(w.charAt(0)) && x > 0 && sentOf[x - 1] == sentOf[x]
                && !QuoteMarks.isMark(low[x - 1].charAt(0)) && !low[x - 1].equals(":")) {
            return null;
        }
        if (NOUNABLE.contains(m.cue().lemma()) && !low[x].endsWith("ed") && x > 0 && sentOf[x - 1] == sentOf[x]
                && !verbContext(x - 1)) {
            return null; // "a local radio report", "news reports", "his claims": a noun
        }
        return m;
    }

    /** Cues whose present forms are also nouns ("report", "claims", "calls"). */
    private static final Set<String> NOUNABLE = Set.of("report", "claim", "note", "state", "call", "question", "answer",
            "reply", "show", "find", "charge", "demand", "appeal", "fear", "hope", "worry", "promise", "pledge", "vow",
            "joke", "quip", "estimate", "post", "tweet", "dispute", "slam", "praise", "welcome", "hail", "thank",
            "warn", "respond", "comment", "remark", "read", "cry", "muse", "chant", "shout", "whisper", "snap", "sing",
            "concede", "admit", "blame", "reject", "mention", "stress", "underline", "highlight", "recall", "deny");

    /** Whether token p can stand right before a verb: a subject's end, an auxiliary, punctuation, a relative. */
    private boolean verbContext(int p) {
        String w = low[p];
        char c = toks.get(p).word().charAt(0);
        return !Character.isLetterOrDigit(c) || Character.isUpperCase(c) || Character.isDigit(c)
                || mentionEnd[p] >= 0 || PRONOUNS.contains(w) || BETWEEN.contains(w) || MODALS.contains(w)
                || cues.isSourceNoun(w) || titleHead.test(w) || adverb(p) || w.equals("who") || w.equals("which")
                || w.equals("that") || w.equals("and") || w.equals("but") || w.equals("or") || w.equals("to")
                || w.equals("as") || DETERMINERS.contains(w) && !NOUN_MARKERS.contains(w) || TIME_WORDS.contains(w)
                || w.endsWith("s") && w.length() > 3;
    }

    /** "the claims that", "his statement": a cue form used as a noun. */
    private boolean nounUse(int x) {
        if (x == 0) {
            return false;
        }
        String p = low[x - 1];
        return NOUN_MARKERS.contains(p) || p.equals("'s") || p.equals("of") || p.equals("to") && !low[x].endsWith("ed");
    }

    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her",
            "their", "its", "our", "my", "your", "such", "new", "recent", "earlier", "latest", "whose");

    private static final Set<String> MODALS = Set.of("would", "will", "could", "should", "may", "might", "must",
            "can", "'ll", "'d", "shall", "cannot", "wo");

    /** "it would ask engineers to ...": an intention, not a report of something said. */
    private boolean modalBefore(int x, int first) {
        int p = x - 1;
        while (p >= first && (adverb(p) || low[p].equals("not") || low[p].equals("n't") || low[p].equals("also")
                || low[p].equals("then"))) {
            p--;
        }
        return p >= first && MODALS.contains(low[p]);
    }

    /** "stakeholders are urged to": the subject is not the speaker. */
    private boolean passive(int x, int first) {
        if (!low[x].endsWith("ed") && !low[x].equals("told") && !low[x].equals("said") && !low[x].equals("asked")) {
            return false;
        }
        int p = x - 1;
        while (p >= first && (adverb(p) || low[p].equals("not") || low[p].equals("n't") || low[p].equals("also"))) {
            p--;
        }
        return p >= first && PASSIVE.contains(low[p]);
    }

    private boolean contains(int from, int to, String word) {
        for (int k = from; k < to; k++) {
            if (low[k].equals(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsClauseEnd(int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAUSE_END.contains(low[k])) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ offsets

    int paragraphOf(int tok) {
        return doc.sentences().get(sentOf[tok]).paragraph();
    }

    Span tokenSpan(int first, int end) {
        return new Span(toks.get(first).start(), toks.get(end - 1).end());
    }

    /** The token containing character {@code offset}, else the next one; -1 past the end. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = n - 1;
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
        return lo < n ? lo : -1;
    }

    int tokenStartingAt(int offset) {
        return tokenAt(offset);
    }

    /** The token holding the character before {@code offset}. */
    int tokenEndingAt(int offset) {
        int i = tokenAt(Math.max(0, offset - 1));
        return i < 0 ? n - 1 : i;
    }

    /** A statement being attributed. */
    static final class Draft {
        final QuoteKind kind;
        final int cs;
        final int ce;
        final int order;
        CueLexicon.Cue cue;
        int cueFirst = -1;
        int cueEnd = -1;
        int colon = -1;
        Np np;
        Draft inherit;
        boolean continuation;
        CuePolarity polarity = CuePolarity.ASSERT;
        double factor = 1.0;
        boolean dropped;
        boolean resolved;
        // resolved
        Span mentionSpan;
        int entity = -1;
        String label;
        Quote.Via via = Quote.Via.NONE;
        double confidence;

        Draft(QuoteKind kind, int cs, int ce, int order) {
            this.kind = kind;
            this.cs = cs;
            this.ce = ce;
            this.order = order;
        }
    }

    Span cueSpan(Draft d) {
        if (d.cueFirst >= 0) {
            return tokenSpan(d.cueFirst, d.cueEnd);
        }
        if (d.colon >= 0) {
            return tokenSpan(d.colon, d.colon + 1);
        }
        return null;
    }
}
