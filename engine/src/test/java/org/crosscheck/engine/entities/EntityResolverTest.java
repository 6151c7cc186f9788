package org.crosscheck.engine.entities;

import org.crosscheck.engine.TestEngine;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityResolverTest {

    private static Analysis analyse(String... texts) {
        List<Outcome<RawArticle>> raws = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            raws.add(Outcome.ok(new RawArticle("a" + i, Origin.of("a" + i), Format.TEXT, texts[i], ArticleMeta.EMPTY, List.of())));
        }
        return TestEngine.analyzer().analyzeRaw(raws);
    }

    private static GlobalEntity person(Analysis a, String alias) {
        return a.entities().entities().stream()
                .filter(g -> g.type() == EntityType.PERSON && g.aliases().stream().anyMatch(x -> x.text().equals(alias)))
                .findFirst().orElseThrow(() -> new AssertionError("no person called " + alias));
    }

    @Test
    void transliterationVariantsAreOnePerson() {
        Analysis a = analyse(
                "Ukrainian Energy Minister Andriy Kovalenko visited Warsaw on Monday to discuss gas storage.",
                "Andrii Kovalenko, Ukraine's Energy Minister, said storage levels were adequate.");
        GlobalEntity g = person(a, "Andriy Kovalenko");
        assertThat(g.aliases()).extracting(GlobalEntity.Alias::text).contains("Andrii Kovalenko");
        assertThat(g.articles()).hasSize(2);
    }

    @Test
    void differentGivenNamesWithOneSurnameStayApart() {
        Analysis a = analyse(
                "Opposition leader Maria Novak criticised the budget on Tuesday in Prague.",
                "Finance Minister Petr Novak defended the budget in parliament on Wednesday.");
        assertThat(person(a, "Maria Novak").id()).isNotEqualTo(person(a, "Petr Novak").id());
    }

    @Test
    void aSurnameAloneJoinsTheOnlyFullNameItFits() {
        Analysis a = analyse(
                "Chilean Foreign Minister Pablo Estrada arrived in Lima for the border talks.",
                "Estrada told reporters that the talks had gone well.");
        GlobalEntity g = person(a, "Pablo Estrada");
        assertThat(g.aliases()).extracting(GlobalEntity.Alias::text).contains("Estrada");
        assertThat(g.articles()).hasSize(2);
    }
}
