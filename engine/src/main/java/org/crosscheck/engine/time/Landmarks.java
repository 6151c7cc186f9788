package org.crosscheck.engine.time;

import org.crosscheck.engine.doc.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated landmarks (shipped in {@code landmarks.tsv}, format documented there): events, names that
 * only exist after a date, and groups governing a country in known periods. Finds their mentions
 * in a text, so the time work can bound when an article without a publication date was written.
 */
public final class Landmarks {

    public enum Kind { EVENT, EXISTS, RULE }

    /**
     * One landmark.
     *
     * @param id      stable id ("kabul-2021")
     * @param kind    event, exists or rule
     * @param periods for events and names the single day; for rules the periods of government
     *                (an open period ends at {@link LocalDate#MAX})
     * @param names   the phrases that mention it
     * @param source  where the date comes from
     */
    public record Landmark(String id, Kind kind, List<Interval> periods, List<String> names, String source) {

        public LocalDate date() {
            return periods.get(0).from();
        }

        public String describe() {
            return switch (kind) {
                case RULE -> names.get(0) + " in power " + periods.stream().map(i -> i.from() + ".."
                        + (i.to().equals(LocalDate.MAX) ? "" : i.to().toString())).reduce((a, b) -> a + " and " + b).orElse("");
                case EXISTS -> names.get(0) + " (exists since " + date() + ")";
                case EVENT -> names.get(0) + " (" + date() + ")";
            };
        }
    }

    /** A mention in a text: its characters and the landmarks the phrase may mean (several when ambiguous). */
    public record Mention(Span span, String text, List<Landmark> landmarks) {

        public LocalDate earliest() {
            return landmarks.stream().map(Landmark::date).min(Comparator.naturalOrder()).orElseThrow();
        }
    }

    /** Words that make a governing group's name a reference to its government. */
    private static final String GOVERNMENT_WORDS = "(?:(?:interim|caretaker|de\\s+facto|current|new|ruling)\\s+)?(?:government|govt\\.?|regime|administration|authorities|rulers|cabinet|(?:deputy\\s+|acting\\s+)?(?:foreign|prime|interior|defen[cs]e|finance|education|health|information|justice|economy|commerce|trade|energy|agriculture|culture|refugees|higher\\s+education|vice)?\\s*minister|ministry|foreign\\s+ministry|ambassador|embassy|consulate|central\\s+bank)";

    private final List<Landmark> all;
    private final Map<String, List<Landmark>> byName = new HashMap<>();
    private final Map<String, List<Landmark>> ruleByName = new HashMap<>();
    private final Pattern phrases;
    private final Pattern acronyms;
    private final Pattern government;
    private final Pattern stateNames;

    private Landmarks(List<Landmark> all) {
        this.all = List.copyOf(all);
        List<String> lower = new ArrayList<>();
        List<String> caps = new ArrayList<>();
        List<String> ruleNames = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (Landmark l : all) {
            for (String n : l.names()) {
                if (l.kind() == Kind.RULE) {
                    ruleByName.computeIfAbsent(key(n), k -> new ArrayList<>()).add(l);
                    ruleNames.add(n);
                    if (n.matches("(?i).*\\b(emirate|government|republic|kingdom|council|administration|junta)\\b.*")) {
                        states.add(n);
                    }
                    continue;
                }
                List<Landmark> ls = byName.computeIfAbsent(key(n), k -> new ArrayList<>());
                if (!ls.contains(l)) {
                    ls.add(l);
                }
                (isAcronym(n) ? caps : lower).add(n);
            }
        }
        this.phrases = alternation(lower, true);
        this.acronyms = alternation(caps, false);
        String rn = ruleNames.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Landmarks::phrase).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        this.government = Pattern.compile("(?<![\\w-])(?<name>" + rn + ")(?:['\u2019]s|-led|-run|-backed)?\\s+" + GOVERNMENT_WORDS
                + "(?![\\w-])|(?<![\\w-])" + GOVERNMENT_WORDS.replace("(?:government|", "(?:government|")
                + "\\s+of\\s+(?:the\\s+)?(?<name2>" + rn + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.stateNames = alternation(states, true);
    }

