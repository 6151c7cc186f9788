package org.crosscheck.engine.clean;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateProfileTest {

    private static CleanText clean(String text) {
        RawArticle raw = new RawArticle("x", Origin.of("x"), Format.TEXT, text, ArticleMeta.EMPTY, List.of());
        return ((Outcome.Ok<CleanText>) Cleaner.standard().extract(raw)).value();
    }

    private static final String FOOTER = "Follow our coverage of the coast every weekday morning";

    private static String article(int i) {
        return "Story number " + i + " about the coast\n\nThe council met on day " + i
                + " to discuss the budget for the lighthouse, which needs a new roof before winter.\n\n"
                + "Residents asked for a second meeting, saying that " + i + " questions were still open.\n\n" + FOOTER + "\n";
    }

    @Test
    void aLineAnOutletPrintsUnderEveryArticleIsRemoved() {
        List<BoilerplateProfile.Sample> samples = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            samples.add(new BoilerplateProfile.Sample("a" + i, "coastal wire", clean(article(i))));
        }
        BoilerplateProfile p = BoilerplateProfile.learn(samples);
        CleanText c = p.apply("coastal wire", samples.get(0).clean());
        assertThat(c.paragraphs()).extracting(TextBlock::text).doesNotContain(FOOTER);
        assertThat(c.removed()).anyMatch(r -> r.text().equals(FOOTER) && r.reason().contains("outlet"));
    }

    @Test
    void reprintsDoNotTeachEachOtherThatTheirTextIsFurniture() {
        CleanText a = clean(article(1));
        List<BoilerplateProfile.Sample> samples = List.of(
                new BoilerplateProfile.Sample("a", "coastal wire", a),
                new BoilerplateProfile.Sample("b", "coastal wire", clean(article(1))),
                new BoilerplateProfile.Sample("c", "harbour news", clean(article(1))));
        BoilerplateProfile p = BoilerplateProfile.learn(samples);
        assertThat(p.apply("coastal wire", a).paragraphs()).hasSameSizeAs(a.paragraphs());
    }

    @Test
    void anEmptyProfileChangesNothing() {
        CleanText a = clean(article(2));
        assertThat(BoilerplateProfile.EMPTY.apply("x", a)).isSameAs(a);
        assertThat(Map.of()).isEmpty();
    }
}
