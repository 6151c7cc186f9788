package org.crosscheck.engine.stories;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.MentionKind;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.doc.TokenSpan;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.events.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Features of a hand-built document: lead weighting, numbers, entities, places and events. */
class FeatureExtractorTest {

    static final String TEXT = "Dockers in Portmouth ended their strike. The union signed a deal for 1,200 workers. "
            + "Later the port reopened.";

    /** Whitespace-and-punctuation tokens, one sentence per full stop. */
    static Document tokenized(String id, String text) {
        Document d = Document.ofText(id, text);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N},]+[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|\\.").matcher(text);
        int first = 0;
        int start = -1;
        while (m.find()) {
            tokens.add(new Token(new Span(m.start(), m.end()), m.group()));
            if (start < 0) {
                start = m.start();
            }
            if (m.group().equals(".")) {
                sentences.add(new Sentence(new Span(start, m.end()), new TokenSpan(first, tokens.size()), 0));
                first = tokens.size();
                start = -1;
            }
        }
        return d.withTokensAndSentences(tokens, sentences);
    }

    @Test
    void leadWordsCountDoubleNumbersHaveOneSpellingAndPlacesAreEntities() {
        Document d = tokenized("port", TEXT);
        int at = TEXT.indexOf("Portmouth");
        Mention place = new Mention(new Span(at, at + 9), "Portmouth", EntityType.LOCATION, MentionKind.NAME, "test", 0);
        d = d.withEntities(List.of(place), List.of(new LocalEntity(0, EntityType.LOCATION, "Portmouth", List.of(0), List.of(), null)));
        d = d.withEvents(List.of(new Event("Strike", "the dock strike",
                new Event.Place("Portmouth", "Portmouth", null, null, null, "test"),
                new Event.EventDate("2024-02-02", List.of(), List.of(), null, null), List.of(), List.of(), List.of())));
        GlobalEntity g = new GlobalEntity("L1", EntityType.LOCATION, "Portmouth", true, List.of(), List.of(), 1, List.of("port"), null);
        EntityIndex index = new EntityIndex(List.of(g), Map.of("port", List.of("L1")));
        ArticleFeatures f = new FeatureExtractor(index).extract(d);
        assertThat(f.terms()).containsEntry("docker", 2.0).containsEntry("strike", 2.0)
                .containsEntry("#1200", 2.0).containsEntry("port", 1.0).containsEntry("reopened", 1.0);
        assertThat(f.terms()).doesNotContainKeys("the", "their", "in");
        assertThat(f.entities()).containsEntry("L1", 1.0);
        assertThat(f.places()).containsExactly("L1");
        assertThat(f.events()).containsExactly(new EventSignature("strike", LocalDate.of(2024, 2, 2), List.of("portmouth")));
    }

    @Test
    void onlyTheMainEventSpeaksForTheArticleAndItsRoundNumberComesAlong() {
        Document d = tokenized("rounds", TEXT);
        Event main = new Event("Talks", "third round of the harbour talks", null,
                new Event.EventDate(null, List.of(), List.of(), null, null), List.of(), List.of(), List.of());
        Event recalled = new Event("Talks", "second round of the harbour talks", null,
                new Event.EventDate("2024-01-10", List.of(), List.of(), null, null), List.of(), List.of(), List.of());
        ArticleFeatures f = new FeatureExtractor(EntityIndex.EMPTY).extract(d.withEvents(List.of(main, recalled)));
        assertThat(f.events()).containsExactly(new EventSignature("talks", null, List.of(), 3));
    }

    @Test
    void partialOrUnreadableEventDatesAreNotDates() {
        assertThat(FeatureExtractor.isoDay("2024-10")).isNull();
        assertThat(FeatureExtractor.isoDay("2024-02-30")).isNull();
        assertThat(FeatureExtractor.isoDay(null)).isNull();
        assertThat(FeatureExtractor.isoDay("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(FeatureExtractor.placeWords("Almaty, Kazakhstan")).containsExactly("almaty", "kazakhstan");
        assertThat(FeatureExtractor.placeWords("the city of Almaty")).containsExactly("almaty");
    }

    @Test
    void theServiceRunsOnAnalysedDocuments() {
        Document a = tokenized("a", TEXT);
        Document b = tokenized("b", "Portmouth dockers ended the strike after the union deal for 1,200 workers. The port reopened.");
        Document c = tokenized("c", "A violin maker in the hills restored an old cello for the town orchestra.");
        List<Story> stories = new StoryService(StoryConfig.DEFAULT).stories(List.of(a, b, c), EntityIndex.EMPTY);
        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).articles()).containsExactly("a", "b");
        assertThat(stories.get(0).label()).startsWith("Dockers in Portmouth");
        assertThat(stories.get(1).articles()).containsExactly("c");
    }
}
