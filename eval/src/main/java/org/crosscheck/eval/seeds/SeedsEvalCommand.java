package org.crosscheck.eval.seeds;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.analysis.Analyzer;
import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.eval.EvalSupport;
import org.crosscheck.eval.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck eval seeds --gold FILE DIR}: analyses the articles in DIR and scores every layer
 * against the gold file (seeds format). Each layer is one {@link SeedScorer}.
 */
@Command(name = "seeds", description = "Score every layer against a seeds-format gold file.", mixinStandardHelpOptions = true)
public final class SeedsEvalCommand implements Callable<Integer> {

    /** The scorers, in the order their tables print. Later layers add theirs here. */
    public static List<SeedScorer> scorers() {
        return List.of(new BoilerplateScorer(), new EntityScorer(), new EventScorer(), new QuoteScorer(), new StoryScorer(),
                new ClaimScorer());
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, description = "Gold annotations (seeds.gold.json format).")
    Path gold;

    @Parameters(index = "0", description = "Folder with the articles the gold file describes.")
    Path articles;

    @Option(names = "--dataset", description = "Dataset name for the RESULT line (default: the folder's name).")
    String dataset;

    @Option(names = "--floors", description = "Fail (exit 3) when a figure is below its floor in this file.")
    Path floors;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = EvalSupport.requireData(gold, "gold file", err);
        if (missing == 0) {
            missing = EvalSupport.requireData(articles, "articles folder", err);
        }
        if (missing != 0) {
            return missing;
        }
        SeedGold g = SeedGold.read(gold);
        Engine engine = Engine.load(EngineConfig.DEFAULT);
        Analysis analysis = new Analyzer(engine).analyze(List.of(articles));
        String name = dataset != null ? dataset : articles.toAbsolutePath().normalize().getFileName().toString();
        Metrics m = new Metrics("seeds", name);
        out.printf("eval seeds: %d articles analysed, %d rejected%n", analysis.documents().size(), analysis.rejected().size());
        analysis.rejected().forEach(r -> out.println("  rejected: " + r));
        SeedRun run = new SeedRun(g, analysis, articles, m, out);
        for (SeedScorer s : scorers()) {
            out.println("== " + s.name());
            s.score(run);
        }
        return EvalSupport.finish(m, floors, out, err);
    }
}