    private static boolean isAcronym(String n) {
        return n.length() <= 8 && n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter);
    }

    private static Pattern alternation(List<String> names, boolean ignoreCase) {
        if (names.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String alt = names.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Landmarks::phrase).reduce((a, b) -> a + "|" + b).orElseThrow();
        return Pattern.compile("(?<![\\w-])(?:" + alt + ")(?![\\w-])", ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    /** A name as a regex: spaces match any run of spaces, apostrophes and hyphens any of their forms. */
    private static String phrase(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("((?<=[ '\u2019\u2013-])|(?=[ '\u2019\u2013-]))")) {
            switch (part) {
                case " " -> sb.append("\\s+");
                case "'", "\u2019" -> sb.append("['\u2019]");
                case "-", "\u2013" -> sb.append("[-\u2010\u2011\u2013\u2014\\s]\\s*");
                default -> sb.append(Pattern.quote(part));
            }
        }
        return sb.toString();
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[-\u2010\u2011\u2013\u2014]", " ")
                .replaceAll("\\s+", " ").strip();
    }

    private static volatile Landmarks standard;

    /** The shipped landmarks, loaded once. */
    public static Landmarks standard() {
        Landmarks l = standard;
        if (l == null) {
            synchronized (Landmarks.class) {
                l = standard;
                if (l == null) {
                    try (InputStream in = Landmarks.class.getResourceAsStream("landmarks.tsv")) {
                        if (in == null) {
                            throw new IllegalStateException("landmarks.tsv is missing from the classpath");
                        }
                        l = read(in, "landmarks.tsv");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = l;
                }
            }
        }
        return l;
    }

    /** Reads landmarks in the shipped format; a bad line is an error naming the source and line. */
    public static Landmarks read(InputStream in, String source) throws IOException {
        List<Landmark> out = new ArrayList<>();
        Map<String, Landmark> seen = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalArgumentException(source + ":" + no + ": expected id, kind, dates, names and source separated by tabs");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + no + ": unknown kind '" + f[1] + "' (event, exists or rule)");
            }
            List<Interval> periods = new ArrayList<>();
            try {
                for (String p : f[2].split("\\|")) {
                    p = p.strip();
                    int dots = p.indexOf("..");
                    if (dots < 0) {
                        LocalDate d = LocalDate.parse(p);
                        periods.add(new Interval(d, d));
                    } else {
                        LocalDate from = LocalDate.parse(p.substring(0, dots));
                        String to = p.substring(dots + 2);
                        periods.add(new Interval(from, to.isBlank() ? LocalDate.MAX : LocalDate.parse(to)));
                    }
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + no + ": bad dates '" + f[2] + "': " + e.getMessage());
            }
            List<String> names = new ArrayList<>();
            for (String n : f[3].split("\\|")) {
                if (!n.isBlank()) {
                    names.add(n.strip());
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException(source + ":" + no + ": a landmark needs at least one name");
            }
            Landmark l = new Landmark(f[0].strip(), kind, periods, names, f.length > 4 ? f[4].strip() : "");
            if (seen.put(l.id(), l) != null) {
                throw new IllegalArgumentException(source + ":" + no + ": duplicate id " + l.id());
            }
            out.add(l);
        }
        return new Landmarks(out);
    }

    public List<Landmark> all() {
        return all;
    }

    /** Mentions of events and dated names, longest first where they overlap. */
    public List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        for (Pattern p : List.of(phrases, acronyms)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                List<Landmark> ls = byName.get(key(m.group()));
                if (ls != null) {
                    out.add(new Mention(new Span(m.start(), m.end()), m.group(), ls));
                }
            }
        }
        out.sort(Comparator.comparing((Mention x) -> x.span().start()).thenComparing(x -> -x.span().length()));
        List<Mention> kept = new ArrayList<>();
        for (Mention x : out) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(x.span())) {
                kept.add(x);
            }
        }
        return kept;
    }

    /** References to a governing group as a government ("the Taliban government", "Islamic Emirate"). */
    public List<Mention> findGovernments(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = government.matcher(text);
        while (m.find()) {
            String name = m.group("name") != null ? m.group("name") : m.group("name2");
            List<Landmark> ls = ruleByName.get(key(name));
            if (ls != null) {
                out.add(new Mention(new Span(m.start(), m.end()), m.group(), ls));
            }
        }
        Matcher s = stateNames.matcher(text);
        while (s.find()) {
            List<Landmark> ls = ruleByName.get(key(s.group()));
            if (ls != null && out.stream().noneMatch(x -> x.span().overlaps(new Span(s.start(), s.end())))) {
                out.add(new Mention(new Span(s.start(), s.end()), s.group(), ls));
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** The governing periods known for a group, by any of its names ("Taliban"), or an empty list. */
    public List<Landmark> rulesFor(String name) {
        return name == null ? List.of() : ruleByName.getOrDefault(key(name), List.of());
    }
}
