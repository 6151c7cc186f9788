package org.crosscheck.eval.stories;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.analysis.Analyzer;
import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.stories.FeatureExtractor;
import org.crosscheck.engine.stories.Story;
import org.crosscheck.engine.stories.StoryConfig;
import org.crosscheck.engine.stories.StoryService;
import org.crosscheck.eval.EvalSupport;
import org.crosscheck.eval.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck eval stories FILE.jsonl}: clusters ECB+-format documents into stories from their
 * text alone, through the whole engine (clean, tokens, NER, entities and every later layer, then the
 * story service), and scores the stories against the gold events ({@code subtopic}): B-cubed
 * precision, recall and F1, and the adjusted Rand index. The engine never sees an id, topic or
 * event: {@link BlindArticles} hands it the texts under ids made from their hashes.
 */
@Command(name = "stories", description = "Cluster ECB+-format documents into stories and score them (B-cubed, ARI).",
        mixinStandardHelpOptions = true)
public final class StoriesEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "JSON Lines file: doc_id, topic, subtopic, text.")
    Path file;

    @Option(names = "--dataset", description = "Dataset name for the RESULT line (default: the file name without extension).")
    String dataset;

    @Option(names = "--floors", description = "Fail (exit 3) when a figure is below its floor in this file.")
    Path floors;

    @Option(names = "--sweep", description = "Also show how B-cubed F1 moves when each setting is varied.")
    boolean sweep;

    @Option(names = "--topics", description = "Show B-cubed F1 per topic.")
    boolean perTopic;

    @Option(names = "--inputs-cache", hidden = true,
            description = "Development aid: keep the story inputs the engine made in this file and reuse them.")
    Path cache;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = EvalSupport.requireData(file, "ECB+-format stories file", err);
        if (missing != 0) {
            return missing;
        }
        EcbCorpus corpus = EcbCorpus.read(file);
        BlindArticles.Batch batch = BlindArticles.of(corpus.texts());
        Map<Integer, String> idOfText = batch.idOfText();
        StoryService service;
        List<StoryService.Input> inputs;
        Map<String, String> storyOf = new HashMap<>();
        long t0 = System.nanoTime();
        if (cache != null && Files.exists(cache)) {
            inputs = readCache(cache);
            service = new StoryService(StoryConfig.DEFAULT);
            StoryService.Clusters c = service.cluster(inputs);
            for (int s = 0; s < c.stories().size(); s++) {
                for (String a : c.stories().get(s)) {
                    storyOf.put(a, "S" + s);
                }
            }
            out.printf(Locale.ROOT, "eval stories: %d documents, story inputs from %s%n", inputs.size(), cache);
        } else {
            Engine engine = Engine.load(EngineConfig.DEFAULT);
            service = engine.storyService();
            Analysis analysis = new Analyzer(engine).analyzeRaw(batch.articles());
            for (Story s : analysis.stories()) {
                for (String a : s.articles()) {
                    storyOf.put(a, s.id());
                }
            }
            FeatureExtractor fx = new FeatureExtractor(analysis.entities());
            inputs = new ArrayList<>();
            for (Document d : analysis.documents()) {
                inputs.add(StoryService.input(d, fx));
            }
            if (cache != null) {
                writeCache(cache, inputs);
            }
            out.printf(Locale.ROOT, "eval stories: %d documents, %d analysed, %d rejected, %d stories; engine %.1f s (load %.1f s)%n",
                    corpus.texts().size(), analysis.documents().size(), analysis.rejected().size(), analysis.stories().size(),
                    (System.nanoTime() - t0) / 1e9, engine.loadSeconds());
            analysis.rejected().forEach(r -> out.println("  rejected (scored as a story of its own): " + r));
        }
        ClusterMetrics m = score(storyOf, idOfText, corpus.events());
        out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s %8s%n", "", "B3 P", "B3 R", "B3 F1", "ARI", "stories");
        print(out, "engine", m, storyOf);
        if (perTopic) {
            perTopic(out, storyOf, idOfText, corpus);
        }
        if (sweep) {
            sweep(out, inputs, idOfText, corpus.events(), service.config());
        }
        String name = dataset != null ? dataset : file.getFileName().toString().replaceFirst("\\.jsonl?$", "");
        Metrics metrics = new Metrics("stories", name)
                .put("b3_precision", m.b3Precision()).put("b3_recall", m.b3Recall()).put("b3_f1", m.b3F1())
                .put("ari", m.ari());
        return EvalSupport.finish(metrics, floors, out, err);
    }

    /** Scores a story assignment (article id to story) against the gold events; a missing article is a story of its own. */
    static ClusterMetrics score(Map<String, String> storyOf, Map<Integer, String> idOfText, List<String> events) {
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String id = idOfText.get(i);
            String s = id == null ? null : storyOf.get(id);
            predicted.add(s == null ? "alone:" + i : s);
        }
        return ClusterMetrics.of(predicted, events);
    }

    private static void print(PrintWriter out, String what, ClusterMetrics m, Map<String, String> storyOf) {
        out.printf(Locale.ROOT, "%-12s %8.4f %8.4f %8.4f %8.4f %8d%n", what, m.b3Precision(), m.b3Recall(), m.b3F1(),
                m.ari(), storyOf.values().stream().distinct().count());
    }

    private static void perTopic(PrintWriter out, Map<String, String> storyOf, Map<Integer, String> idOfText, EcbCorpus corpus) {
        Map<String, List<Integer>> byTopic = new TreeMap<>((a, b) -> {
            try {
                return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        });
        for (int i = 0; i < corpus.topics().size(); i++) {
            byTopic.computeIfAbsent(corpus.topics().get(i), k -> new ArrayList<>()).add(i);
        }
        out.println("per topic (stories are scored within the topic's documents):");
        for (var e : byTopic.entrySet()) {
            List<String> pred = new ArrayList<>();
            List<String> gold = new ArrayList<>();
            Map<String, Integer> leaks = new LinkedHashMap<>();
            for (int i : e.getValue()) {
                String s = storyOf.getOrDefault(idOfText.get(i), "alone:" + i);
                pred.add(s);
                gold.add(corpus.events().get(i));
            }
            for (int i = 0; i < corpus.topics().size(); i++) {
                if (!corpus.topics().get(i).equals(e.getKey()) && pred.contains(storyOf.get(idOfText.get(i)))) {
                    leaks.merge(corpus.topics().get(i), 1, Integer::sum);
                }
            }
            ClusterMetrics m = ClusterMetrics.of(pred, gold);
            out.printf(Locale.ROOT, "  topic %-4s %3d docs  B3 P %.3f R %.3f F1 %.3f  stories %d%s%n", e.getKey(),
                    e.getValue().size(), m.b3Precision(), m.b3Recall(), m.b3F1(), pred.stream().distinct().count(),
                    leaks.isEmpty() ? "" : "  shared with topics " + leaks);
        }
    }

    /** Re-clusters the same inputs with each setting varied, one at a time. */
    private static void sweep(PrintWriter out, List<StoryService.Input> inputs, Map<Integer, String> idOfText,
                              List<String> events, StoryConfig base) {
        out.println("sensitivity (one setting varied, the others at their defaults):");
        Map<String, StoryConfig> variants = new LinkedHashMap<>();
        for (double f : new double[]{0.5, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5}) {
            variants.put(String.format(Locale.ROOT, "join %.3f", base.joinThreshold() * f), base.withJoinThreshold(base.joinThreshold() * f));
        }
        for (double f : new double[]{0, 0.5, 2}) {
            variants.put(String.format(Locale.ROOT, "entity x%.1f", base.entityWeight() * f), base.withEntityWeight(base.entityWeight() * f));
        }
        for (double f : new double[]{1 / 3.0, 2 / 3.0, 4 / 3.0}) {
            variants.put(String.format(Locale.ROOT, "number x%.1f", base.numberWeight() * f), base.withNumberWeight(base.numberWeight() * f));
        }
        variants.put("no consolid.", base.withConsolidationRounds(0));
        for (double w : new double[]{0, 0.5, 1}) {
            variants.put(String.format(Locale.ROOT, "single x%.1f", w), base.withSingleWeight(w));
        }
        for (var v : variants.entrySet()) {
            StoryService.Clusters c = new StoryService(v.getValue()).cluster(inputs);
            Map<String, String> storyOf = new HashMap<>();
            for (int s = 0; s < c.stories().size(); s++) {
                for (String a : c.stories().get(s)) {
                    storyOf.put(a, "S" + s);
                }
            }
            print(out, v.getKey(), score(storyOf, idOfText, events), storyOf);
        }
    }

    private static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private static List<StoryService.Input> readCache(Path p) throws java.io.IOException {
        return json().readValue(p.toFile(), new TypeReference<List<StoryService.Input>>() {
        });
    }

    private static void writeCache(Path p, List<StoryService.Input> inputs) throws java.io.IOException {
        json().writeValue(p.toFile(), inputs);
    }
}
