package org.crosscheck.eval.seeds;

/**
 * One part of {@code eval seeds}: scores one layer of the analysis against its part of the gold
 * file, adds its figures to the metrics and prints its table.
 */
public interface SeedScorer {

    String name();

    void score(SeedRun run);
}
