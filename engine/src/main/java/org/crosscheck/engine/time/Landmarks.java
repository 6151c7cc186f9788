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
import java.util.Set;

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

    /** Words that make a governing group's name a reference to its government, and what may stand between. */
    private static final Set<String> GOVERNMENT_HEADS = Set.of("government", "govt", "regime", "administration",
            "authorities", "rulers", "cabinet", "minister", "ministers", "ministry", "ambassador", "embassy", "consulate");
    private static final Set<String> GOVERNMENT_MODIFIERS = Set.of("interim", "caretaker", "de", "facto", "current",
            "new", "ruling", "deputy", "acting", "foreign", "prime", "interior", "defence", "defense", "finance",
            "education", "health", "information", "justice", "economy", "commerce", "trade", "energy", "agriculture",
            "culture", "refugees", "higher", "vice", "first", "senior", "top", "central", "led", "run", "backed");
    private static final Set<String> GOVERNMENT_BEFORE = Set.of("government", "regime", "rulers", "authorities", "administration");
    private static final String BREAK = "|";

    /** A name as tokens, and the landmarks it may mean. */
    private record Name(String[] tokens, boolean caseSensitive, List<Landmark> landmarks, boolean state) {
    }

    /** A token of a text: its characters and its comparison form ("'s" for a possessive, "|" for punctuation). */
    private record Tok(int start, int end, String key) {
    }

    private final List<Landmark> all;
    private final Map<String, List<Landmark>> byName = new HashMap<>();
    private final Map<String, List<Landmark>> ruleByName = new HashMap<>();
    private final Map<String, List<Name>> names = new HashMap<>();
    private final Map<String, List<Name>> ruleNames = new HashMap<>();

    private Landmarks(List<Landmark> all) {
        this.all = List.copyOf(all);
        Map<String, Name> seen = new HashMap<>();
        Map<String, Name> seenRules = new HashMap<>();
        for (Landmark l : all) {
            for (String n : l.names()) {
                String k = key(n);
                if (l.kind() == Kind.RULE) {
                    ruleByName.computeIfAbsent(k, x -> new ArrayList<>()).add(l);
                    boolean state = n.matches("(?i).*\\b(emirate|government|republic|kingdom|council|administration|junta)\\b.*");
                    index(ruleNames, seenRules, n, ruleByName.get(k), state);
                    continue;
                }
                List<Landmark> ls = byName.computeIfAbsent(k, x -> new ArrayList<>());
                if (!ls.contains(l)) {
                    ls.add(l);
                }
                index(names, seen, n, ls, false);
            }
        }
        for (List<Name> ns : names.values()) {
            ns.sort(Comparator.comparingInt((Name x) -> -x.tokens().length));
        }
        for (List<Name> ns : ruleNames.values()) {
            ns.sort(Comparator.comparingInt((Name x) -> -x.tokens().length));
        }
    }

    private static void index(Map<String, List<Name>> into, Map<String, Name> seen, String name,
                              List<Landmark> landmarks, boolean state) {
        String[] toks = tokens(name).stream().map(Tok::key).filter(t -> !t.equals(BREAK)).toArray(String[]::new);
        String sig = String.join(" ", toks) + (isAcronym(name) ? "/A" : "");
        if (toks.length == 0 || seen.containsKey(sig)) {
            return;
        }
        Name n = new Name(toks, isAcronym(name), landmarks, state);
        seen.put(sig, n);
        into.computeIfAbsent(toks[0], x -> new ArrayList<>()).add(n);
    }

    private static boolean isAcronym(String n) {
        return n.length() <= 8 && n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter);
    }

    /** Words of a text in lower case; "'s" apart; punctuation that ends a phrase as "|"; hyphens and dashes separate. */
    private static List<Tok> tokens(String text) {
        List<Tok> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                        || (text.charAt(j) == '.' && j + 1 < n && Character.isLetter(text.charAt(j + 1)) && j > i
                        && Character.isUpperCase(text.charAt(j - 1))))) {
                    j++;
                }
                out.add(new Tok(i, j, text.substring(i, j).toLowerCase(Locale.ROOT)));
                i = j;
                continue;
            }
            if ((c == '\'' || c == '\u2019') && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                out.add(new Tok(i, i + 2, "'s"));
                i += 2;
                continue;
            }
            if (",;:!?()\"\u201c\u201d[]".indexOf(c) >= 0 || (c == '.' && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))))) {
                out.add(new Tok(i, i + 1, BREAK));
            }
            i++;
        }
        return out;
    }

    /** The longest name of {@code index} starting at token {@code i}, or null. */
    private static Name nameAt(Map<String, List<Name>> index, List<Tok> toks, String text, int i) {
        List<Name> cands = index.get(toks.get(i).key());
        if (cands == null) {
            return null;
        }
        for (Name nm : cands) {
            String[] t = nm.tokens();
            if (i + t.length > toks.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < t.length && ok; k++) {
                Tok x = toks.get(i + k);
                ok = x.key().equals(t[k]);
                if (ok && nm.caseSensitive()) {
                    String orig = text.substring(x.start(), x.end());
                    ok = orig.equals(orig.toUpperCase(Locale.ROOT));
                }
            }
            if (ok) {
                return nm;
            }
        }
        return null;
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
        List<Tok> toks = tokens(text);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Name nm = nameAt(names, toks, text, i);
            if (nm == null) {
                continue;
            }
            int start = toks.get(i).start();
            if (start > 0 && "-\u2010\u2011\u2013".indexOf(text.charAt(start - 1)) >= 0) {
                continue; // "Iran-Iraq war" is not the "Iraq war"
            }
            int end = toks.get(i + nm.tokens().length - 1).end();
            out.add(new Mention(new Span(start, end), text.substring(start, end), nm.landmarks()));
            i += nm.tokens().length - 1;
        }
        return out;
    }

    /** References to a governing group as a government ("the Taliban government", "Islamic Emirate"). */
    public List<Mention> findGovernments(String text) {
        List<Tok> toks = tokens(text);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Name nm = nameAt(ruleNames, toks, text, i);
            if (nm == null) {
                continue;
            }
            int first = i;
            int last = i + nm.tokens().length - 1;
            boolean government = nm.state();
            // after: "Taliban('s) (interim) government", "Taliban-led administration", "Taliban Foreign Minister"
            int k = last + 1;
            if (k < toks.size() && toks.get(k).key().equals("'s")) {
                k++;
            }
            int mods = 0;
            while (!government && k < toks.size() && mods <= 3) {
                String w = toks.get(k).key();
                if (GOVERNMENT_HEADS.contains(w)) {
                    government = true;
                    last = k;
                } else if (GOVERNMENT_MODIFIERS.contains(w)) {
                    mods++;
                    k++;
                } else {
                    break;
                }
            }
            // before: "the government of the Taliban"
            if (!government) {
                int b = i - 1;
                if (b >= 0 && toks.get(b).key().equals("the")) {
                    b--;
                }
                if (b >= 1 && toks.get(b).key().equals("of") && GOVERNMENT_BEFORE.contains(toks.get(b - 1).key())) {
                    government = true;
                    first = b - 1;
                }
            }
            if (government) {
                int s = toks.get(first).start();
                int e = toks.get(last).end();
                out.add(new Mention(new Span(s, e), text.substring(s, e), nm.landmarks()));
            }
            i += nm.tokens().length - 1;
        }
        return out;
    }

    /** The governing periods known for a group, by any of its names ("Taliban"), or an empty list. */
    public List<Landmark> rulesFor(String name) {
        return name == null ? List.of() : ruleByName.getOrDefault(key(name), List.of());
    }
}
