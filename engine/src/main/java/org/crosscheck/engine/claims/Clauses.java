package org.crosscheck.engine.claims;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns reported words into the core clause a claim states, and finds the words a denial is aimed at.
 * Extractive: it only cuts (attribution, quote marks, discourse markers, claim nouns), never rewrites.
 */
final class Clauses {

    private static final String QUOTE_MARKS = "\"\u201C\u201D\u2018\u2019'\u00AB\u00BB\u201E";
    private static final Pattern LEADING_MARKER = Pattern.compile(
            "^(?:(?:however|but|yet|and|so|therefore|thus|hence|also|meanwhile|moreover|furthermore|in addition|"
                    + "in general|in fact|indeed|first|firstly|second|secondly|third|thirdly|finally|earlier|later|"
                    + "in response|in reply|at the same time|instead|still|now|today|of course|as a result|"
                    + "on the contrary|by contrast|after all|in turn)\\b,?\\s+)+",
            Pattern.CASE_INSENSITIVE);
    /** "OSLO, May 2 (Wire) - ", "TARSK - " at the start of a lead sentence. */
    static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu} .,'\u2019\\-]{1,40}(?:,\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2})?(?:\\s*\\([^()]{2,48}\\))?\\s*[-\u2013\u2014]\\s+");
    /** A short lead-in before a colon. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^[^:;\"\u201C]{0,50}\\b(?:thing|things|point|message|fact|truth|reality|problem|question|answer|conclusion|"
                    + "result|situation|reason|bottom line|story|verdict):\\s+(?=\\S)");
    private static final Pattern LEADING_THAT = Pattern.compile("^(?:that|whether)\\s+", Pattern.CASE_INSENSITIVE);
    /** ", he said" / ", the minister told reporters" / ", said Halvard" at the end of a sentence. */
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
            "[,;]\\s*(?:[\\p{L}\\p{N}'\u2019.\\- ]{1,80}\\s)?(?:said|says|told|added|stated|noted|explained|insisted|"
                    + "argued|claimed|warned|stressed|emphasi[sz]ed|according to|has learned|has learnt|learned|"
                    + "understands|has been told|was told|reported|reports)\\b[^,;]{0,120}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s,;:.!\u2026\\-\u2013\u2014]+$");

    /** "concerns about", "the accusation that", "allegations of", "reports that", "fears that" ... */
    private static final Pattern CLAIM_NOUN_LEAD = Pattern.compile(
            "^(?:(?:the|these|those|such|any|all|his|her|their|its|our|recent|widespread|growing|repeated|"
                    + "persistent|new|opposition|western|foreign|media|government(?:'s)?|"
                    + "[\\p{Lu}][\\p{L}\\-]*(?:'s|\u2019s)|[\\p{L}\\-]+(?:'s|\u2019s))\\s+)*"
                    + "(?:expressing\\s+|voicing\\s+|raising\\s+)?"
                    + "(?:accusations?|allegations?|claims?|charges?|concerns?|fears?|worries|worry|reports?|rumou?rs?|"
                    + "suggestions?|speculation|assertions?|account|version|assessment|criticism|remarks|statements?|"
                    + "story|idea|notion|theory|narrative)"
                    + "(?:\\s+(?:that|about|over|of|regarding|concerning|on)\\b\\s*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSOR = Pattern.compile("^([\\p{Lu}][\\p{L}\\-]*(?:\\s+[\\p{Lu}][\\p{L}\\-]*)*)(?:'s|\u2019s)\\s");
    /** Verbs that call their object something: "called X baseless", "described X as a lie". */
    private static final Pattern CALLING_VERB = Pattern.compile(
            "\\b(?:called|calls|calling|described|describes|branded|brands|labell?ed|termed|deemed|dismissed|"
                    + "dismisses|rejected|rejects|denounced|condemned)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPULA_BEFORE = Pattern.compile(
            "\\s+(?:is|are|was|were|be|been|remains?|seems?|appears?)(?:\\s+(?:completely|totally|entirely|utterly|"
                    + "simply|absolutely|wholly|quite|clearly|just|also|still|not|nothing but|merely|a|an|the|pure|"
                    + "another|yet another))*\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Words that only strengthen what follows: "completely [baseless]", "a [fabrication]". */
    private static final Pattern TRAILING_INTENSIFIER = Pattern.compile(
            "(?:\\s+(?:completely|totally|entirely|utterly|simply|absolutely|wholly|quite|clearly|just|as|a|an|the|"
                    + "pure|nothing but|merely))+\\s*$", Pattern.CASE_INSENSITIVE);
    /** A subordinate clause hung on the main one: ", after the government blamed ...", ", hours after ...". */
    private static final Pattern SUBORDINATE = Pattern.compile(
            ",\\s+(?:(?:hours|days|weeks|months|shortly|soon|just|only|even|long)\\s+)?(?:after|before|amid|following|"
                    + "as|when|while|whereas|despite|since|until|even as|just as)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern AS_TAIL = Pattern.compile("\\s+as\\s+(?:\\S+\\s+){0,4}\\S*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_BEFORE_THAT = Pattern.compile(
            "^(?:(?:on|in|at|late|early|last|this)\\s+)?(?:[\\p{L}\\p{N},]+\\s+){0,4}?that\\s+", Pattern.CASE_INSENSITIVE);

    private Clauses() {
    }

    /** The core clause of reported words: no quote marks, no leading "that" or discourse marker, no trailing attribution. */
    static String core(String text) {
        String t = stripQuotes(DATELINE.matcher(text.strip()).replaceFirst(""));
        Matcher lead = LEAD_IN.matcher(t);
        if (lead.find() && Words.contentStems(t.substring(lead.end())).size() >= 4) {
            // "We saw the same thing: ballots were changed" states what follows the colon
            t = t.substring(lead.end());
        }
        for (int i = 0; i < 3; i++) {
            String before = t;
            t = LEADING_MARKER.matcher(t).replaceFirst("");
            t = LEADING_THAT.matcher(t).replaceFirst("");
            t = stripQuotes(t);
            if (t.equals(before)) {
                break;
            }
        }
        Matcher m = TRAILING_ATTRIBUTION.matcher(t);
        if (m.find() && m.start() > 20) {
            t = t.substring(0, m.start());
        }
        t = TRAILING_PUNCT.matcher(stripQuotes(t)).replaceFirst("");
        t = stripQuotes(t);
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0)) && t.length() > 1 && Character.isLetter(t.charAt(0))) {
            t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return t.replaceAll("\\s+", " ").strip();
    }

    static String stripQuotes(String t) {
        String s = t.strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            if (QUOTE_MARKS.indexOf(s.charAt(0)) >= 0) {
                s = s.substring(1).strip();
                changed = true;
            }
            if (!s.isEmpty() && QUOTE_MARKS.indexOf(s.charAt(s.length() - 1)) >= 0) {
                s = s.substring(0, s.length() - 1).strip();
                changed = true;
            }
        }
        return s.replaceAll("[\"\u201C\u201D]", "");
    }

    /** What a denial or a backing is aimed at, and whether it only names a claim ("the accusations"). */
    record Target(String text, boolean generic, String possessor) {
    }

    /**
     * The words a deny cue (verb) has as its object: "denied [that any solvent left the plant]",
     * "rejected [allegations of tampering] as baseless", "dismissed [concerns about X] as baseless".
     */
    static Target afterDenyVerb(String afterCue) {
        String t = afterCue.strip();
        Matcher time = TIME_BEFORE_THAT.matcher(t);
        if (time.find() && time.end() < 60) {
            t = t.substring(time.end());
        }
        t = cutAt(t, List.of(", saying", ", calling", ", and said", ", adding", ", arguing", "; ", " and called",
                " and urged", " but said"));
        t = mainClause(t);
        Matcher as = AS_TAIL.matcher(t);
        if (as.find()) {
            t = t.substring(0, as.start());
        }
        return nameOf(t);
    }

    /**
     * The subject of a "false" predicate: "[Fears that X] are groundless", "called [X] completely baseless",
     * "there is no evidence [of X]". {@code before} is the clause up to the cue, {@code after} the rest.
     */
    static Target ofFalsePredicate(String before, String phrase, String after) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.startsWith("no evidence") || p.startsWith("no proof") || p.equals("no basis")) {
            String a = after.strip().replaceFirst("(?i)^(?:of|that|for)\\s+", "");
            return nameOf(cutAt(a, List.of(", ", "; ")));
        }
        String b = TRAILING_INTENSIFIER.matcher(stripQuotes(before.strip())).replaceFirst("");
        b = stripQuotes(b);
        Matcher call = lastMatch(CALLING_VERB, b);
        if (call != null) {
            return nameOf(stripQuotes(b.substring(call.end())).replaceAll("(?i)\\s+(?:as|a|an|the|completely|totally|entirely|utterly)+\\s*$", ""));
        }
        Matcher cop = COPULA_BEFORE.matcher(b);
        if (cop.find()) {
            String subj = b.substring(0, cop.start());
            int comma = Math.max(subj.lastIndexOf(", "), subj.lastIndexOf(": "));
            if (comma >= 0 && comma < subj.length() - 3 && subj.length() - comma > 12) {
                subj = subj.substring(comma + 2);
            }
            return nameOf(subj);
        }
        return nameOf(b);
    }

    /** The clause without a trailing subordinate clause (", after ...", ", hours after ..."), when enough is left. */
    static String mainClause(String t) {
        Matcher m = SUBORDINATE.matcher(t);
        while (m.find()) {
            if (Words.contentStems(t.substring(0, m.start())).size() >= 3) {
                return t.substring(0, m.start());
            }
        }
        return t;
    }

    /** Strips claim nouns and determiners: "concerns about [X]", "the minister's claim that [X]". */
    static Target nameOf(String raw) {
        String t = core(raw);
        String possessor = null;
        Matcher pm = POSSESSOR.matcher(t);
        if (pm.find()) {
            possessor = pm.group(1);
        }
        Matcher m = CLAIM_NOUN_LEAD.matcher(t);
        boolean generic = false;
        if (m.find() && m.end() > 0) {
            String rest = t.substring(m.end()).strip();
            if (Words.contentStems(rest).isEmpty()) {
                generic = true;
                rest = t;
            }
            t = rest;
        } else if (Words.contentStems(t).isEmpty()) {
            generic = true;
        }
        t = core(t);
        return new Target(t, generic, possessor);
    }

    private static String cutAt(String t, List<String> markers) {
        int cut = t.length();
        for (String mk : markers) {
            int i = t.indexOf(mk);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return t.substring(0, cut);
    }

    private static Matcher lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        Matcher last = null;
        int start = 0;
        while (start <= s.length() && m.find(start)) {
            last = p.matcher(s);
            last.find(m.start());
            start = m.end();
        }
        return last;
    }
}
