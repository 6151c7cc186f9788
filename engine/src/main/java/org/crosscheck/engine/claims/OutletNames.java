package org.crosscheck.engine.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which names are news outlets, so that a statement credited to one ("according to the Daily",
 * a dateline credit "(Wire)") counts as that outlet's reporting. Known agencies and broadcasters
 * come from {@code claims/outlets.tsv}; the outlets of the analysed collection are added; a name
 * whose last word is a newspaper word ("Times", "News", "Gazette") is taken as an outlet too.
 */
public final class OutletNames {

    static final String RESOURCE = "/org/crosscheck/engine/claims/outlets.tsv";

    private final Set<String> names;
    private final Set<String> suffixes;

    private OutletNames(Set<String> names, Set<String> suffixes) {
        this.names = Set.copyOf(names);
        this.suffixes = Set.copyOf(suffixes);
    }

    private static final class Standard {
        static final OutletNames INSTANCE = load();

        private static OutletNames load() {
            try (InputStream in = OutletNames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("outlet list missing from the classpath: " + RESOURCE);
                }
                List<String> lines = new ArrayList<>();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    r.lines().forEach(lines::add);
                }
                return parse(lines, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static OutletNames standard() {
        return Standard.INSTANCE;
    }

    /** Reads {@code kind <TAB> name} lines; kind {@code suffix} gives a newspaper word. */
    public static OutletNames parse(List<String> lines, String source) {
        Set<String> names = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        int no = 0;
        for (String line : lines) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || f[1].isBlank()) {
                throw new IllegalArgumentException(source + ":" + no + ": expected 'kind<TAB>name'");
            }
            if (f[0].strip().equals("suffix")) {
                suffixes.add(key(f[1]));
            } else {
                names.add(key(f[1]));
            }
        }
        return new OutletNames(names, suffixes);
    }

    /** This list plus the outlets of a collection (article metadata). */
    public OutletNames with(Collection<String> outlets) {
        Set<String> n = new HashSet<>(names);
        outlets.stream().filter(o -> o != null && !o.isBlank()).map(OutletNames::key).forEach(n::add);
        return new OutletNames(n, suffixes);
    }

    /** Whether {@code name} (as written) names a news outlet. */
    public boolean isOutlet(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String k = key(name);
        if (names.contains(k)) {
            return true;
        }
        String[] words = k.split(" ");
        String last = words[words.length - 1];
        if (words.length >= 2 && suffixes.contains(last) && Character.isUpperCase(lastWord(name).charAt(0))) {
            return true;
        }
        // one-word names written together: "Velmoranews", "CityTimes"
        if (words.length == 1) {
            for (String s : suffixes) {
                if (last.length() > s.length() + 2 && last.endsWith(s) && !name.equals(name.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lastWord(String name) {
        String[] w = name.strip().split("\\s+");
        return w[w.length - 1];
    }

    /** The comparison key of an outlet name: lower case, no leading "the", single spaces. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\\s\u00A0]+", " ").strip()
                .replaceFirst("^the ", "");
    }
}
