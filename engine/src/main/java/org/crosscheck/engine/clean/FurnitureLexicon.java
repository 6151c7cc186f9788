package org.crosscheck.engine.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The furniture vocabulary (see {@code furniture.lexicon}): interface, credit and meta words. */
public final class FurnitureLexicon {

    private final Map<String, Set<String>> sections;

    private FurnitureLexicon(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    private static final FurnitureLexicon DEFAULT = load();

    public static FurnitureLexicon standard() {
        return DEFAULT;
    }

    private static FurnitureLexicon load() {
        try (InputStream in = FurnitureLexicon.class.getResourceAsStream("furniture.lexicon")) {
            if (in == null) {
                throw new IllegalStateException("furniture.lexicon missing from the classpath");
            }
            return new FurnitureLexicon(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), new HashMap<>()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard lexicon extended with a user's file in the same format. */
    public FurnitureLexicon extendedWith(Path file) throws IOException {
        Map<String, Set<String>> copy = new HashMap<>();
        sections.forEach((k, v) -> copy.put(k, new HashSet<>(v)));
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new FurnitureLexicon(parse(r, copy));
        }
    }

    private static Map<String, Set<String>> parse(BufferedReader r, Map<String, Set<String>> into) throws IOException {
        String section = "interface";
        String line;
        while ((line = r.readLine()) != null) {
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                continue;
            }
            Set<String> words = into.computeIfAbsent(section, k -> new HashSet<>());
            for (String w : line.split("\\s+")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return into;
    }

    public boolean isInterface(String lowerWord) {
        return sections.getOrDefault("interface", Set.of()).contains(lowerWord);
    }

    public boolean isCredit(String lowerWord) {
        return sections.getOrDefault("credit", Set.of()).contains(lowerWord);
    }

    public boolean isMeta(String lowerWord) {
        return sections.getOrDefault("meta", Set.of()).contains(lowerWord);
    }
}
