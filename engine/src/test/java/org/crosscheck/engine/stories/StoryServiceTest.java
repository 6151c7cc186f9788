package org.crosscheck.engine.stories;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch service: reprints, and a seeds-like collection (two meetings of one kind in one city, one
 * of them dated, the other not; a third meeting elsewhere) whose stories do not depend on input order.
 * All sentences are our own, about invented meetings.
 */
class StoryServiceTest {

    static StoryService.Input input(String id, String text, LocalDate eventDate) {
        ArticleFeatures f = StoryClustererTest.article(id, text, eventDate, eventDate == null ? null : "meeting");
        List<String> words = List.of(text.split("\\s+"));
        return new StoryService.Input(f, words, text.hashCode(), null);
    }

    static final String ROUND_NINE = "The ninth round of the Lakeside Water Talks opened in Geneva on Tuesday with delegates "
            + "from Ardania and Belmora. Chief negotiator Tomas Lindqvist said the ninth round would settle the shares of "
            + "the Sava reservoir, and Belmora's envoy Mira Okafor asked for monitoring stations along the reservoir.";
    static final String ROUND_NINE_REPORT = "Delegates of Ardania and Belmora met in Geneva for the ninth round of the "
            + "Lakeside Water Talks. Lindqvist told reporters the reservoir shares were close to agreed; Okafor wanted "
            + "monitoring stations first.";
    // Same kind of meeting, same city and parties, no date, its own people and issues (like an earlier
    // round reported years before). In a collection this small the shared names outweigh the rest, so
    // where it goes is not asserted (a known limit; see docs/stories.md), only that it goes there in any order.
    static final String EARLIER_ROUND = "Mediators opened water talks in Geneva between Ardania and Belmora after the "
            + "drought emptied wells across the southern provinces. A retired judge, Hanna Moreau, proposed an emergency "
            + "pipeline from the mountain springs; farmers' unions demanded compensation for ruined orchards, and the "
            + "Red Crescent warned of cholera in the camps near the border.";
    static final String SUMMIT = "Leaders of the Coastal Cooperation Council gathered in Porto for a summit on fishing fleets. "
            + "Council secretary Jorge Estrada presented a plan to cap trawler licences and the summit adopted it.";
    static final String SUMMIT_REPORT = "In Porto, the Coastal Cooperation Council summit adopted Estrada's plan to cap "
            + "trawler licences for the fishing fleets of its members.";

    static List<StoryService.Input> collection() {
        List<StoryService.Input> in = new ArrayList<>();
        for (ArticleFeatures bg : StoryClustererTest.BACKGROUND) {
            in.add(new StoryService.Input(bg, List.of(bg.id()), bg.id().hashCode(), null));
        }
        in.add(input("nine-a", ROUND_NINE, LocalDate.of(2024, 3, 12)));
        in.add(input("nine-b", ROUND_NINE_REPORT, null));
        in.add(input("earlier", EARLIER_ROUND, null));
        in.add(input("summit-a", SUMMIT, LocalDate.of(2024, 5, 2)));
        in.add(input("summit-b", SUMMIT_REPORT, null));
        return in;
    }

    static Set<Set<String>> partition(StoryService.Clusters c) {
        Set<Set<String>> out = new HashSet<>();
        c.stories().forEach(s -> out.add(new HashSet<>(s)));
        return out;
    }

    @Test
    void seedsLikeCollectionGivesTheSameStoriesInAnyOrder() {
        StoryService service = new StoryService(StoryConfig.DEFAULT);
        Set<Set<String>> first = partition(service.cluster(collection()));
        assertThat(first).contains(Set.of("summit-a", "summit-b"));
        assertThat(first).anySatisfy(story -> assertThat(story).contains("nine-a", "nine-b").doesNotContain("summit-a"));
        Random r = new Random(11);
        for (int round = 0; round < 10; round++) {
            List<StoryService.Input> shuffled = new ArrayList<>(collection());
            Collections.shuffle(shuffled, r);
            assertThat(partition(service.cluster(shuffled))).isEqualTo(first);
        }
    }

    @Test
    void aReprintIsMarkedAndJoinsItsOriginalsStory() {
        List<StoryService.Input> in = collection();
        String copy = ROUND_NINE.replace("opened in Geneva on Tuesday", "opened in Geneva on Tuesday morning")
                + " (Reprinted with permission.)";
        in.add(input("nine-copy", copy, null));
        StoryService.Clusters c = new StoryService(StoryConfig.DEFAULT).cluster(in);
        assertThat(c.reprintOf()).containsEntry("nine-copy", "nine-a");
        assertThat(c.assignments().get("nine-copy").reason()).isEqualTo("reprint of nine-a");
        assertThat(partition(c)).anySatisfy(story -> assertThat(story).contains("nine-a", "nine-b", "nine-copy"));
    }

    @Test
    void storiesAreNamedLargestFirstWithReprintGroups() {
        List<StoryService.Input> in = collection();
        in.add(input("nine-copy", ROUND_NINE, null));
        StoryService.Clusters c = new StoryService(StoryConfig.DEFAULT).cluster(in);
        List<Story> stories = StoryService.name(c, List.of(), null);
        assertThat(stories.get(0).id()).isEqualTo("S1");
        assertThat(stories.get(0).articles()).contains("nine-a", "nine-b", "nine-copy");
        assertThat(stories.get(0).reprints()).containsExactly(List.of("nine-a", "nine-copy"));
        assertThat(stories.get(0).reprintOf()).containsEntry("nine-copy", "nine-a");
        assertThat(stories.get(0).sources()).contains("nine-a", "nine-b").doesNotContain("nine-copy");
        assertThat(stories.get(0).dates()).containsExactly("2024-03-12");
    }
}
