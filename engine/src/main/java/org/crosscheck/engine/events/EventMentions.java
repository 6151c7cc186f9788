package org.crosscheck.engine.events;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the phrases that refer to a specific meeting-like event: a head noun ("talks", "meeting",
 * "summit", "visit", "press conference"), its noun phrase (ordinal, "round of", proper-name
 * modifiers, an "of the ..." complement naming the body), and whether it refers to one event
 * ("the sixth round of the ... talks", "the meeting") or to many or none ("bilateral and
 * multilateral meetings", "international talks on the issue", "these meetings").
 */
final class EventMentions {

    /** A phrase referring to an event. */
    record EventMention(int sentence, int head, int first, int end, String type, String name, Integer ordinal,
                        boolean definite, boolean hosted, Span span, Span nameSpan) {

        boolean named() {
            return name != null;
        }
    }

    static final Map<String, String> HEADS = Map.ofEntries(
            Map.entry("meeting", "meeting"), Map.entry("session", "meeting"), Map.entry("gathering", "meeting"),
            Map.entry("talks", "talks"), Map.entry("negotiations", "talks"), Map.entry("consultations", "talks"),
            Map.entry("summit", "summit"), Map.entry("conference", "conference"), Map.entry("forum", "conference"),
            Map.entry("congress", "conference"), Map.entry("visit", "visit"), Map.entry("trip", "visit"),
            Map.entry("briefing", "press_conference"));
    /** Plural heads speak of several events or of a kind of event. */
    private static final Set<String> PLURALS = Set.of("meetings", "sessions", "gatherings", "summits", "conferences",
            "forums", "congresses", "visits", "trips", "briefings", "rounds");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her",
            "their", "our", "these", "those", "last", "next", "latest", "upcoming", "today's", "yesterday's");
    /** Modifiers that make a head generic: "bilateral meetings", "international talks". */
    private static final Set<String> GENERIC = Set.of("international", "bilateral", "multilateral", "future", "such",
            "these", "those", "any", "many", "several", "other", "further", "more", "similar", "frequent", "regular",
            "previous", "past", "direct", "various", "numerous", "some", "no", "every", "each", "possible", "potential");
    /** Lower-case words that may sit inside an event's name. */
    private static final Set<String> NAME_WORDS = Set.of("round", "of", "annual", "ministerial", "extraordinary",
            "informal", "formal", "trilateral", "quadrilateral", "plenary", "high-level", "joint", "emergency", "regional",
            "foreign", "ministers", "ministers'", "leaders", "leaders'", "special", "peace", "security", "closed-door",
            "two-day", "one-day", "three-day", "virtual", "online", "consultative", "expanded", "format", "council",
            "committee", "level");
    private static final Set<String> HOST_VERBS = Set.of("hold", "holds", "held", "holding", "host", "hosts", "hosted",
            "hosting", "convene", "convenes", "convened", "convening", "attend", "attends", "attended", "attending",
            "open", "opens", "opened", "opening", "organise", "organised", "organize", "organized", "chair", "chaired",
            "chairing", "began", "begins", "ended", "concluded");

    private EventMentions() {
    }

    static List<EventMention> find(Document doc) {
        List<EventMention> out = new ArrayList<>();
        List<Token> toks = doc.tokens();
        for (int si = 0; si < doc.sentences().size(); si++) {
            Sentence s = doc.sentences().get(si);
            int from = s.tokens().first();
            int to = s.tokens().end();
            for (int i = from; i < to; i++) {
                String w = lower(toks.get(i));
                String type = HEADS.get(w);
                int head = i;
                if (type == null && PLURALS.contains(w)) {
                    // "the first of several planned meetings": one of them, with its ordinal
                    EventMention one = oneOfMany(doc, si, from, i, w);
                    if (one != null) {
                        out.add(one);
                    }
                    continue;
                }
                if (w.equals("conference") && i > from && lower(toks.get(i - 1)).matches("press|news")) {
                    type = "press_conference";
                } else if (w.equals("briefing") && (i == from || !lower(toks.get(i - 1)).matches("press|news|media"))) {
                    type = null;
                } else if (w.equals("round") && i > from && ordinal(lower(toks.get(i - 1))) != null) {
                    // "the sixth round" with no head after it ("... of talks" is read at "talks")
                    int k = i + 1;
                    boolean headFollows = false;
                    while (k < to && k <= i + 8) {
                        if (HEADS.containsKey(lower(toks.get(k)))) {
                            headFollows = true;
                            break;
                        }
                        k++;
                    }
                    type = headFollows ? null : "talks";
                }
                if (type == null) {
                    continue;
                }
                EventMention m = phrase(doc, si, from, to, head, type);
                if (m != null) {
                    out.add(m);
                }
            }
            // plural heads are skipped silently (they speak of a kind of event)
        }
        return out;
    }

    private static EventMention oneOfMany(Document doc, int si, int from, int head, String plural) {
        List<Token> toks = doc.tokens();
        String singular = plural.endsWith("sses") || plural.endsWith("ches") ? plural.substring(0, plural.length() - 2)
                : plural.substring(0, plural.length() - 1);
        String type = singular.equals("round") ? "talks" : HEADS.get(singular);
        if (type == null) {
            return null;
        }
        for (int k = head - 1; k >= Math.max(from + 1, head - 5); k--) {
            if (lower(toks.get(k)).equals("of") && ordinal(lower(toks.get(k - 1))) != null) {
                int start = k - 1;
                if (start - 1 >= from && lower(toks.get(start - 1)).equals("the")) {
                    start--;
                }
                Integer o = ordinal(lower(toks.get(k - 1)));
                Span span = new Span(toks.get(start).start(), toks.get(head).end());
                return new EventMention(si, head, start, head + 1, type, null, o, true, false, span, null);
            }
        }
        return null;
    }

    private static EventMention phrase(Document doc, int si, int from, int to, int head, String type) {
        List<Token> toks = doc.tokens();
        String text = doc.text();
        int first = head;
        if (type.equals("press_conference") && head > from && lower(toks.get(head - 1)).matches("press|news|media")) {
            first = head - 1;
        }
        Integer ordinal = null;
        boolean properModifier = false;
        // left: modifiers of the head
        int k = first - 1;
        while (k >= from) {
            String w = lower(toks.get(k));
            String orig = toks.get(k).word();
            if (w.equals("the") && k - 1 >= from && lower(toks.get(k - 1)).equals("of")) {
                k--; // "round of the ... talks"
                continue;
            }
            if (DETERMINERS.contains(w)) {
                break;
            }
            Integer o = ordinal(w);
            if (o != null) {
                ordinal = o;
                k--;
                continue;
            }
            if (w.equals("'s") || w.equals("\u2019s")) {
                if (k - 1 >= from && Character.isUpperCase(toks.get(k - 1).word().charAt(0))) {
                    k--;
                    continue;
                }
                break;
            }
            if (Character.isUpperCase(orig.charAt(0)) && !isSentenceInitialFunctionWord(w)) {
                properModifier = true;
                k--;
                continue;
            }
            if (NAME_WORDS.contains(w) || (w.contains("-") && !GENERIC.contains(w))) {
                k--;
                continue;
            }
            break;
        }
        int start = k + 1;
        // a name must not begin with "of"/"the" left over from a broken phrase
        while (start < first && lower(toks.get(start)).matches("of|the|'s|\u2019s")) {
            start++;
        }
        String det = k >= from ? lower(toks.get(k)) : "";
        boolean definite = DETERMINERS.contains(det);
        for (int j = start; j <= head; j++) {
            if (GENERIC.contains(lower(toks.get(j)))) {
                return null;
            }
        }
        if (det.equals("these") || det.equals("those")) {
            return null;
        }
        // the words before the phrase: "held talks", "Russia holds talks"
        boolean hosted = false;
        for (int j = Math.max(from, start - 3); j < start; j++) {
            if (HOST_VERBS.contains(lower(toks.get(j)))) {
                hosted = true;
            }
        }
        // right: "of the Council of Foreign Ministers of the Collective Security Treaty Organization", "on Afghanistan"
        int end = head + 1;
        boolean complement = false;
        int j = end;
        while (j + 1 < to && lower(toks.get(j)).equals("of")) {
            int q = j + 1;
            if (q < to && lower(toks.get(q)).equals("the")) {
                q++;
            }
            int capStart = q;
            while (q < to && (Character.isUpperCase(toks.get(q).word().charAt(0))
                    || (q > capStart && lower(toks.get(q)).matches("of|for|and|the|on|de") && q + 1 < to
                    && Character.isUpperCase(toks.get(q + 1).word().charAt(0))))) {
                q++;
            }
            if (q == capStart) {
                break;
            }
            complement = true;
            end = q;
            j = q;
        }
        if (end < to - 1 && lower(toks.get(end)).matches("on|about") && Character.isUpperCase(toks.get(end + 1).word().charAt(0))) {
            int q = end + 1;
            while (q < to && Character.isUpperCase(toks.get(q).word().charAt(0))) {
                q++;
            }
            end = q;
            complement = true;
        }
        boolean titleSentence = doc.sentences().get(si).paragraph() < 0;
        if (!definite && !hosted && !properModifier && !complement && ordinal == null && !titleSentence) {
            return null; // "talks on the issue": no sign it is one event
        }
        Span span = new Span(toks.get(start).start(), toks.get(end - 1).end());
        String name = null;
        Span nameSpan = null;
        if (properModifier || complement || ordinal != null) {
            nameSpan = span;
            name = text.substring(span.start(), span.end()).replaceAll("\\s+", " ");
        }
        return new EventMention(si, head, start, end, type, name, ordinal, definite, hosted, span, nameSpan);
    }

    private static boolean isSentenceInitialFunctionWord(String w) {
        return w.matches("in|at|on|during|after|before|opening|speaking|the|a|an|this|that|its|his|her|their|while|when|as");
    }

    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    static Integer ordinal(String w) {
        return switch (w) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            case "fifth", "5th" -> 5;
            case "sixth", "6th" -> 6;
            case "seventh", "7th" -> 7;
            case "eighth", "8th" -> 8;
            case "ninth", "9th" -> 9;
            case "tenth", "10th" -> 10;
            case "eleventh", "11th" -> 11;
            case "twelfth", "12th" -> 12;
            default -> w.matches("\\d{1,3}(st|nd|rd|th)") ? Integer.valueOf(w.replaceAll("\\D", "")) : null;
        };
    }

}
