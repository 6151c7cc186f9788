package org.crosscheck.engine.entities;

import org.crosscheck.engine.doc.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * World knowledge the entity work needs: countries with capitals and demonyms, cities,
 * international organisations, governments and armed groups with their other names and acronyms,
 * and the vocabulary of titles. Shipped as tab-separated files under
 * {@code org/crosscheck/engine/entities/knowledge/} (format and sources in {@code docs/knowledge.md});
 * a user adds entries or aliases with their own file in the same format.
 *
 * <pre>
 * id &lt;TAB&gt; type &lt;TAB&gt; name &lt;TAB&gt; alias|alias|... &lt;TAB&gt; key=value|value; key=value
 * </pre>
 * A line whose id is already known adds its aliases and attributes to that entry.
 */
public final class KnowledgeBase {

    static final String[] STANDARD_FILES = {"countries.tsv", "cities.tsv", "organizations.tsv", "groups.tsv"};

    private final Map<String, KnowledgeEntry> byId;
    /** Lower-cased names and aliases to entry ids. */
    private final Map<String, List<String>> byName;
    /** Names and aliases as written, to entry ids (for case-aware matching in text). */
    private final Map<String, List<String>> byOriginal;
    /** Lower-cased demonyms ("russian", "afghan") to country ids. */
    private final Map<String, String> byDemonym;
    /** Country id to the id of the entry that governs it now. */
    private final Map<String, String> governments;
    private final TitleLexicon titles;

    private KnowledgeBase(Map<String, KnowledgeEntry> byId, TitleLexicon titles) {
        this.byId = Map.copyOf(byId);
        this.titles = titles;
        Map<String, List<String>> names = new HashMap<>();
        Map<String, List<String>> originals = new HashMap<>();
        Map<String, String> demonyms = new HashMap<>();
        Map<String, String> govs = new HashMap<>();
        for (KnowledgeEntry e : byId.values()) {
            addName(names, e.name(), e.id());
            e.aliases().forEach(a -> addName(names, a, e.id()));
            originals.computeIfAbsent(e.name(), k -> new ArrayList<>(1)).add(e.id());
            e.aliases().forEach(a -> {
                List<String> ids = originals.computeIfAbsent(a, k -> new ArrayList<>(1));
                if (!ids.contains(e.id())) {
                    ids.add(e.id());
                }
            });
            for (String d : e.attribute("demonym")) {
                demonyms.putIfAbsent(d.toLowerCase(Locale.ROOT), e.id());
            }
            for (String c : e.attribute("governs")) {
                govs.put(c, e.id());
            }
        }
        this.byName = names;
        this.byOriginal = originals;
        this.byDemonym = demonyms;
        this.governments = govs;
    }

    private static void addName(Map<String, List<String>> names, String name, String id) {
        List<String> ids = names.computeIfAbsent(key(name), k -> new ArrayList<>(1));
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    /** How names are compared: lower case, curly apostrophes straightened, spaces single. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("\\s+", " ").strip();
    }

    private static volatile KnowledgeBase standard;

    /** The shipped knowledge, loaded once. */
    public static KnowledgeBase standard() {
        KnowledgeBase kb = standard;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = standard;
                if (kb == null) {
                    kb = load(List.of());
                    standard = kb;
                }
            }
        }
        return kb;
    }

    /** The shipped knowledge plus the user's files (same format), which may add entries or aliases. */
    public static KnowledgeBase load(List<Path> userFiles) {
        Map<String, KnowledgeEntry> entries = new LinkedHashMap<>();
        for (String f : STANDARD_FILES) {
            try (InputStream in = KnowledgeBase.class.getResourceAsStream("knowledge/" + f)) {
                if (in == null) {
                    continue;
                }
                read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), f, entries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path p : userFiles) {
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                read(r, p.toString(), entries);
            } catch (NoSuchFileException e) {
                throw new UncheckedIOException("cannot read alias file " + p + ": no such file", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read alias file " + p + ": " + e.getMessage(), e);
            }
        }
        return new KnowledgeBase(entries, TitleLexicon.standard());
    }

    static void read(BufferedReader r, String source, Map<String, KnowledgeEntry> into) throws IOException {
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IllegalArgumentException(source + ":" + no + ": expected at least 3 tab-separated columns: id, type, name");
            }
            String id = f[0].strip();
            EntityType type;
            try {
                type = EntityType.fromLabel(f[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + no + ": " + e.getMessage());
            }
            String name = f[2].strip();
            List<String> aliases = new ArrayList<>();
            if (f.length > 3) {
                for (String a : f[3].split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.strip());
                    }
                }
            }
            Map<String, List<String>> attrs = new LinkedHashMap<>();
            if (f.length > 4) {
                for (String kv : f[4].split(";")) {
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    List<String> vals = new ArrayList<>();
                    for (String v : kv.substring(eq + 1).split("\\|")) {
                        if (!v.isBlank()) {
                            vals.add(v.strip());
                        }
                    }
                    attrs.put(kv.substring(0, eq).strip(), vals);
                }
            }
            KnowledgeEntry old = into.get(id);
            if (old != null) {
                List<String> mergedAliases = new ArrayList<>(old.aliases());
                aliases.stream().filter(a -> !mergedAliases.contains(a)).forEach(mergedAliases::add);
                if (!name.equals(old.name()) && !mergedAliases.contains(name)) {
                    mergedAliases.add(name);
                }
                Map<String, List<String>> mergedAttrs = new LinkedHashMap<>(old.attributes());
                mergedAttrs.putAll(attrs);
                into.put(id, new KnowledgeEntry(id, old.type(), old.name(), mergedAliases, mergedAttrs,
                        old.source() + "," + source));
            } else {
                into.put(id, new KnowledgeEntry(id, type, name, aliases, attrs, source));
            }
        }
    }

    public KnowledgeEntry get(String id) {
        return byId.get(id);
    }

    public Collection<KnowledgeEntry> entries() {
        return byId.values();
    }

    /** Entries called {@code name} (canonical or alias), most specific first. */
    public List<KnowledgeEntry> lookup(String name) {
        List<String> ids = byName.get(key(name));
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(byId::get).toList();
    }

    /** The country a demonym or country name points at ("Russian", "Russia's", "Afghan"), or null. */
    public KnowledgeEntry country(String word) {
        String k = key(word).replaceAll("'s$", "");
        String id = byDemonym.get(k);
        if (id == null) {
            id = byDemonym.get(k.endsWith("s") ? k.substring(0, k.length() - 1) : k + "s");
        }
        if (id != null) {
            return byId.get(id);
        }
        for (KnowledgeEntry e : lookup(k)) {
            if (e.kind().equals("country")) {
                return e;
            }
        }
        return null;
    }

    /** The entry that governs a country now (a government or a group in power), or null. */
    public KnowledgeEntry governmentOf(String countryId) {
        String id = governments.get(countryId);
        return id == null ? null : byId.get(id);
    }

    public TitleLexicon titles() {
        return titles;
    }

    /** All names and aliases as written, with their ids, for building a matcher. */
    Map<String, List<String>> namesAsWritten() {
        return byOriginal;
    }
}
