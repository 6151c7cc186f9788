package org.crosscheck.engine.analysis;

import org.crosscheck.engine.TestEngine;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles analysed earlier teach the boilerplate profile of an article analysed on its own (the store's case). */
class ProfileContextTest {

    private static final String TAGLINE = "Harbour notes are gathered each weekday by the Lakeside desk";

    private static RawArticle raw(String id, String body) {
        ArticleMeta meta = new ArticleMeta(null, "Lakeside Courier", null, null, null, List.of(), null, Map.of());
        return new RawArticle(id, Origin.of(id), Format.TEXT, body + "\n\n" + TAGLINE + "\n", meta, List.of());
    }

    @Test
    void anOutletsRepeatedLineGoesEvenWhenItsArticleComesAlone() {
        RawArticle older1 = raw("old-1", "Ferry fares rise\n\nThe ferry operator raised fares by four percent on Monday, citing fuel costs.");
        RawArticle older2 = raw("old-2", "Bridge vote delayed\n\nThe council postponed its vote on the second bridge until the autumn session.");
        RawArticle fresh = raw("new", "Lantern festival returns\n\nThousands walked along the harbour as the lantern festival returned after four years.");
        Analyzer analyzer = TestEngine.analyzer();
        var alone = analyzer.analyzeRaw(List.of(Outcome.ok(fresh)));
        assertThat(alone.documents().get(0).text()).as("alone, the line looks like body text").contains(TAGLINE);
        var withContext = analyzer.analyzeRaw(List.of(Outcome.ok(fresh)), List.of(older1, older2));
        assertThat(withContext.documents()).hasSize(1).as("context articles are not analysed");
        assertThat(withContext.documents().get(0).text()).doesNotContain(TAGLINE).contains("lantern festival returned");
    }
}
