package org.crosscheck.engine.claims;

import org.crosscheck.engine.Randomized;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Independent sources, whatever the outlets and reprint groups: copies never add a source, outlets never lose one. */
class CorroborationPropertiesTest {

    private static final List<String> OUTLETS = List.of("Alpha Post", "Beta Times", "Gamma News", "Delta Herald", "Epsilon Daily");

    static Stream<Arguments> collections() {
        return Randomized.cases(200, r -> {
            int n = 1 + r.nextInt(12);
            List<Integer> outletOf = new ArrayList<>();
            List<Integer> copyOf = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                outletOf.add(r.nextInt(OUTLETS.size()));
                copyOf.add(r.nextInt(12));
            }
            return Arguments.of(outletOf, copyOf);
        }).stream();
    }

    @ParameterizedTest
    @MethodSource("collections")
    void sourcesAreTheDistinctOriginalsOfTheCarryingArticles(List<Integer> outletOf, List<Integer> copyOf) {
        int n = outletOf.size();
        List<Document> docs = new ArrayList<>();
        List<Statement> reports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "art" + i;
            String text = "Some words of article " + i + ".";
            ArticleMeta meta = new ArticleMeta(null, OUTLETS.get(outletOf.get(i)), null, null, null, List.of(), null, Map.of());
            docs.add(Document.of(id, Origin.of(id), meta, text, null, List.of(new Span(0, text.length())), null, List.of()));
            reports.add(new Statement(id, 0, new Span(0, 4), new Span(0, 4), "some claim words", "P1", "Someone", true,
                    Voice.REPORTED, Stance.ASSERT, false, "said", null, null, null, null, false, 1));
        }
        // article i (i >= 1) is a copy of an earlier article copyOf[i] % i: one group per original
        Map<Integer, Integer> root = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            root.put(i, i > 0 && i - 1 < copyOf.size() && copyOf.get(i - 1) % 2 == 0 ? root.get(copyOf.get(i - 1) % i) : i);
        }
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        root.forEach((i, r) -> groups.computeIfAbsent(r, k -> new ArrayList<>()).add("art" + i));
        List<List<String>> reprints = groups.values().stream().filter(g -> g.size() > 1).toList();
        Corroboration c = Corroboration.of(docs, reprints, OutletNames.standard());
        List<Claim.Source> sources = c.sources(reports);

        Set<String> expected = new HashSet<>();
        root.forEach((i, r) -> expected.add(OUTLETS.get(outletOf.get(r))));
        assertThat(sources).extracting(Claim.Source::name).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(sources.stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(n);
        assertThat(sources.size()).isLessThanOrEqualTo(Math.min(n, new HashSet<>(outletOf).size()));
    }
}
