package org.crosscheck.eval.seeds;

import org.crosscheck.engine.events.Event;
import org.crosscheck.engine.events.StoryEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventScorerTest {

    private static Event.Place place(String city, String country) {
        return new Event.Place(city == null ? country : city + ", " + country, city, country, null, null, "");
    }

    @Test
    void aPlaceMatchesByCityAndCountryOrByWhatTheGoldNames() {
        assertThat(EventScorer.placeMatches("Tashkent, Uzbekistan", place("Tashkent", "Uzbekistan"))).isTrue();
        assertThat(EventScorer.placeMatches("Tashkent, Uzbekistan", place(null, "Uzbekistan"))).isFalse();
        assertThat(EventScorer.placeMatches("Uzbekistan", place(null, "Uzbekistan"))).isTrue();
        assertThat(EventScorer.placeMatches("Tashkent, Uzbekistan", place("Samarkand", "Uzbekistan"))).isFalse();
        assertThat(EventScorer.placeMatches(null, null)).isTrue();
    }

    @Test
    void aGoldEventMatchesOurEventThroughItsArticles() {
        Event.EventDate none = Event.EventDate.NONE;
        StoryEvent side = new StoryEvent("V1", "S1", "press_conference", null, null, none, List.of(),
                List.of(new StoryEvent.Source("a", 1, List.of())));
        StoryEvent mainEvent = new StoryEvent("V2", "S1", "meeting", "x", null, none, List.of(),
                List.of(new StoryEvent.Source("a", 0, List.of()), new StoryEvent.Source("b", 0, List.of())));
        StoryEvent other = new StoryEvent("V3", "S2", "meeting", "y", null, none, List.of(),
                List.of(new StoryEvent.Source("c", 0, List.of())));
        assertThat(EventScorer.match(List.of(side, mainEvent, other), Set.of("a", "b"))).isSameAs(mainEvent);
        assertThat(EventScorer.match(List.of(side, other), Set.of("d"))).isNull();
    }
}
