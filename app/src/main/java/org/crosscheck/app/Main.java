package org.crosscheck.app;

import org.crosscheck.app.cli.AnalyzeCommand;
import org.crosscheck.app.cli.DemoCommand;
import org.crosscheck.app.cli.IngestCommand;
import org.crosscheck.app.cli.ReportCommand;
import org.crosscheck.app.cli.ServeCommand;
import org.crosscheck.bench.BenchCommand;
import org.crosscheck.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command line. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "crosscheck 0.1.0",
        description = "Cross-check news: who said what, where and when, across outlets.",
        subcommands = {DemoCommand.class, AnalyzeCommand.class, IngestCommand.class, ServeCommand.class, ReportCommand.class,
                EvalCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("crosscheck: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            if (System.getenv("CROSSCHECK_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cl;
    }

    /** Lucene logs through java.util.logging that the JVM lacks an optional vector module: not the user's concern. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }
}
