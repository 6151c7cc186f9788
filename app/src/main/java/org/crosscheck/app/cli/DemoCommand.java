package org.crosscheck.app.cli;

import org.crosscheck.app.web.WebServer;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.analysis.Analyzer;
import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.engine.output.AnalysisWriter;
import org.crosscheck.store.EngineAnalyser;
import org.crosscheck.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck demo}: analyses the bundled sample, prints what it found, stores it in a
 * temporary collection and serves it (until Ctrl-C; {@code --no-serve} stops after storing).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the bundled sample articles, print a summary, and open them in the web UI.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sample", description = "Sample folder (default: samples/demo beside the launcher).")
    Path sample;

    @Option(names = "--out", description = "Where to write the JSON and Markdown (default: a temporary folder).")
    Path out;

    @Option(names = "--data", description = "Data folder of the demo collection (default: a new temporary folder).")
    Path data;

    @Option(names = "--no-serve", description = "Store the sample but start no server (for scripts and CI).")
    boolean noServe;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; another free port when it is taken).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

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

        Path dataDir = data != null ? data : Files.createTempDirectory("crosscheck-demo-data-");
        EngineAnalyser analyser = new EngineAnalyser(engine);
        Store store = Store.open(new Store.Config(dataDir, null));
        try {
            Store.IngestReport r = store.ingest(engine.ingestor().read(List.of(dir)), analyser, 16, new Store.Listener() {
            });
            o.println();
            o.println("Stored in the collection at " + dataDir + ":");
            IngestCommand.printSummary(store, r, o);
            if (noServe) {
                o.println("Browse it with: ./crosscheck serve --data " + dataDir);
                o.flush();
                store.close();
                return 0;
            }
            WebServer server;
            try {
                server = Serving.start(store, Serving.lazyEngine(analyser), null, host, port, 5_000_000);
            } catch (RuntimeException busy) {
                o.println("(port " + port + " is taken; using another)");
                server = Serving.start(store, Serving.lazyEngine(analyser), null, host, 0, 5_000_000);
            }
            o.println();
            o.println("Open " + Serving.url(host, server.port()) + " to see the stories (API: "
                    + Serving.url(host, server.port()) + "api).");
            o.flush();
            Serving.serveUntilStopped(server, store, o);
            return 0;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
