package org.crosscheck.eval;

import org.crosscheck.eval.ner.NerEvalCommand;
import org.crosscheck.eval.time.TimeEvalCommand;
import org.crosscheck.eval.quotes.QuotesEvalCommand;
import org.crosscheck.eval.seeds.SeedsEvalCommand;
import picocli.CommandLine.Command;

/** {@code crosscheck eval ...}: every evaluation ends with one {@code RESULT} line. */
@Command(name = "eval", description = "Measure quality against gold data (ends with a RESULT line).",
        mixinStandardHelpOptions = true,
        subcommands = {SeedsEvalCommand.class, NerEvalCommand.class, TimeEvalCommand.class, QuotesEvalCommand.class})
public final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
