package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The grouper's second pass: one holder's claim split over articles is joined, what he said apart stays apart. */
class SplitHolderJoinTest {

    private record Item(Statement statement, float[] vector) {
    }

    private static Item item(String article, int order, String holder, String text, float... v) {
        Statement s = new Statement(article, order, new Span(0, text.length()), new Span(0, text.length()), text, holder,
                holder, true, Voice.REPORTED, Stance.ASSERT, false, "said", null, null, null, null, false, 1.0);
        return new Item(s, v);
    }

    private static ClaimGrouper.Items items(List<Item> list) {
        return new ClaimGrouper.Items() {
            @Override
            public int size() {
                return list.size();
            }

            @Override
            public float[] vector(int i) {
                return list.get(i).vector();
            }

            @Override
            public Statement statement(int i) {
                return list.get(i).statement();
            }

            @Override
            public boolean related(int i, int j) {
                return true;
            }

            @Override
            public boolean oneStory(int i, int j) {
                return !list.get(i).statement().article().equals("other-story")
                        && !list.get(j).statement().article().equals("other-story");
            }
        };
    }

    private static List<List<Integer>> join(List<Item> list, int[]... pairs) {
        ClaimGrouper g = new ClaimGrouper(ClaimGrouper.Params.DEFAULT, StemWeights.UNIFORM);
        ClaimGrouper.Items items = items(list);
        List<List<Integer>> singles = g.group(items, List.of());
        return g.joinSplitHolders(items, singles, List.of(pairs));
    }

    @Test
    void oneHoldersAlikeWordingsInTwoArticlesAreJoined() {
        List<Item> list = List.of(
                item("a", 0, "p1", "The island ferry will stop running in the winter months", 1f, 0f, 0f),
                item("b", 0, "p1", "Winter brings the end of the ferry service to the island", 0.6f, 0.8f, 0f));
        assertThat(join(list, new int[]{0, 1})).containsExactly(List.of(0, 1));
    }

    @Test
    void whatOneHolderSaidApartInOneArticleStaysApart() {
        List<Item> list = List.of(
                item("a", 0, "p1", "The island ferry will stop running in the winter months", 1f, 0f, 0f),
                item("b", 0, "p1", "Winter brings the end of the ferry service to the island", 0.6f, 0.8f, 0f),
                item("a", 3, "p1", "The ferry to the island is losing money every winter", 0.6f, 0.8f, 0f));
        assertThat(join(list, new int[]{0, 1}, new int[]{1, 2}, new int[]{0, 2}))
                .containsExactlyInAnyOrder(List.of(0), List.of(1, 2));
    }

    @Test
    void otherHoldersOtherStoriesAndUnrelatedWordsAreNotJoined() {
        List<Item> list = List.of(
                item("a", 0, "p1", "The island ferry will stop running in the winter months", 1f, 0f, 0f),
                item("b", 0, "p2", "The island ferry will stop running in the winter months", 1f, 0f, 0f),
                item("other-story", 0, "p1", "The island ferry will stop running in the winter months", 1f, 0f, 0f),
                item("c", 0, "p1", "Nobody expected such a cold and stormy season", 1f, 0f, 0f),
                item("d", 0, "p1", "Winter brings the end of the ferry service to the island", 0f, 1f, 0f));
        assertThat(join(list, new int[]{0, 1}, new int[]{0, 2}, new int[]{0, 3}, new int[]{0, 4}))
                .containsExactlyInAnyOrder(List.of(0), List.of(1), List.of(2), List.of(3), List.of(4));
    }
}
