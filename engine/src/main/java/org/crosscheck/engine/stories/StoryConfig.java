package org.crosscheck.engine.stories;

/**
 * The settings of story work, with the defaults measured in {@code docs/evaluation.md} (ECB+ dev and
 * train topics, seeds); {@code crosscheck eval stories --sweep} shows how the result moves with each.
 *
 * @param joinThreshold      least similarity (cosine of TF-IDF vectors over words, numbers, dates and
 *                           entities) for an article to join a story rather than open one
 * @param entityWeight       how much a shared entity counts against a shared word of the same rarity
 * @param numberWeight       how much a shared number or date counts against a shared word of the same
 *                           rarity (counts, sums and dates tell events of one kind apart)
 * @param dateToleranceDays  two event dates of one kind closer than this are one event (multi-day
 *                           meetings, time zones); further apart they are two events and never merge
 * @param windowDays         a story whose last article was published more than this many days before
 *                           a new article's publication date is closed to it (0: no window)
 * @param queryFeatures      an article looks for candidate stories through its most distinctive
 *                           features, this many
 * @param indexFeatures      a story is listed in the index under each member's this many strongest features
 * @param postingsPerFeature the most recent stories per feature examined (bounds the cost per article)
 * @param centroidSize       features a story keeps (its strongest)
 * @param reprintJaccard     least Jaccard similarity of 5-word shingles for a near-copy (reprint)
 * @param reprintContainment least share of the shorter text's shingles found in the longer one for a
 *                           copy cut short to count as a reprint
 * @param singleWeight       batch runs only: the share of its weight a feature keeps when only one article
 *                           of the collection has it (it cannot make two articles similar, it only says
 *                           how much else an article reports)
 * @param consolidationRounds batch runs only: rounds of re-assignment after the online pass (0: none),
 *                           which repair what the order of arrival got wrong
 */
public record StoryConfig(double joinThreshold, double entityWeight, double numberWeight, int dateToleranceDays, int windowDays,
                          int queryFeatures, int indexFeatures, int postingsPerFeature, int centroidSize, double reprintJaccard,
                          double reprintContainment, int consolidationRounds, double singleWeight) {

    public static final StoryConfig DEFAULT = new StoryConfig(0.25, 1.0, 3.0, 2, 60, 12, 32, 32, 200, 0.5, 0.8, 5, 0.3);

    public StoryConfig {
        if (joinThreshold < 0 || joinThreshold > 1) {
            throw new IllegalArgumentException("joinThreshold must lie in [0, 1]: " + joinThreshold);
        }
        if (reprintJaccard <= 0 || reprintJaccard > 1 || reprintContainment <= 0 || reprintContainment > 1) {
            throw new IllegalArgumentException("reprint thresholds must lie in (0, 1]");
        }
        if (queryFeatures < 1 || indexFeatures < 1 || postingsPerFeature < 1 || centroidSize < 1) {
            throw new IllegalArgumentException("queryFeatures, postingsPerFeature and centroidSize must be positive");
        }
    }

    public StoryConfig withJoinThreshold(double t) {
        return new StoryConfig(t, entityWeight, numberWeight, dateToleranceDays, windowDays, queryFeatures, indexFeatures, postingsPerFeature,
                centroidSize, reprintJaccard, reprintContainment, consolidationRounds, singleWeight);
    }

    public StoryConfig withConsolidationRounds(int r) {
        return new StoryConfig(joinThreshold, entityWeight, numberWeight, dateToleranceDays, windowDays, queryFeatures,
                indexFeatures, postingsPerFeature, centroidSize, reprintJaccard, reprintContainment, r, singleWeight);
    }

    public StoryConfig withSingleWeight(double w) {
        return new StoryConfig(joinThreshold, entityWeight, numberWeight, dateToleranceDays, windowDays, queryFeatures,
                indexFeatures, postingsPerFeature, centroidSize, reprintJaccard, reprintContainment, consolidationRounds, w);
    }

    public StoryConfig withNumberWeight(double w) {
        return new StoryConfig(joinThreshold, entityWeight, w, dateToleranceDays, windowDays, queryFeatures, indexFeatures,
                postingsPerFeature, centroidSize, reprintJaccard, reprintContainment, consolidationRounds, singleWeight);
    }

    public StoryConfig withEntityWeight(double w) {
        return new StoryConfig(joinThreshold, w, numberWeight, dateToleranceDays, windowDays, queryFeatures, indexFeatures, postingsPerFeature,
                centroidSize, reprintJaccard, reprintContainment, consolidationRounds, singleWeight);
    }
}
