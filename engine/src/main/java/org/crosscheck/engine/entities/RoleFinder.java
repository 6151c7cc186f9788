package org.crosscheck.engine.entities;

import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the title or role next to a name, and titles used without a name:
 * <ul>
 *   <li>before the name: "Taliban Foreign Minister Amir Khan Muttaqi", "Political commentator X";</li>
 *   <li>in an apposition after it: "X, the spokesperson for the Islamic Emirate,",
 *       "X, Iran's Special Envoy for Afghanistan;", "X, a military affairs expert,";</li>
 *   <li>alone, as a description: "the Russian top diplomat", "The Russian Foreign Minister said".</li>
 * </ul>
 * The affiliation is what the title belongs to: an adjective or possessive before it, or the object
 * of "of"/"for" after it.
 */
final class RoleFinder {

    /** A role found in tokens [first, end) with its title end and its affiliation tokens. */
    record Found(int first, int end, TitleLexicon.Title title, String affiliation, int affFirst, int affEnd) {
    }

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "another", "one");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "in", "to", "from", "with", "on",
            "who", "which", "that", "and", "said", "says");
    private static final Set<String> STOP = Set.of(",", ";", ":", ".", "(", ")", "\"", "'", "--", "-", "[", "]",
            "!", "?", "``", "''");

    private final TitleLexicon titles;
    private final java.util.function.IntPredicate inNameMention;

    /**
     * @param inNameMention whether a token index belongs to a name mention (of any type), which makes it
     *                      eligible as an affiliation word
     */
    RoleFinder(TitleLexicon titles, java.util.function.IntPredicate inNameMention) {
        this.titles = titles;
        this.inNameMention = inNameMention;
    }

    static String lower(Token t) {
        return t.norm().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static boolean isPossessive(Token t) {
        String w = lower(t);
        return w.equals("'s") || w.equals("'");
    }

    /** The title right before tokens[nameFirst], within sentence tokens [sFirst, nameFirst). */
    Found before(List<Token> toks, int sFirst, int nameFirst) {
        int i = nameFirst - 1;
        int lowest = Math.max(sFirst, nameFirst - 8);
        List<String> words = new ArrayList<>();
        int start = nameFirst;
        while (i >= lowest) {
            Token t = toks.get(i);
            String w = lower(t);
            if (STOP.contains(w) || w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))) {
                break;
            }
            boolean capital = Character.isUpperCase(t.word().charAt(0));
            boolean titleWord = titles.isHead(w) || titleVocabulary(w);
            if (!capital && !titleWord && !isPossessive(t) && !w.equals("of") && !w.equals("for")) {
                break;
            }
            words.add(0, w);
            start = i;
            i--;
        }
        if (words.isEmpty()) {
            return null;
        }
        TitleLexicon.Match m = titles.longestSuffix(words);
        if (m == null) {
            return null;
        }
        int titleFirst = portfolioStart(toks, nameFirst - m.words(), start);
        TitleLexicon.Title title = withPortfolio(toks, titleFirst, nameFirst, m);
        // affiliation: name-mention or possessive words right before the title
        int a = titleFirst - 1;
        while (a >= start && (inNameMention.test(a) || isPossessive(toks.get(a)))) {
            a--;
        }
        int affFirst = a + 1;
        int affEnd = titleFirst;
        while (affEnd > affFirst && isPossessive(toks.get(affEnd - 1))) {
            affEnd--;
        }
        String aff = affFirst < affEnd ? join(toks, affFirst, affEnd) : null;
        int roleFirst = aff != null ? affFirst : titleFirst;
        return new Found(roleFirst, nameFirst, title, aff, aff != null ? affFirst : -1, aff != null ? affEnd : -1);
    }

    /** The apposition after a name ending at {@code nameEnd}: ", the spokesperson for the Islamic Emirate,". */
    Found after(List<Token> toks, int nameEnd, int sEnd) {
        if (nameEnd >= sEnd || !lower(toks.get(nameEnd)).equals(",")) {
            return null;
        }
        int s = nameEnd + 1;
        int e = s;
        while (e < sEnd && e - s < 16) {
            String w = lower(toks.get(e));
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals(")") || w.equals(":") || w.equals("--")
                    || w.equals("\u2014") || w.equals("\u2013")) {
                break;
            }
            e++;
        }
        if (e == s) {
            return null;
        }
        Token firstTok = toks.get(s);
        String first = lower(firstTok);
        boolean opens = DETERMINERS.contains(first) || Character.isUpperCase(firstTok.word().charAt(0));
        if (!opens) {
            return null;
        }
        // the head: the last title ending before the first preposition
        int prep = e;
        for (int k = s; k < e; k++) {
            if (PREPOSITIONS.contains(lower(toks.get(k)))) {
                prep = k;
                break;
            }
        }
        List<String> words = new ArrayList<>();
        TitleLexicon.Match best = null;
        int bestEnd = -1;
        for (int k = s; k < prep; k++) {
            words.add(lower(toks.get(k)));
            TitleLexicon.Match m = titles.longestSuffix(words);
            if (m != null) {
                best = m;
                bestEnd = k + 1;
            }
        }
        if (best == null) {
            return null;
        }
        int titleFirst = portfolioStart(toks, bestEnd - best.words(), s);
        TitleLexicon.Title title = withPortfolio(toks, titleFirst, bestEnd, best);
        String aff = null;
        int affFirst = -1;
        int affEnd = -1;
        // possessive or adjective before the title: "Iran's", "the Russian"
        int a = titleFirst - 1;
        while (a >= s && (inNameMention.test(a) || isPossessive(toks.get(a)))) {
            a--;
        }
        if (a + 1 < titleFirst) {
            affFirst = a + 1;
            affEnd = titleFirst;
            while (affEnd > affFirst && isPossessive(toks.get(affEnd - 1))) {
                affEnd--;
            }
            if (affFirst < affEnd) {
                aff = join(toks, affFirst, affEnd);
            }
        }
        if (aff == null && bestEnd < e) {
            String p = lower(toks.get(bestEnd));
            if (p.equals("of") || p.equals("for") || p.equals("at")) {
                int k = bestEnd + 1;
                if (k < e && lower(toks.get(k)).equals("the")) {
                    k++;
                }
                int f = k;
                while (k < e && inNameMention.test(k)) {
                    k++;
                }
                if (k > f) {
                    aff = join(toks, f, k);
                    affFirst = f;
                    affEnd = k;
                }
            }
        }
        return new Found(s, e, title, aff, affFirst, affEnd);
    }

    /**
     * A title used without a name, ending at token {@code titleEnd - 1}: "the Russian top diplomat",
     * "Pakistan's Deputy Foreign Minister", "a Kabul resident". Returns null when the words before the
     * title do not open a noun phrase.
     */
    Found description(List<Token> toks, int sFirst, int titleEnd) {
        List<String> words = new ArrayList<>();
        for (int k = Math.max(sFirst, titleEnd - 4); k < titleEnd; k++) {
            words.add(lower(toks.get(k)));
        }
        TitleLexicon.Match m = titles.longestSuffix(words);
        if (m == null) {
            return null;
        }
        int titleFirst = portfolioStart(toks, titleEnd - m.words(), sFirst);
        TitleLexicon.Title title = withPortfolio(toks, titleFirst, titleEnd, m);
        int a = titleFirst - 1;
        int lowest = Math.max(sFirst, titleFirst - 6);
        while (a >= lowest && (inNameMention.test(a) || isPossessive(toks.get(a))
                || modifier(toks.get(a)))) {
            a--;
        }
        // "the company's lawyer": a possessive whose owner is a common noun takes the owner along
        if (a + 1 < titleFirst && isPossessive(toks.get(a + 1)) && a >= sFirst && !inNameMention.test(a)
                && Character.isLetter(toks.get(a).word().charAt(0)) && !DETERMINERS.contains(lower(toks.get(a)))) {
            a--;
        }
        int start = a + 1;
        boolean determiner = a >= sFirst && DETERMINERS.contains(lower(toks.get(a)));
        boolean possessive = false;
        for (int k = start; k < titleFirst; k++) {
            if (isPossessive(toks.get(k))) {
                possessive = true;
            }
        }
        if (!determiner && !possessive) {
            return null;
        }
        int affFirst = -1;
        int affEnd = -1;
        String aff = null;
        for (int k = start; k < titleFirst; k++) {
            if (inNameMention.test(k)) {
                if (affFirst < 0) {
                    affFirst = k;
                }
                affEnd = k + 1;
            }
        }
        if (affFirst >= 0) {
            aff = join(toks, affFirst, affEnd);
        }
        int first = determiner ? a : start;
        return new Found(first, titleEnd, title, aff, affFirst, affEnd);
    }

    /** Portfolio words that make "minister" a "trade minister". */
    private static final Set<String> PORTFOLIOS = Set.of("trade", "energy", "finance", "economy", "economic",
            "health", "education", "interior", "defence", "defense", "justice", "agriculture", "environment",
            "transport", "labour", "labor", "culture", "tourism", "industry", "oil", "mines", "water", "housing",
            "digital", "science", "sports", "information", "communications", "development", "climate",
            "fisheries", "treasury", "infrastructure", "migration", "commerce", "planning", "war", "resources",
            "affairs", "public", "works", "social", "national", "natural", "higher", "human", "rights", "women",
            "youth", "religious", "electricity", "gas", "municipalities", "reconstruction", "displacement",
            "employment", "welfare", "family", "veterans", "budget", "irrigation", "forestry");

    /** The first token of the title once portfolio words before the lexicon's match are included. */
    private static int portfolioStart(List<Token> toks, int titleFirst, int lowest) {
        int t = titleFirst;
        while (t - 1 >= lowest && t - 1 >= 0 && PORTFOLIOS.contains(lower(toks.get(t - 1)))) {
            t--;
        }
        return t;
    }

    /** The lexicon's title, or the written phrase when portfolio words make it more specific. */
    private TitleLexicon.Title withPortfolio(List<Token> toks, int titleFirst, int titleEnd, TitleLexicon.Match m) {
        if (titleEnd - titleFirst == m.words()) {
            return m.title();
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = titleFirst; k < titleEnd; k++) {
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            phrase.append(lower(toks.get(k)));
        }
        TitleLexicon.Title known = titles.lookup(phrase.toString());
        return known != null ? known : new TitleLexicon.Title(phrase.toString(), m.title().office());
    }

    private static final Set<String> MODIFIERS = Set.of("top", "senior", "former", "acting", "new", "current",
            "then", "chief", "deputy", "special", "interim", "local", "military", "political", "security",
            "affairs", "foreign", "defence", "defense", "regional", "international", "independent", "anonymous",
            "prominent", "leading", "veteran", "retired", "official");

    private static boolean modifier(Token t) {
        return MODIFIERS.contains(lower(t));
    }

    private boolean titleVocabulary(String w) {
        return MODIFIERS.contains(w) || PORTFOLIOS.contains(w) || titles.isHead(w) || w.equals("minister") || w.equals("foreign")
                || w.equals("affairs") || w.equals("general") || w.equals("state");
    }

    static String join(List<Token> toks, int first, int end) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k < end; k++) {
            Token t = toks.get(k);
            if (k > first && toks.get(k - 1).end() < t.start()) {
                sb.append(' ');
            }
            sb.append(t.word());
        }
        return sb.toString();
    }

    static Span span(List<Token> toks, int first, int end) {
        return new Span(toks.get(first).start(), toks.get(end - 1).end());
    }
}
