package org.crosscheck.engine.entities;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ministries named in the many ways news writes them: "Russian Ministry of Foreign Affairs",
 * "Russia's Ministry of Foreign Affairs", "the Foreign Ministry", "Ministry of Defence of Ukraine".
 * They get one id per portfolio and country, {@code min:<portfolio>:<country id>}.
 */
final class Ministries {

    private static final Pattern OF = Pattern.compile("(?i)\\bministry\\s+(?:of|for)\\s+(?:the\\s+)?(.+?)(?:\\s+of\\s+(?:the\\s+)?(.+))?$");
    private static final Pattern BEFORE = Pattern.compile("(?i)^(?:the\\s+)?(.*?)\\s*\\bministry$");
    private static final Map<String, String> PORTFOLIOS = Map.ofEntries(
            Map.entry("foreign affairs", "foreign affairs"), Map.entry("foreign", "foreign affairs"),
            Map.entry("external affairs", "foreign affairs"), Map.entry("defence", "defence"),
            Map.entry("defense", "defence"), Map.entry("interior", "interior"), Map.entry("internal affairs", "interior"),
            Map.entry("home affairs", "interior"), Map.entry("home", "interior"), Map.entry("finance", "finance"),
            Map.entry("finances", "finance"), Map.entry("justice", "justice"), Map.entry("health", "health"),
            Map.entry("education", "education"), Map.entry("energy", "energy"), Map.entry("trade", "trade"),
            Map.entry("economy", "economy"), Map.entry("economic development", "economy"),
            Map.entry("agriculture", "agriculture"), Map.entry("information", "information"),
            Map.entry("emergency situations", "emergencies"), Map.entry("emergencies", "emergencies"));

    private Ministries() {
    }

    /** A parsed ministry name: portfolio and the country word found inside the name (or null). */
    record Parsed(String portfolio, String countryWord) {
    }

    static Parsed parse(String name) {
        String n = name.replace('\u2019', '\'').strip();
        Matcher m = OF.matcher(n);
        if (m.find()) {
            String before = n.substring(0, m.start()).replaceAll("(?i)^the\\s+", "").replaceAll("'s$", "").strip();
            String portfolio = portfolio(m.group(1));
            String country = m.group(2) != null ? m.group(2) : (before.isEmpty() ? null : before);
            return portfolio == null ? null : new Parsed(portfolio, country);
        }
        m = BEFORE.matcher(n);
        if (m.find()) {
            String words = m.group(1).strip();
            // "Russian Foreign" -> country "Russian", portfolio "foreign"
            String[] parts = words.split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length));
                String p = portfolio(rest);
                if (p != null) {
                    String country = i == 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(parts, 0, i))
                            .replaceAll("'s$", "").strip();
                    return new Parsed(p, country);
                }
            }
        }
        return null;
    }

    private static String portfolio(String words) {
        return PORTFOLIOS.get(words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
    }

    static String id(String portfolio, String countryId) {
        return "min:" + portfolio.replace(' ', '_') + ":" + countryId;
    }

    /** "Ministry of Foreign Affairs of Russia" for a {@code min:} id. */
    static String canonicalName(String id, KnowledgeBase kb) {
        String[] p = id.split(":");
        if (p.length != 3) {
            return id;
        }
        String portfolio = p[1].replace('_', ' ');
        String display = Character.toUpperCase(portfolio.charAt(0)) + portfolio.substring(1);
        display = display.replace("affairs", "Affairs");
        KnowledgeEntry c = kb.get(p[2]);
        return "Ministry of " + display + " of " + (c == null ? p[2] : c.name());
    }
}
