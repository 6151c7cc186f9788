package org.crosscheck.engine.claims;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clause's leading "they" or "these groups" refers to, found in the words just before it
 * ("... the presence of terrorist groups in the region, saying that they continue ..."). Used only to
 * compare statements: the proposition shown stays the article's own words.
 */
final class Antecedents {

    private static final Pattern DEMONSTRATIVE = Pattern.compile("^(?i:these|those|such)\\s+(\\p{L}+)\\b");
    private static final Pattern PRONOUN = Pattern.compile("^(?i:they)\\b");
    /** A plural noun with a modifier before it and an optional place after: "armed groups in the north". */
    private static final Pattern PLURAL_NP = Pattern.compile(
            "\\b(\\p{Ll}[\\p{L}\\-]+\\s+\\p{Ll}[\\p{L}\\-]*s)\\b((?:\\s+(?:in|from|within|of|across)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\-]+)?)");
    private static final Set<String> NOT_MODIFIERS = Set.of("the", "a", "an", "these", "those", "such", "their", "its",
            "his", "her", "our", "of", "in", "on", "at", "to", "and", "or", "that", "which", "were", "was", "are", "is",
            "has", "have", "had", "many", "some", "all", "most", "other", "several", "various", "about", "with", "by");

    private Antecedents() {
    }

    /** The clause with its leading reference replaced, or null when it has none or nothing fits. */
    static String expand(String clause, String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        Matcher d = DEMONSTRATIVE.matcher(clause);
        if (d.find()) {
            String noun = d.group(1).toLowerCase(Locale.ROOT);
            String stem = noun.length() > 5 ? noun.substring(0, 5) : noun.replaceAll("s$", "");
            String np = lastNp(before, stem);
            return np == null ? null : np + clause.substring(d.end());
        }
        Matcher p = PRONOUN.matcher(clause);
        if (p.find()) {
            String np = lastNp(before, null);
            return np == null ? null : np + clause.substring(p.end());
        }
        return null;
    }

    /** The last plural noun phrase of {@code text} (whose noun starts with {@code stem}, when given). */
    private static String lastNp(String text, String stem) {
        Matcher m = PLURAL_NP.matcher(text);
        String last = null;
        while (m.find()) {
            String[] w = m.group(1).split("\\s+");
            if (NOT_MODIFIERS.contains(w[0].toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (stem != null && !w[1].toLowerCase(Locale.ROOT).startsWith(stem)) {
                continue;
            }
            last = m.group(1) + m.group(2);
        }
        return last;
    }
}
