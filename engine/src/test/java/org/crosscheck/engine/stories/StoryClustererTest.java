package org.crosscheck.engine.stories;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Story clustering edge cases on hand-made features (our own invented events). */
class StoryClustererTest {

    /** Features from a sentence of our own: words become terms, Capitalised words also entities. */
    static ArticleFeatures article(String id, String text, LocalDate eventDate, String kind) {
        Map<String, Double> terms = new HashMap<>();
        Map<String, Double> entities = new HashMap<>();
        for (String w : text.split("[^\\p{L}\\p{N}.]+")) {
            String k = Words.contentKey(w);
            if (k != null) {
                terms.merge(k, 1.0, Double::sum);
            }
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                entities.merge("E-" + w, 1.0, Double::sum);
            }
        }
        List<EventSignature> events = eventDate == null && kind == null ? List.of()
                : List.of(new EventSignature(kind, eventDate, List.of()));
        return new ArticleFeatures(id, null, terms, entities, List.of(), events);
    }

    // Background articles on unrelated subjects, so that document frequencies mean something.
    static final List<ArticleFeatures> BACKGROUND = List.of(
            article("bg1", "The harvest of apples in the northern valleys was larger than farmers expected this autumn.", null, null),
            article("bg2", "A new bridge over the river opened to traffic after four years of building work.", null, null),
            article("bg3", "The national orchestra announced a winter tour with concerts in nine cities.", null, null),
            article("bg4", "Heavy snow closed mountain passes and delayed trains across the region.", null, null),
            article("bg5", "The football club signed a young goalkeeper from a rival team for an undisclosed fee.", null, null),
            article("bg6", "Scientists measured record ocean temperatures off the eastern coast during the summer.", null, null));

    static final String FORUM = "Fishery ministers of the Baltic Ports Forum met in Riga to set herring quotas; "
            + "Minister Arvid Kalnins chaired the Baltic Ports Forum session and the ministers agreed herring quotas.";

    @Test
    void twoMeetingsOfOneKindAtDifferentDatesStayApart() {
        List<ArticleFeatures> all = new ArrayList<>(BACKGROUND);
        ArticleFeatures june = article("june", FORUM, LocalDate.of(2023, 6, 14), "meeting");
        ArticleFeatures march = article("march", FORUM + " Kalnins said the quotas would be reviewed.", LocalDate.of(2021, 3, 2), "meeting");
        all.add(june);
        all.add(march);
        StoryClusterer c = StoryClusterer.withStatistics(StoryConfig.DEFAULT, all);
        BACKGROUND.forEach(c::add);
        StoryClusterer.Assignment first = c.add(june);
        StoryClusterer.Assignment second = c.add(march);
        assertThat(second.story()).isNotEqualTo(first.story());
        assertThat(second.opened()).isTrue();
        assertThat(second.reason()).contains("another event of its kind").contains("2021-03-02");
    }

    @Test
    void sameMeetingReportedTwiceWithDatesAWayApartOnlyByTimeZoneJoins() {
        List<ArticleFeatures> all = new ArrayList<>(BACKGROUND);
        ArticleFeatures a = article("a", FORUM, LocalDate.of(2023, 6, 14), "meeting");
        ArticleFeatures b = article("b", FORUM, LocalDate.of(2023, 6, 15), "meeting");
        all.add(a);
        all.add(b);
        StoryClusterer c = StoryClusterer.withStatistics(StoryConfig.DEFAULT, all);
        BACKGROUND.forEach(c::add);
        assertThat(c.add(b).story()).isEqualTo(c.add(a).story());
    }

    @Test
    void anUndatedArticleJoinsADatedStoryByContent() {
        List<ArticleFeatures> all = new ArrayList<>(BACKGROUND);
        ArticleFeatures dated = article("dated", FORUM, LocalDate.of(2023, 6, 14), "meeting");
        ArticleFeatures undated = article("undated", "At the Baltic Ports Forum in Riga, Kalnins and the fishery ministers "
                + "agreed lower herring quotas for the coming season.", null, null);
        all.add(dated);
        all.add(undated);
        StoryClusterer c = StoryClusterer.withStatistics(StoryConfig.DEFAULT, all);
        BACKGROUND.forEach(c::add);
        int story = c.add(dated).story();
        StoryClusterer.Assignment a = c.add(undated);
        assertThat(a.story()).isEqualTo(story);
        assertThat(a.reason()).contains("herring");
        assertThat(c.storyDates(story)).containsExactly(LocalDate.of(2023, 6, 14));
    }

    @Test
    void twoRoundsOfOneSeriesWithoutDatesStayApart() {
        EventSignature first = new EventSignature("talks", null, List.of("riga"), 1);
        EventSignature second = new EventSignature("talks", null, List.of("tallinn"), 2);
        EventSignature secondAgain = new EventSignature("talks", null, List.of(), 2);
        StoryClusterer c = StoryClusterer.streaming(StoryConfig.DEFAULT);
        ArticleFeatures a = new ArticleFeatures("x", null, Map.of("herring", 1.0), Map.of(), List.of(), List.of(second));
        assertThat(c.dateConflict(List.of(first), a)).contains("number 2 against number 1");
        assertThat(c.dateConflict(List.of(secondAgain), a)).isNull();
        assertThat(c.dateConflict(List.of(first, secondAgain), a)).as("one story event agrees").isNull();
    }

    @Test
    void theSameNumberOnDaysFarApartIsStillAConflictAndOneDayInCommonIsNot() {
        EventSignature june = new EventSignature("summit", LocalDate.of(2023, 6, 14), List.of(), 3);
        EventSignature march = new EventSignature("summit", LocalDate.of(2021, 3, 2), List.of(), 3);
        EventSignature juneFourth = new EventSignature("summit", LocalDate.of(2023, 6, 15), List.of(), 4);
        StoryClusterer c = StoryClusterer.streaming(StoryConfig.DEFAULT);
        ArticleFeatures a = new ArticleFeatures("x", null, Map.of("herring", 1.0), Map.of(), List.of(), List.of(june));
        assertThat(c.dateConflict(List.of(march), a)).contains("2023-06-14");
        assertThat(c.dateConflict(List.of(juneFourth), a)).as("the day agrees; a misread number does not outweigh it").isNull();
    }

    @Test
    void aRoundNumberBlocksAMergeOnContent() {
        List<ArticleFeatures> all = new ArrayList<>(BACKGROUND);
        ArticleFeatures first = withEvent(article("r1", FORUM, null, null), new EventSignature("meeting", null, List.of(), 1));
        ArticleFeatures second = withEvent(article("r2", FORUM + " Kalnins said the quotas would be reviewed.", null, null),
                new EventSignature("meeting", null, List.of(), 2));
        all.add(first);
        all.add(second);
        StoryClusterer c = StoryClusterer.withStatistics(StoryConfig.DEFAULT, all);
        BACKGROUND.forEach(c::add);
        int story = c.add(first).story();
        StoryClusterer.Assignment a = c.add(second);
        assertThat(a.story()).isNotEqualTo(story);
        assertThat(a.reason()).contains("number 2 against number 1");
    }

    static ArticleFeatures withEvent(ArticleFeatures f, EventSignature e) {
        return new ArticleFeatures(f.id(), f.published(), f.terms(), f.entities(), f.places(), List.of(e));
    }

    @Test
    void differentKindsOfEventOnDifferentDatesAreNotADateConflict() {
        EventSignature meeting = new EventSignature("meeting", LocalDate.of(2023, 6, 14), List.of());
        EventSignature press = new EventSignature("press_conference", LocalDate.of(2023, 7, 1), List.of());
        assertThat(meeting.sameKind(press)).isFalse();
        StoryClusterer c = StoryClusterer.streaming(StoryConfig.DEFAULT);
        ArticleFeatures a = new ArticleFeatures("x", null, Map.of("herring", 1.0), Map.of(), List.of(), List.of(press));
        assertThat(c.dateConflict(List.of(meeting), a)).isNull();
    }

    @Test
    void unrelatedArticlesOpenStoriesOfTheirOwn() {
        StoryClusterer c = StoryClusterer.withStatistics(StoryConfig.DEFAULT, BACKGROUND);
        Set<Integer> stories = new HashSet<>();
        for (ArticleFeatures a : BACKGROUND) {
            stories.add(c.add(a).story());
        }
        assertThat(stories).hasSize(BACKGROUND.size());
    }

    @Test
    void addingAnArticleTwiceIsAnError() {
        StoryClusterer c = StoryClusterer.streaming(StoryConfig.DEFAULT);
        c.add(BACKGROUND.get(0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.add(BACKGROUND.get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bg1");
    }

    @Test
    void streamingOrderOfClearCutArticlesDoesNotChangeThePartition() {
        List<ArticleFeatures> articles = new ArrayList<>(BACKGROUND);
        articles.add(article("f1", FORUM, LocalDate.of(2023, 6, 14), "meeting"));
        articles.add(article("f2", FORUM + " Observers from Norway attended.", null, null));
        articles.add(article("q1", "A strong earthquake shook the coastal town of Varna Bay; rescuers searched collapsed "
                + "houses in Varna Bay after the earthquake of magnitude 6.2.", null, null));
        articles.add(article("q2", "Rescuers in Varna Bay pulled survivors from houses the magnitude 6.2 earthquake brought down.", null, null));
        Set<Set<String>> expected = null;
        Random r = new Random(3);
        for (int round = 0; round < 20; round++) {
            List<ArticleFeatures> order = new ArrayList<>(articles);
            Collections.shuffle(order, r);
            StoryClusterer c = StoryClusterer.streaming(StoryConfig.DEFAULT.withJoinThreshold(0.2));
            order.forEach(c::add);
            Set<Set<String>> partition = new HashSet<>();
            c.stories().forEach(s -> partition.add(new HashSet<>(s)));
            if (expected == null) {
                expected = partition;
                assertThat(partition).contains(Set.of("f1", "f2"), Set.of("q1", "q2"));
            }
            assertThat(partition).isEqualTo(expected);
        }
    }
}
