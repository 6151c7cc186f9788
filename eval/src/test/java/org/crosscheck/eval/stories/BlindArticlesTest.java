package org.crosscheck.eval.stories;

import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.RawArticle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlindArticlesTest {

    @Test
    void articlesCarryOnlyTextAndHashIds() {
        List<String> texts = List.of("first text about a storm", "second text about a trial", "first text about a storm");
        BlindArticles.Batch b = BlindArticles.of(texts);
        assertThat(b.articles()).hasSize(3);
        for (Outcome<RawArticle> o : b.articles()) {
            RawArticle a = ((Outcome.Ok<RawArticle>) o).value();
            assertThat(a.id()).matches("t[0-9a-f]{12}(-\\d+)?");
            assertThat(a.meta().outlet()).isNull();
            assertThat(a.meta().published()).isNull();
            assertThat(a.origin().toString()).isEqualTo(a.id());
        }
        assertThat(b.idOfText()).hasSize(3);
        assertThat(b.idOfText().values()).doesNotHaveDuplicates();
        // the order is the hashes', not the file's
        assertThat(BlindArticles.of(List.of(texts.get(1), texts.get(0), texts.get(2))).articles().stream()
                .map(o -> ((Outcome.Ok<RawArticle>) o).value().id()).toList())
                .isEqualTo(b.articles().stream().map(o -> ((Outcome.Ok<RawArticle>) o).value().id()).toList());
    }
}
