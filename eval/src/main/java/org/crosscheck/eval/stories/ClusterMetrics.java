package org.crosscheck.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of a clustering against gold classes over the same items: B-cubed precision, recall and F1
 * (Bagga and Baldwin, 1998: per item, the share of its predicted cluster that shares its gold class,
 * and the share of its gold class inside its predicted cluster, averaged over items), pairwise
 * precision and recall, and the adjusted Rand index (Hubert and Arabie, 1985).
 *
 * @param items           number of items scored
 * @param b3Precision     B-cubed precision
 * @param b3Recall        B-cubed recall
 * @param b3F1            their harmonic mean
 * @param pairPrecision   pairs put together that belong together, over pairs put together (1 when none)
 * @param pairRecall      pairs put together that belong together, over pairs that belong together (1 when none)
 * @param ari             adjusted Rand index (1 when both are the same partition)
 */
public record ClusterMetrics(int items, double b3Precision, double b3Recall, double b3F1, double pairPrecision,
                             double pairRecall, double ari) {

    /** {@code predicted.get(i)} and {@code gold.get(i)} are item i's cluster and class (any labels). */
    public static <P, G> ClusterMetrics of(List<P> predicted, List<G> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("predicted and gold label lists differ in size: "
                    + predicted.size() + " vs " + gold.size());
        }
        int n = predicted.size();
        if (n == 0) {
            return new ClusterMetrics(0, 1, 1, 1, 1, 1, 1);
        }
        Map<P, Integer> pSize = new HashMap<>();
        Map<G, Integer> gSize = new HashMap<>();
        Map<List<Object>, Integer> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            pSize.merge(predicted.get(i), 1, Integer::sum);
            gSize.merge(gold.get(i), 1, Integer::sum);
            joint.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int both = joint.get(List.of(predicted.get(i), gold.get(i)));
            p += (double) both / pSize.get(predicted.get(i));
            r += (double) both / gSize.get(gold.get(i));
        }
        p /= n;
        r /= n;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double sumJoint = 0;
        for (int c : joint.values()) {
            sumJoint += pairs(c);
        }
        double sumP = 0;
        for (int c : pSize.values()) {
            sumP += pairs(c);
        }
        double sumG = 0;
        for (int c : gSize.values()) {
            sumG += pairs(c);
        }
        double all = pairs(n);
        double expected = all == 0 ? 0 : sumP * sumG / all;
        double max = (sumP + sumG) / 2;
        double ari = max == expected ? 1 : (sumJoint - expected) / (max - expected);
        double pp = sumP == 0 ? 1 : sumJoint / sumP;
        double pr = sumG == 0 ? 1 : sumJoint / sumG;
        return new ClusterMetrics(n, p, r, f, pp, pr, ari);
    }

    private static double pairs(int c) {
        return c * (c - 1) / 2.0;
    }
}
