package org.crosscheck.eval.stories;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusterMetricsTest {

    @Test
    void identicalPartitionsScoreOne() {
        ClusterMetrics m = ClusterMetrics.of(List.of("x", "x", "y"), List.of(1, 1, 2));
        assertThat(m.b3F1()).isEqualTo(1.0);
        assertThat(m.ari()).isEqualTo(1.0);
        assertThat(m.pairPrecision()).isEqualTo(1.0);
        assertThat(m.pairRecall()).isEqualTo(1.0);
    }

    @Test
    void mergingTwoEqualEventsHalvesPrecision() {
        ClusterMetrics m = ClusterMetrics.of(List.of("s", "s", "s", "s"), List.of("a", "a", "b", "b"));
        assertThat(m.b3Precision()).isEqualTo(0.5);
        assertThat(m.b3Recall()).isEqualTo(1.0);
        assertThat(m.b3F1()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(m.pairPrecision()).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(m.ari()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void seedsTargetAgainstAllSingletons() {
        // gold {0,1} {2,4} {3}; predicted all apart
        ClusterMetrics m = ClusterMetrics.of(List.of("a", "b", "c", "d", "e"), List.of(1, 1, 2, 3, 2));
        assertThat(m.b3Precision()).isEqualTo(1.0);
        assertThat(m.b3Recall()).isCloseTo((0.5 + 0.5 + 0.5 + 1 + 0.5) / 5, within(1e-9));
        assertThat(m.pairRecall()).isEqualTo(0.0);
        assertThat(m.pairPrecision()).isEqualTo(1.0);
    }

    @Test
    void knownAdjustedRandIndex() {
        // a standard small example: ARI of {0,0,1,1} against {0,0,1,2} is 4/7
        ClusterMetrics m = ClusterMetrics.of(List.of(0, 0, 1, 1), List.of(0, 0, 1, 2));
        assertThat(m.ari()).isCloseTo(0.5714285714, within(1e-6));
    }
}
