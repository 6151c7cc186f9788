package org.crosscheck.engine.entities;

import org.crosscheck.engine.doc.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds knowledge-base names in a token sequence, longest match first. A name written with capitals
 * in the knowledge base must be written with them in the text (so "turkey" is not Turkey); a name
 * written in lower case also matches with capitalised words (a headline's "Interim Government").
 */
final class NameMatcher {

    /** A match: tokens [first, end) name the entries {@code ids}. */
    record Match(int first, int end, List<String> ids, String alias) {
    }

    private record Entry(String[] words, String alias, List<String> ids) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    NameMatcher(Map<String, List<String>> namesAsWritten) {
        for (var e : namesAsWritten.entrySet()) {
            String original = e.getKey();
            String[] words = words(original);
            if (words.length == 0) {
                continue;
            }
            byFirstWord.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new Entry(words, original, e.getValue()));
        }
        for (List<Entry> l : byFirstWord.values()) {
            l.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        }
    }

    /**
     * Words as the tokenizer would split them: on spaces, with possessive 's, a plural's apostrophe
     * ("Workers' Party") and commas and brackets apart. Periods stay: the tokenizer keeps
     * abbreviations whole ("U.S.", "St.", "D.C.").
     */
    static String[] words(String name) {
        String n = name.replace('\u2019', '\'').replaceAll("('s)\\b", " $1").replaceAll("(?<=s)'(?=\\s|$)", " '")
                .replaceAll("([,()])", " $1 ");
        return n.strip().isEmpty() ? new String[0] : n.strip().split("\\s+");
    }

    List<Match> find(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            List<Entry> cands = byFirstWord.get(norm(tokens.get(i)).toLowerCase(Locale.ROOT));
            Match best = null;
            if (cands != null) {
                for (Entry c : cands) {
                    if (i + c.words.length > tokens.size()) {
                        continue;
                    }
                    boolean ok = true;
                    for (int k = 0; k < c.words.length && ok; k++) {
                        ok = sameWord(c.words[k], norm(tokens.get(i + k)));
                    }
                    if (ok) {
                        best = new Match(i, i + c.words.length, c.ids, c.alias);
                        break;
                    }
                }
            }
            if (best != null) {
                out.add(best);
                i = best.end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String norm(Token t) {
        return t.norm().replace('\u2019', '\'');
    }

    /** Capitals in the name must be in the text; lower case in the name may be capitalised in the text. */
    static boolean sameWord(String nameWord, String textWord) {
        if (nameWord.length() != textWord.length()) {
            return false;
        }
        boolean allCapsText = textWord.length() > 1 && textWord.equals(textWord.toUpperCase(Locale.ROOT))
                && !textWord.equals(textWord.toLowerCase(Locale.ROOT));
        for (int i = 0; i < nameWord.length(); i++) {
            char n = nameWord.charAt(i);
            char t = textWord.charAt(i);
            if (n == t) {
                continue;
            }
            if (Character.isLowerCase(n) && Character.toUpperCase(n) == t && (i == 0 || allCapsText)) {
                continue;
            }
            if (Character.isUpperCase(n) && allCapsText && Character.toUpperCase(n) == t) {
                continue;
            }
            return false;
        }
        return true;
    }
}
