package org.crosscheck.engine.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys that make transliteration variants of one name equal: "Sergey" and "Sergei", "Qomi" and
 * "Ghomi"-style pairs differ in spelling conventions, not in the name.
 */
final class NameFolding {

    private NameFolding() {
    }

    /** Lower case, no diacritics, common transliteration choices unified, double letters single. */
    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("['`\\-.]", "");
        s = s.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("gh", "g").replace("ph", "f")
                .replace("ck", "k").replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ie", "i")
                .replace("ts", "c").replace("tz", "c").replace("q", "k").replace("w", "v").replace('y', 'i')
                .replace("ei", "i").replace("ai", "ai");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && s.charAt(i) == s.charAt(i - 1) && Character.isLetter(s.charAt(i))) {
                continue;
            }
            sb.append(s.charAt(i));
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** Consonants only: names that differ in vowels ("Tasmagambetov", "Tasmagambitov"). */
    static String skeleton(String folded) {
        return folded.replaceAll("[aeiou ]", "");
    }
}
