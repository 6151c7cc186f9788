package org.crosscheck.engine.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How story work reads a token: lower case, possessive dropped, plural folded (the S-stemmer of
 * Harman, 1991: conservative, so "news" and "bus" stay), function words dropped, numbers kept in one
 * spelling ("1,200" is "1200").
 */
public final class Words {

    private static final Set<String> STOP = load("stopwords.txt");

    private Words() {
    }

    /** The content-word key of a token, or null when it carries no content (function word, punctuation). */
    public static String contentKey(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String number = number(token);
        if (number != null) {
            return "#" + number;
        }
        String w = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '\'' && c != '.') {
                return null;
            }
        }
        if (STOP.contains(w)) {
            return null;
        }
        String s = stem(w);
        return STOP.contains(s) ? null : s;
    }

    /** The plain word form used for shingles (every token counts, case and quotes folded). */
    public static String shingleKey(String token) {
        String number = number(token);
        if (number != null) {
            return number;
        }
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** A number in one spelling, or null when the token is not one: "1,200" and "1200" are "1200". */
    static String number(String token) {
        if (token.isEmpty() || !Character.isDigit(token.charAt(0))) {
            return null;
        }
        StringBuilder sb = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                sb.append(c);
            } else if (c == ',' && i > 0 && i + 3 < token.length() + 1 && digits(token, i + 1, i + 4)) {
                continue;
            } else if (c == '.' && i > 0 && i + 1 < token.length() && Character.isDigit(token.charAt(i + 1))) {
                sb.append('.');
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Harman's S-stemmer: ies to y, es to e, s dropped, each only where it is a plural ending. */
    static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, n - 1);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    public static boolean isStopWord(String lowerCaseWord) {
        return STOP.contains(lowerCaseWord);
    }

    private static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/crosscheck/engine/stories/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
