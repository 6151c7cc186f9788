package org.crosscheck.bench;

import picocli.CommandLine.Command;

/** {@code crosscheck bench ...}: speed, measured; every benchmark ends with a RESULT line. */
@Command(name = "bench", description = "Benchmarks (end with a RESULT line).", mixinStandardHelpOptions = true,
        subcommands = {AnalyzeBench.class, StoreBench.class, QuotesBench.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
