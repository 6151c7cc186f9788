package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.EntityResolver;
import org.crosscheck.engine.entities.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class UtteranceMatcherTest {

    /** Vectors chosen per sentence, so each test sets the cosine it needs; other texts get unrelated vectors. */
    static final class TableEmbedder implements SentenceEmbedder {
        final Map<String, float[]> table = new HashMap<>();
        final List<String> seen = new ArrayList<>();

        /** Gives {@code a} and {@code b} vectors whose cosine is {@code cos}. */
        TableEmbedder pair(String a, String b, double cos, int axis) {
            float[] va = new float[64];
            float[] vb = new float[64];
            va[axis] = 1;
            vb[axis] = (float) cos;
            vb[axis + 1] = (float) Math.sqrt(1 - cos * cos);
            table.put(a, va);
            table.put(b, vb);
            return this;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            seen.addAll(texts);
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                float[] v = table.get(t);
                if (v == null) {
                    Random r = new Random(t.hashCode());
                    v = new float[64];
                    double n = 0;
                    for (int i = 20; i < 64; i++) {
                        v[i] = (float) r.nextGaussian();
                        n += v[i] * v[i];
                    }
                    for (int i = 0; i < 64; i++) {
                        v[i] /= (float) Math.sqrt(n);
                    }
                }
                out.add(v);
            }
            return out;
        }

        @Override
        public String describe() {
            return "table";
        }
    }

    private static Document outlet(String id, String outlet, LocalDate published, String... paragraphs) {
        Document d = QuoteFixture.article(id, null, paragraphs);
        return d.withMeta(new ArticleMeta(null, outlet, published, null, null, List.of(), null, Map.of()));
    }

    private static EntityIndex index(List<Document> docs) {
        return new EntityResolver(KnowledgeBase.standard()).resolve(docs);
    }

    private static Utterance utteranceOf(List<Utterance> us, String article, String words, List<Document> docs) {
        for (Utterance u : us) {
            for (Utterance.Version v : u.versions()) {
                if (v.article().equals(article) && v.text().contains(words)) {
                    return u;
                }
            }
        }
        throw new AssertionError("no utterance has '" + words + "' from " + article);
    }

    @Test
    void twoTranslationsOfOneStatementAreOneUtterance() {
        List<Document> docs = List.of(
                outlet("a", "Alpha Daily", null, "“The port will stay open all winter, whatever the storms,” said Ines Carvalho, the mayor."),
                outlet("b", "Beta News", null, "“The harbour will remain open throughout the winter, whatever storms come,” Ines Carvalho said."));
        TableEmbedder emb = new TableEmbedder().pair("The port will stay open all winter, whatever the storms,",
                "The harbour will remain open throughout the winter, whatever storms come,", 0.9, 0);
        List<Utterance> us = new UtteranceMatcher(emb).match(docs, index(docs));
        Utterance u = utteranceOf(us, "a", "stay open", docs);
        assertThat(u.versions()).hasSize(2);
        assertThat(u.outlets()).containsExactlyInAnyOrder("Alpha Daily", "Beta News");
        assertThat(u.speakerName()).isEqualTo("Ines Carvalho");
        assertThat(u.multiSource()).isTrue();
    }

    @Test
    void directQuoteAndReportedSpeechInTwoOutletsAreOneUtterance() {
        List<Document> docs = List.of(
                outlet("a", "Alpha Daily", null, "“The port will stay open all winter,” said Ines Carvalho, the mayor."),
                outlet("b", "Beta News", null, "Ines Carvalho, the mayor, said the port would stay open all winter."));
        TableEmbedder emb = new TableEmbedder().pair("The port will stay open all winter,",
                "the port would stay open all winter", 0.86, 0);
        List<Utterance> us = new UtteranceMatcher(emb).match(docs, index(docs));
        Utterance u = utteranceOf(us, "b", "would stay open", docs);
        assertThat(u.versions()).extracting(Utterance.Version::kind)
                .containsExactlyInAnyOrder(QuoteKind.DIRECT, QuoteKind.REPORTED);
    }

    @Test
    void aCloseParaphraseOfAnotherStatementStaysApart() {
        // same speaker, same topic, close meaning, but nothing says the two articles report one occasion
        List<Document> docs = List.of(
                outlet("a", "Alpha Daily", null, "“We must keep the winter ferry running for the islands,” said Ines Carvalho, the mayor."),
                outlet("b", "Beta News", null, "“The islands need a ferry that runs in every season,” Ines Carvalho, the mayor, said."));
        TableEmbedder emb = new TableEmbedder().pair("We must keep the winter ferry running for the islands,",
                "The islands need a ferry that runs in every season,", 0.74, 0);
        List<Utterance> us = new UtteranceMatcher(emb).match(docs, index(docs));
        assertThat(utteranceOf(us, "a", "winter ferry", docs).versions()).hasSize(1);
        assertThat(utteranceOf(us, "b", "every season", docs).versions()).hasSize(1);
    }

    @Test
    void theSameStoryLetsACloseParaphraseJoin() {
        List<Document> docs = List.of(
                outlet("a", "Alpha Daily", null, "“We must keep the winter ferry running for the islands,” said Ines Carvalho, the mayor."),
                outlet("b", "Beta News", null, "“The islands need the winter ferry running,” Ines Carvalho, the mayor, said."));
        TableEmbedder emb = new TableEmbedder().pair("We must keep the winter ferry running for the islands,",
                "The islands need the winter ferry running,", 0.74, 0);
        UtteranceMatcher m = new UtteranceMatcher(emb);
        assertThat(utteranceOf(m.match(docs, index(docs)), "a", "winter ferry", docs).versions()).hasSize(1);
        List<Utterance> us = m.match(docs, index(docs), Map.of("a", "S1", "b", "S1"));
        assertThat(utteranceOf(us, "a", "winter ferry", docs).versions()).hasSize(2);
    }

    @Test
    void anotherStatementBothArticlesShareShowsTheSameOccasion() {
        List<Document> docs = List.of(
                outlet("a", "Alpha Daily", null,
                        "“The port will stay open all winter, whatever the storms,” said Ines Carvalho, the mayor.",
                        "“We must keep the winter ferry running for the islands,” she added."),
                outlet("b", "Beta News", null,
                        "“The harbour will remain open throughout the winter, whatever storms come,” Ines Carvalho said.",
                        "“The islands need the winter ferry running,” she said."));
        TableEmbedder emb = new TableEmbedder()
                .pair("The port will stay open all winter, whatever the storms,",
                        "The harbour will remain open throughout the winter, whatever storms come,", 0.9, 0)
                .pair("We must keep the winter ferry running for the islands,", "The islands need the winter ferry running,",
                        0.74, 4);
        List<Utterance> us = new UtteranceMatcher(emb).match(docs, index(docs));
        assertThat(utteranceOf(us, "a", "winter ferry", docs).versions()).hasSize(2);
        assertThat(utteranceOf(us, "a", "winter ferry", docs)).isNotEqualTo(utteranceOf(us, "a", "stay open", docs));
    }

    @Test
    void publicationDatesFarApartMeanAnotherOccasion() {
        List<Document> docs = List.of(
                outlet("a", "Alpha Daily", LocalDate.of(2024, 1, 10),
                        "“The port will stay open all winter, whatever the storms,” said Ines Carvalho, the mayor."),
                outlet("b", "Beta News", LocalDate.of(2024, 6, 2),
                        "“The harbour will remain open throughout the winter, whatever storms come,” Ines Carvalho said."));
        TableEmbedder emb = new TableEmbedder().pair("The port will stay open all winter, whatever the storms,",
                "The harbour will remain open throughout the winter, whatever storms come,", 0.9, 0);
        List<Utterance> us = new UtteranceMatcher(emb).match(docs, index(docs));
        assertThat(utteranceOf(us, "a", "stay open", docs).versions()).hasSize(1);
        assertThat(emb.seen).isEmpty();
    }

    @Test
    void differentSpeakersAreNeverComparedNorEmbedded() {
        List<Document> docs = List.of(
                outlet("a", "Alpha Daily", null, "“The port will stay open all winter,” said Ines Carvalho, the mayor."),
                outlet("b", "Beta News", null, "“The port will stay open all winter,” said harbour master Karl Brenner."));
        TableEmbedder emb = new TableEmbedder();
        List<Utterance> us = new UtteranceMatcher(emb).match(docs, index(docs));
        assertThat(utteranceOf(us, "a", "stay open", docs).versions()).hasSize(1);
        assertThat(utteranceOf(us, "b", "stay open", docs).versions()).hasSize(1);
        assertThat(emb.seen).isEmpty();
    }

    @Test
    void partialQuotesJoinOnlyTheSameWordsElsewhere() {
        List<Document> docs = List.of(
                outlet("a", "Alpha Daily", null, "Ines Carvalho called the plan “a gift to the islands” on Monday."),
                outlet("b", "Beta News", null, "Ines Carvalho described the plan as “a gift to the islands” in her speech."));
        TableEmbedder emb = new TableEmbedder();
        List<Utterance> us = new UtteranceMatcher(emb).match(docs, index(docs));
        Utterance u = null;
        for (Utterance x : us) {
            if (x.versions().stream().allMatch(v -> v.kind() == QuoteKind.PARTIAL) && x.versions().size() == 2) {
                u = x;
            }
        }
        assertThat(u).isNotNull();
        assertThat(u.versions()).extracting(Utterance.Version::text).containsOnly("a gift to the islands");
    }

    @Test
    void everyQuoteBelongsToExactlyOneUtterance() {
        List<Document> docs = List.of(
                outlet("a", "Alpha Daily", null, "“The port will stay open all winter,” said Ines Carvalho, the mayor. "
                        + "Officials said the budget was tight."),
                outlet("b", "Beta News", null, "Ines Carvalho, the mayor, said the port would stay open all winter."));
        List<Utterance> us = new UtteranceMatcher(new TableEmbedder()).match(docs, index(docs));
        int quotes = docs.stream().mapToInt(d -> d.quotes().size()).sum();
        assertThat(us.stream().mapToInt(u -> u.versions().size()).sum()).isEqualTo(quotes);
    }
}
