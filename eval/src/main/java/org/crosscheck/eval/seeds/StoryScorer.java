package org.crosscheck.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.crosscheck.engine.stories.Story;
import org.crosscheck.eval.stories.ClusterMetrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story clusters against the gold {@code story_clusters} (lists of article file names): pairwise
 * precision and recall ({@code cluster_pair_precision}, {@code cluster_pair_recall}) and B-cubed F1
 * ({@code cluster_b3_f1}) over the gold articles. An article the engine rejected counts as a story of
 * its own.
 */
public final class StoryScorer implements SeedScorer {

    @Override
    public String name() {
        return "stories";
    }

    @Override
    public void score(SeedRun run) {
        Map<String, String> storyOfFile = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (Story s : run.analysis().stories()) {
            for (String a : s.articles()) {
                String file = fileName(a);
                storyOfFile.put(file, s.id());
                shown.merge(s.id(), file.length() > 3 ? file.substring(0, 3) : file, (x, y) -> x + "," + y);
            }
        }
        List<String> predicted = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        List<JsonNode> clusters = run.gold().list("story_clusters");
        for (int c = 0; c < clusters.size(); c++) {
            for (JsonNode f : clusters.get(c)) {
                String file = f.asText();
                gold.add("G" + c);
                predicted.add(storyOfFile.getOrDefault(file, "missing:" + file));
            }
        }
        ClusterMetrics m = ClusterMetrics.of(predicted, gold);
        run.out().printf(Locale.ROOT, "%-28s %s%n", "predicted stories", shown.values().stream().sorted().map(x -> "{" + x + "}").toList());
        run.out().printf(Locale.ROOT, "%-28s %.3f%n", "pairwise precision", m.pairPrecision());
        run.out().printf(Locale.ROOT, "%-28s %.3f%n", "pairwise recall", m.pairRecall());
        run.out().printf(Locale.ROOT, "%-28s %.3f (P %.3f, R %.3f)%n", "B-cubed F1", m.b3F1(), m.b3Precision(), m.b3Recall());
        run.metrics().put("cluster_pair_precision", m.pairPrecision()).put("cluster_pair_recall", m.pairRecall())
                .put("cluster_b3_f1", m.b3F1());
    }

    static String fileName(String articleId) {
        String id = articleId.replace('\\', '/');
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
