package org.crosscheck.app.cli;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.analysis.Analyzer;
import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.engine.ingest.IngestConfig;
import org.crosscheck.engine.output.AnalysisWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code crosscheck analyze PATHS... --out DIR}: JSON and Markdown for each article and the collection. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse files and folders of articles (.txt, .md, .html, .jsonl) into JSON and Markdown.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles.")
    List<Path> inputs;

    @Option(names = "--out", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
    int threads;

    @Option(names = "--aliases", description = "Extra knowledge file(s) with entities and aliases (see docs/knowledge.md).")
    List<Path> aliases;

    @Option(names = "--max-bytes", defaultValue = "10485760", description = "Largest article accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        EngineConfig cfg = EngineConfig.DEFAULT.withThreads(threads)
                .withAliasFiles(aliases == null ? List.of() : aliases)
                .withIngest(new IngestConfig(maxBytes, false));
        Engine engine = Engine.load(cfg);
        Analysis a = new Analyzer(engine).analyze(inputs);
        AnalysisWriter.write(a, out);
        Summary.print(a, o);
        o.printf(Locale.ROOT, "Wrote %s (collection.json, report.md, articles/).%n", out);
        return 0;
    }
}
