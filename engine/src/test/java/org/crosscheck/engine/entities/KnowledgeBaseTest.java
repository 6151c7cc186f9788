package org.crosscheck.engine.entities;

import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.nlp.corenlp.CoreNlpSegmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped knowledge files: they parse, refer to each other consistently, and their names match in text. */
class KnowledgeBaseTest {

    /** Attributes whose values are ids of other entries. */
    private static final List<String> REFERENCES = List.of("branch_of", "part_of", "country", "governs",
            "affiliated_with", "successor", "controls");
    private static final Set<String> KINDS = Set.of("country", "territory", "region", "sea", "city", "organisation",
            "media", "government_body", "ministry", "government", "authority", "armed_group", "group", "river");
    /**
     * Names that may point at more than one entry. Empty on purpose: the matcher picks by kind when a
     * name is shared, so a shared name must be a decision written down here with its reason.
     */
    private static final Set<String> SHARED_NAMES = Set.of();
    /** Capitals deliberately without a city entry (their name is a common personal or place name). */
    private static final Set<String> CAPITALS_WITHOUT_ENTRY = Set.of("Victoria");
    /** One-word lower-case names that are not ordinary English words. */
    private static final Set<String> LOWER_CASE_NAMES = Set.of("dpa");

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.standard();
    }

    private static List<String[]> rawLines(String file) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("knowledge/" + file)) {
            assertThat(in).as("knowledge/%s on the classpath", file).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }

    private static List<String> header(String file) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("knowledge/" + file)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null && line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void everyStandardFileParsesWithFiveColumnsAndStatesItsSource() throws IOException {
        for (String f : KnowledgeBase.STANDARD_FILES) {
            List<String[]> lines = rawLines(f);
            assertThat(lines).as(f).isNotEmpty();
            for (String[] cols : lines) {
                assertThat(cols).as("%s: %s", f, String.join(" | ", cols)).hasSize(5);
                assertThat(cols[0]).as("%s: id", f).isNotBlank().isEqualTo(cols[0].strip());
                assertThat(cols[2]).as("%s: name of %s", f, cols[0]).isNotBlank();
                EntityType.fromLabel(cols[1]);
            }
            String head = String.join("\n", header(f));
            assertThat(head).as("%s header", f).contains("Source:").contains("columns").contains("Compiled");
        }
    }

    @Test
    void idsAreUniqueAcrossTheStandardFiles() throws IOException {
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> dup = new ArrayList<>();
        for (String f : KnowledgeBase.STANDARD_FILES) {
            for (String[] cols : rawLines(f)) {
                String old = seen.putIfAbsent(cols[0], f);
                if (old != null) {
                    dup.add(cols[0] + " in " + old + " and " + f);
                }
            }
        }
        assertThat(dup).isEmpty();
        assertThat(kb.entries()).hasSize(seen.size());
    }

    @Test
    void everyReferenceNamesAnExistingEntry() {
        List<String> broken = new ArrayList<>();
        for (KnowledgeEntry e : kb.entries()) {
            for (String key : REFERENCES) {
                for (String v : e.attribute(key)) {
                    if (kb.get(v) == null) {
                        broken.add(e.id() + " " + key + "=" + v);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyEntryHasAKnownKind() {
        List<String> bad = kb.entries().stream().filter(e -> !KINDS.contains(e.kind()))
                .map(e -> e.id() + " kind=" + e.kind()).toList();
        assertThat(bad).isEmpty();
    }

    @Test
    void noNameOrAliasPointsAtTwoEntries() {
        Map<String, Set<String>> byKey = new TreeMap<>();
        for (KnowledgeEntry e : kb.entries()) {
            byKey.computeIfAbsent(KnowledgeBase.key(e.name()), k -> new TreeSet<>()).add(e.id());
            for (String a : e.aliases()) {
                byKey.computeIfAbsent(KnowledgeBase.key(a), k -> new TreeSet<>()).add(e.id());
            }
        }
        List<String> shared = new ArrayList<>();
        byKey.forEach((k, ids) -> {
            if (ids.size() > 1 && !SHARED_NAMES.contains(k)) {
                shared.add(k + " -> " + ids);
            }
        });
        assertThat(shared).isEmpty();
    }

    @Test
    void noDemonymPointsAtTwoEntriesOrIsAnotherEntrysName() {
        Map<String, Set<String>> byDemonym = new TreeMap<>();
        for (KnowledgeEntry e : kb.entries()) {
            for (String d : e.attribute("demonym")) {
                byDemonym.computeIfAbsent(KnowledgeBase.key(d), k -> new TreeSet<>()).add(e.id());
            }
        }
        List<String> bad = new ArrayList<>();
        byDemonym.forEach((d, ids) -> {
            if (ids.size() > 1) {
                bad.add(d + " -> " + ids);
            }
            for (KnowledgeEntry other : kb.lookup(d)) {
                if (!ids.contains(other.id())) {
                    bad.add(d + " is also the name of " + other.id());
                }
            }
        });
        assertThat(bad).isEmpty();
    }

    @Test
    void noAliasIsAnOrdinaryLowerCaseWord() {
        List<String> bad = new ArrayList<>();
        for (KnowledgeEntry e : kb.entries()) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                if (!n.contains(" ") && n.equals(n.toLowerCase(java.util.Locale.ROOT)) && !LOWER_CASE_NAMES.contains(n)) {
                    bad.add(e.id() + ": " + n);
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void unMembershipIsComplete() {
        long members = kb.entries().stream().filter(e -> "member".equals(e.first("un"))).count();
        long observers = kb.entries().stream().filter(e -> "observer".equals(e.first("un"))).count();
        assertThat(members).isEqualTo(193);
        assertThat(observers).isEqualTo(2);
        for (KnowledgeEntry e : kb.entries()) {
            if (e.first("un") != null) {
                assertThat(e.id()).as("UN state id is ISO alpha-2").matches("[A-Z]{2}");
                assertThat(e.first("iso3")).as("iso3 of %s", e.id()).matches("[A-Z]{3}");
                assertThat(e.attribute("capital")).as("capital of %s", e.id()).isNotEmpty();
                assertThat(e.type()).isEqualTo(EntityType.LOCATION);
            }
        }
    }

    @Test
    void everyCapitalAndSeatIsACityOfThatCountry() {
        List<String> bad = new ArrayList<>();
        for (KnowledgeEntry e : kb.entries()) {
            for (String key : List.of("capital", "seat")) {
                for (String c : e.attribute(key)) {
                    if (c.equals(e.name()) || e.aliases().contains(c) || CAPITALS_WITHOUT_ENTRY.contains(c)) {
                        continue; // a city-state, or a capital left out on purpose
                    }
                    boolean ok = kb.lookup(c).stream().anyMatch(x -> x.kind().equals("city")
                            && (x.attribute("country").contains(e.id()) || x.attribute("country").containsAll(e.attribute("part_of"))
                            && !e.attribute("part_of").isEmpty()));
                    if (!ok) {
                        bad.add(e.id() + " " + key + "=" + c);
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyCityBelongsToACountryOrTerritory() {
        List<String> bad = new ArrayList<>();
        for (KnowledgeEntry e : kb.entries()) {
            if (!e.kind().equals("city")) {
                continue;
            }
            if (!e.id().startsWith("city:") || e.attribute("country").isEmpty()) {
                bad.add(e.id());
            }
            for (String c : e.attribute("country")) {
                KnowledgeEntry country = kb.get(c);
                if (country == null || !Set.of("country", "territory").contains(country.kind())) {
                    bad.add(e.id() + " country=" + c);
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "Russian, RU", "Russians, RU", "Russia's, RU", "Afghan, AF", "Afghans, AF", "Afghanistani, AF",
            "Iranian, IR", "Iran's, IR", "Pakistani, PK", "Kazakh, KZ", "Kazakhstani, KZ", "Kyrgyz, KG",
            "Tajik, TJ", "Uzbek, UZ", "Turkmen, TM", "Belarusian, BY", "Belarussian, BY", "British, GB",
            "American, US", "Chinese, CN", "Emirati, AE", "Saudi, SA", "Qatari, QA", "Turkish, TR",
            "Dutch, NL", "Swiss, CH", "Filipino, PH", "Nigerien, NE", "Nigerian, NG", "Guinean, GN",
            "Congolese, CD", "North Korean, KP", "South Korean, KR", "Palestinian, PS", "Taiwanese, TW",
            "Ukrainian, UA", "Indian, IN", "Israeli, IL", "Lebanese, LB", "Syrian, SY", "Yemeni, YE",
            "Ivory Coast, CI", "Türkiye, TR", "United States, US", "UK, GB"})
    void countryFromDemonymOrName(String word, String id) {
        KnowledgeEntry c = kb.country(word);
        assertThat(c).as(word).isNotNull();
        assertThat(c.id()).isEqualTo(id);
    }

    @Test
    void theTalibanGovernAfghanistanAndOrdinaryStatesHaveNoSeparateGovernment() {
        KnowledgeEntry gov = kb.governmentOf("AF");
        assertThat(gov).isNotNull();
        assertThat(gov.id()).isEqualTo("grp:taliban");
        assertThat(gov.first("since")).isEqualTo("2021-08-15");
        assertThat(kb.lookup("Islamic Emirate")).extracting(KnowledgeEntry::id).containsExactly("grp:taliban");
        assertThat(kb.lookup("interim Afghan government")).extracting(KnowledgeEntry::id).containsExactly("grp:taliban");
        for (String c : List.of("RU", "US", "IR", "PK", "YE", "PS", "SY")) {
            assertThat(kb.governmentOf(c)).as("government of %s", c).isNull();
        }
    }

    @Test
    void relatedButDistinctGroupsStayDistinct() {
        String is = only("ISIS");
        assertThat(only("Daesh")).isEqualTo(is);
        assertThat(only("ISIL")).isEqualTo(is);
        String iskp = only("ISIS-K");
        assertThat(iskp).isNotEqualTo(is);
        assertThat(only("ISKP")).isEqualTo(iskp);
        assertThat(only("Islamic State Khorasan Province")).isEqualTo(iskp);
        assertThat(kb.get(iskp).attribute("branch_of")).containsExactly(is);
        assertThat(only("Pakistani Taliban")).isEqualTo(only("TTP")).isNotEqualTo(only("Taliban"));
        assertThat(only("AQAP")).isNotEqualTo(only("al-Qaeda"));
        assertThat(only("Al Qaeda")).isEqualTo(only("al-Qaida"));
        assertThat(only("al-Shabaab")).isNotEqualTo(only("al-Qaeda"));
        assertThat(only("Haqqani network")).isNotEqualTo(only("Taliban"));
        assertThat(kb.lookup("IS")).as("IS is too ambiguous to be an alias").isEmpty();
    }

    @Test
    void ministriesCalledByTheirOwnNamesShareTheMinistryId() {
        assertThat(only("State Department")).isEqualTo(Ministries.id("foreign affairs", "US"));
        assertThat(only("Pentagon")).isEqualTo(Ministries.id("defence", "US"));
        assertThat(only("Kremlin")).isNotEqualTo(only("Russia"));
    }

    private static String only(String name) {
        List<KnowledgeEntry> es = kb.lookup(name);
        assertThat(es).as("entries named %s", name).hasSize(1);
        return es.get(0).id();
    }

    /**
     * Every name and alias, written in a sentence as it stands in the file, is found whole by the
     * matcher the entity stage uses (so no alias is dead because the tokenizer splits it differently).
     */
    @Test
    void everyNameIsFoundInTextAsWritten() {
        CoreNlpSegmenter seg = new CoreNlpSegmenter();
        NameMatcher matcher = new NameMatcher(kb.namesAsWritten());
        List<String> missed = new ArrayList<>();
        for (KnowledgeEntry e : kb.entries()) {
            Set<String> names = new LinkedHashSet<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                String prefix = "They met ";
                String text = prefix + n + " on Monday.";
                List<Token> toks = new ArrayList<>();
                seg.segment(text, new Span(0, text.length())).forEach(toks::addAll);
                boolean found = matcher.find(toks).stream().anyMatch(m -> m.ids().contains(e.id())
                        && toks.get(m.first()).start() == prefix.length()
                        && toks.get(m.end() - 1).end() == prefix.length() + n.length());
                if (!found) {
                    missed.add(e.id() + ": " + n + " " + toks.stream().map(Token::word).toList());
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void casedNamesDoNotMatchLowerCaseWords() {
        CoreNlpSegmenter seg = new CoreNlpSegmenter();
        NameMatcher matcher = new NameMatcher(kb.namesAsWritten());
        String text = "We ate turkey in china bowls while the chad fell; who is the guinea pig? Let us go.";
        List<Token> toks = new ArrayList<>();
        seg.segment(text, new Span(0, text.length())).forEach(toks::addAll);
        assertThat(matcher.find(toks)).isEmpty();
    }

    @Test
    void aUserFileAddsAliasesToAnExistingEntryAndNewEntries(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("my-aliases.tsv");
        Files.writeString(f, """
                # my additions
                grp:taliban\tORG\tTaliban\tTaliban caretaker government
                org:my-ngo\tORGANIZATION\tFriends of the Valley\tFOV\tkind=organisation; country=AF
                """);
        KnowledgeBase mine = KnowledgeBase.load(List.of(f));
        assertThat(mine.lookup("Taliban caretaker government")).extracting(KnowledgeEntry::id).containsExactly("grp:taliban");
        assertThat(mine.get("grp:taliban").aliases()).contains("Islamic Emirate");
        assertThat(mine.get("grp:taliban").first("governs")).isEqualTo("AF");
        assertThat(mine.lookup("FOV")).extracting(KnowledgeEntry::id).containsExactly("org:my-ngo");
        assertThat(mine.get("org:my-ngo").source()).contains("my-aliases.tsv");
    }

    @Test
    void aMissingUserFileIsReportedByName(@TempDir Path dir) {
        Path f = dir.resolve("absent.tsv");
        assertThatThrownBy(() -> KnowledgeBase.load(List.of(f)))
                .hasMessageContaining("absent.tsv").hasMessageContaining("no such file");
    }

    @Test
    void aMalformedUserFileIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "# fine\nonly-two\tORG\n");
        assertThatThrownBy(() -> KnowledgeBase.load(List.of(f)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv:2");
        Files.writeString(f, "x\tPLANET\tMars\n");
        assertThatThrownBy(() -> KnowledgeBase.load(List.of(f)))
                .hasMessageContaining("bad.tsv:1").hasMessageContaining("PLANET");
    }
}
