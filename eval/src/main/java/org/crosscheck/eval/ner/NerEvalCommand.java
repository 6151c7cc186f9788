package org.crosscheck.eval.ner;

import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.nlp.NerBackend;
import org.crosscheck.engine.nlp.corenlp.CoreNlpNer;
import org.crosscheck.eval.EvalSupport;
import org.crosscheck.eval.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck eval ner FILE}: the NER backend on CoNLL-format data, scored like conlleval
 * (exact span and type, micro P/R/F1 over PER, ORG, LOC, MISC), with its speed.
 */
@Command(name = "ner", description = "Score the NER backend on CoNLL-2003-format data (conlleval).", mixinStandardHelpOptions = true)
public final class NerEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "CoNLL file (token POS chunk NER).")
    Path file;

    @Option(names = "--dataset", description = "Dataset name for the RESULT line (default: the file name).")
    String dataset;

    @Option(names = "--floors", description = "Fail (exit 3) when a figure is below its floor in this file.")
    Path floors;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = EvalSupport.requireData(file, "CoNLL file", err);
        if (missing != 0) {
            return missing;
        }
        List<ConllReader.Sentence> sentences = ConllReader.read(file);
        long t0 = System.nanoTime();
        NerBackend ner = CoreNlpNer.standard();
        double load = (System.nanoTime() - t0) / 1e9;
        Map<String, int[]> perType = new HashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        long tokens = 0;
        long t1 = System.nanoTime();
        for (ConllReader.Sentence s : sentences) {
            List<Token> toks = new ArrayList<>();
            int off = 0;
            for (String w : s.words()) {
                toks.add(new Token(new Span(off, off + w.length()), w, w));
                off += w.length() + 1;
            }
            tokens += toks.size();
            List<EntityType> labels = ner.tag(toks);
            List<String> pred = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                EntityType t = labels.get(i);
                pred.add(t == null ? "O" : "I-" + t.conll());
            }
            Set<String> g = new HashSet<>(ConllReader.spans(s.tags()));
            Set<String> p = new HashSet<>(ConllReader.spans(pred));
            for (String x : p) {
                String type = x.substring(x.lastIndexOf(':') + 1);
                if (g.contains(x)) {
                    tp++;
                    perType.computeIfAbsent(type, k -> new int[3])[0]++;
                } else {
                    fp++;
                    perType.computeIfAbsent(type, k -> new int[3])[1]++;
                }
            }
            for (String x : g) {
                if (!p.contains(x)) {
                    fn++;
                    perType.computeIfAbsent(x.substring(x.lastIndexOf(':') + 1), k -> new int[3])[2]++;
                }
            }
        }
        double secs = (System.nanoTime() - t1) / 1e9;
        double prec = Metrics.ratio(tp, tp + fp, 0);
        double rec = Metrics.ratio(tp, tp + fn, 0);
        out.printf(Locale.ROOT, "NER backend: %s (load %.2f s)%n", ner.describe(), load);
        out.printf(Locale.ROOT, "%-6s %8s %8s %8s%n", "type", "P", "R", "F1");
        perType.keySet().stream().sorted().forEach(t -> {
            int[] c = perType.get(t);
            double p = Metrics.ratio(c[0], c[0] + c[1], 0);
            double r = Metrics.ratio(c[0], c[0] + c[2], 0);
            out.printf(Locale.ROOT, "%-6s %8.4f %8.4f %8.4f%n", t, p, r, Metrics.f1(p, r));
        });
        out.printf(Locale.ROOT, "%-6s %8.4f %8.4f %8.4f   (%d sentences, %d tokens, %.0f tokens/s on one thread)%n",
                "all", prec, rec, Metrics.f1(prec, rec), sentences.size(), tokens, tokens / secs);
        String name = dataset != null ? dataset : file.getFileName().toString();
        Metrics m = new Metrics("ner", name).put("precision", prec).put("recall", rec)
                .put("f1", Metrics.f1(prec, rec)).put("tokens_per_s", Math.round(tokens / secs));
        return EvalSupport.finish(m, floors, out, err);
    }
}
