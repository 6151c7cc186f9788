package org.crosscheck.engine.events;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.stories.Story;
import org.crosscheck.engine.time.Interval;
import org.crosscheck.engine.time.ReferenceTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The cross-document event step on hand-built articles and reference times. */
class EventMergerTest {

    private static Document article(String id, Event... events) {
        return Document.ofText(id, "An article about harbour talks.").withEvents(List.of(events));
    }

    private static Event event(String type, String name, Event.EventDate date, Event.Participant... ps) {
        return new Event(type, name, null, date, List.of(ps), List.of(), List.of());
    }

    private static Event.EventDate open(String... candidates) {
        return new Event.EventDate(null, List.of(candidates), List.of("Friday, 4 October: a Friday in several years"), null, "Friday, October 4");
    }

    private static final ReferenceTime WRITTEN_2024_25 = new ReferenceTime(null,
            List.of(new Interval(LocalDate.of(2024, 8, 15), LocalDate.of(2025, 8, 14))), true,
            List.of("\u201cover three years since\u201d a landmark of 15 August 2021"));
    private static final ReferenceTime UNKNOWN = ReferenceTime.unknown(LocalDate.of(2026, 11, 23), 15);

    private static EventMerger merger(Map<String, ReferenceTime> refs) {
        return new EventMerger(d -> refs.getOrDefault(d.id(), UNKNOWN));
    }

    @Test
    void anotherArticleOfTheStoryNarrowsTheDate() {
        Document a = article("a", event("talks", "sixth round of the Harbour talks", open("2013-10-04", "2019-10-04", "2024-10-04")));
        Document b = article("b", event("meeting", "sixth Harbour meeting", Event.EventDate.NONE));
        List<StoryEvent> out = merger(Map.of("b", WRITTEN_2024_25)).merge(List.of(a, b),
                List.of(new Story("S1", "harbour", List.of("a", "b"), List.of())), EntityIndex.EMPTY);
        assertThat(out).hasSize(1);
        StoryEvent e = out.get(0);
        assertThat(e.articles()).containsExactly("a", "b");
        assertThat(e.name()).isEqualTo("sixth round of the Harbour talks");
        assertThat(e.date().value()).isEqualTo("2024-10-04");
        assertThat(e.date().candidates()).containsExactly("2013-10-04", "2019-10-04", "2024-10-04");
        assertThat(e.date().evidence()).anyMatch(x -> x.startsWith("b was written between 2024-08-15 and 2025-08-14"));
    }

    @Test
    void withoutStoriesEachArticleStandsAlone() {
        Document a = article("a", event("talks", "sixth round of the Harbour talks", open("2013-10-04", "2019-10-04", "2024-10-04")));
        Document b = article("b", event("meeting", "sixth Harbour meeting", Event.EventDate.NONE));
        List<StoryEvent> out = merger(Map.of("b", WRITTEN_2024_25)).merge(List.of(a, b), List.of(), EntityIndex.EMPTY);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).story()).isEqualTo("a");
        assertThat(out.get(0).date().value()).isNull();
        assertThat(out.get(0).date().candidates()).hasSize(3);
    }

    @Test
    void whenNoArticleDecidesTheDateStaysNull() {
        Document a = article("a", event("talks", "sixth round of the Harbour talks", open("2013-10-04", "2019-10-04", "2024-10-04")));
        Document b = article("b", event("meeting", "sixth Harbour meeting", Event.EventDate.NONE));
        List<StoryEvent> out = merger(Map.of()).merge(List.of(a, b),
                List.of(new Story("S1", "harbour", List.of("a", "b"), List.of())), EntityIndex.EMPTY);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).date().value()).isNull();
        assertThat(out.get(0).date().evidence()).anyMatch(x -> x.contains("does not decide"));
    }

    @Test
    void differentRoundsInOneStoryStayTwoEvents() {
        Document a = article("a", event("talks", "sixth round of the Harbour talks", Event.EventDate.NONE));
        Document b = article("b", event("talks", "fifth round of the Harbour talks", Event.EventDate.NONE));
        List<StoryEvent> out = merger(Map.of()).merge(List.of(a, b),
                List.of(new Story("S1", "harbour", List.of("a", "b"), List.of())), EntityIndex.EMPTY);
        assertThat(out).hasSize(2);
    }

    @Test
    void articlesThatDisagreeOnTheDateGiveNoDate() {
        Event.EventDate june20 = new Event.EventDate("2024-06-20", List.of(), List.of("20 June 2024"), null, "20 June 2024");
        Event.EventDate june21 = new Event.EventDate("2024-06-21", List.of(), List.of("21 June 2024"), null, "21 June 2024");
        Document a = article("a", event("meeting", null, june20));
        Document b = article("b", event("meeting", null, june21));
        List<StoryEvent> out = merger(Map.of()).merge(List.of(a, b),
                List.of(new Story("S1", "x", List.of("a", "b"), List.of())), EntityIndex.EMPTY);
        // two different dates are two meetings, not one
        assertThat(out).hasSize(2);
    }

    @Test
    void participantsOfAllArticlesAreJoinedByIdentity() {
        Event.Participant kz = new Event.Participant("Kazakhstan", Event.Participant.COUNTRY, -1, "KZ", "listed");
        Event.Participant kz2 = new Event.Participant("Kazakhstan", Event.Participant.COUNTRY, -1, "KZ", "host");
        Event.Participant by = new Event.Participant("Belarus", Event.Participant.COUNTRY, -1, "BY", "listed");
        Event.Participant envoys = new Event.Participant("envoys from several regional countries", Event.Participant.DESCRIPTION, -1, null, "listed");
        Document a = article("a", event("meeting", "ministerial meeting of the Steppe Council", Event.EventDate.NONE, kz, envoys));
        Document b = article("b", event("meeting", "Steppe Council meeting", Event.EventDate.NONE, kz2, by));
        List<StoryEvent> out = merger(Map.of()).merge(List.of(a, b),
                List.of(new Story("S1", "x", List.of("a", "b"), List.of())), EntityIndex.EMPTY);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).participants()).extracting(Event.Participant::name)
                .containsExactly("Kazakhstan", "envoys from several regional countries", "Belarus");
    }
}
