package org.crosscheck.app.cli;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.analysis.Analyzer;
import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.engine.output.AnalysisWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code crosscheck demo}: analyses the bundled sample corpus and prints what it found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the bundled sample articles and print a summary.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sample", description = "Sample folder (default: samples/demo beside the launcher).")
    Path sample;

    @Option(names = "--out", description = "Where to write the JSON and Markdown (default: a temporary folder).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        Path dir = sample != null ? sample : SamplePaths.demo();
        if (dir == null || !Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("crosscheck demo: the sample folder was not found (" + dir
                    + "); run from the project folder or pass --sample DIR.");
            return 2;
        }
        Engine engine = Engine.load(EngineConfig.DEFAULT);
        Analysis a = new Analyzer(engine).analyze(List.of(dir));
        Path target = out != null ? out : Files.createTempDirectory("crosscheck-demo-");
        AnalysisWriter.write(a, target);
        o.println("crosscheck demo: the bundled sample (" + dir + ")");
        o.println();
        Summary.print(a, o);
        o.println();
        o.println("Full output: " + target.resolve("report.md") + " and " + target.resolve("collection.json"));
        return 0;
    }
}
