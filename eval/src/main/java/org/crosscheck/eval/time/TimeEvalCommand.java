package org.crosscheck.eval.time;

import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.nlp.Segmenter;
import org.crosscheck.engine.nlp.corenlp.CoreNlpSegmenter;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.time.TimeConfig;
import org.crosscheck.engine.time.TimeExpression;
import org.crosscheck.engine.time.TimeTagger;
import org.crosscheck.eval.EvalSupport;
import org.crosscheck.eval.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code crosscheck eval time DIR}: the time tagger on TimeML ({@code .tml}) or MEANTIME CAT
 * ({@code .xml}) files, scored TempEval-3 style: TIMEX3 extents (strict: same characters; relaxed:
 * overlapping, one to one) and, over the relaxed matches, the normalised value. Each document is
 * anchored on its creation time, as in TempEval-3.
 */
@Command(name = "time", description = "Score time expressions on TimeML/MEANTIME files (TempEval-3: span F1, value accuracy).",
        mixinStandardHelpOptions = true)
public final class TimeEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "Folder of .tml (TimeML) or .xml (MEANTIME CAT) files, searched recursively.")
    Path dir;

    @Option(names = "--dataset", description = "Dataset name for the RESULT line (default: the folder's name).")
    String dataset;

    @Option(names = "--floors", description = "Fail (exit 3) when a figure is below its floor in this file.")
    Path floors;

    @Option(names = "--errors", description = "Print up to N errors of each kind (missed, spurious, wrong value).")
    int errors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = EvalSupport.requireData(dir, "TimeML folder", err);
        if (missing != 0) {
            return missing;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".tml") || (n.endsWith(".xml") && !n.contains("xsd"));
            }).sorted().toList();
        }
        if (files.isEmpty()) {
            err.println("crosscheck eval time: no .tml or .xml files under " + dir);
            err.flush();
            return EvalSupport.NO_DATA;
        }
        Segmenter segmenter = new CoreNlpSegmenter();
        TimeTagger tagger = new TimeTagger(TimeConfig.standard());
        Score total = new Score();
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int docs = 0;
        int skipped = 0;
        long chars = 0;
        long nanos = 0;
        for (Path f : files) {
            TimeMlReader.Doc d;
            try {
                d = TimeMlReader.read(f);
            } catch (IOException | RuntimeException e) {
                err.println("crosscheck eval time: skipping " + f + ": " + e.getMessage());
                skipped++;
                continue;
            }
            if (d.dct() == null) {
                err.println("crosscheck eval time: skipping " + f + ": no document creation time");
                skipped++;
                continue;
            }
            docs++;
            chars += d.text().length();
            long t0 = System.nanoTime();
            List<Span> sentences = sentences(segmenter, d.text());
            List<TimeExpression> pred = new ArrayList<>();
            for (TimeExpression t : tagger.tag(d.text(), sentences, d.dct())) {
                if (!ignored(d, t.span())) {
                    pred.add(t);
                }
            }
            nanos += System.nanoTime() - t0;
            score(d, pred, total, missed, spurious, wrong);
        }
        double strictP = Metrics.ratio(total.strict, total.predicted, 0);
        double strictR = Metrics.ratio(total.strict, total.gold, 0);
        double relaxedP = Metrics.ratio(total.relaxed, total.predicted, 0);
        double relaxedR = Metrics.ratio(total.relaxed, total.gold, 0);
        double valueAcc = Metrics.ratio(total.valueOk, total.relaxed, 0);
        double typeAcc = Metrics.ratio(total.typeOk, total.relaxed, 0);
        double valueP = Metrics.ratio(total.valueOk, total.predicted, 0);
        double valueR = Metrics.ratio(total.valueOk, total.gold, 0);
        if (errors > 0) {
            print(out, "missed", missed);
            print(out, "spurious", spurious);
            print(out, "wrong value", wrong);
        }
        out.printf(Locale.ROOT, "%d documents (%d skipped), %d gold expressions, %d predicted%n", docs, skipped, total.gold, total.predicted);
        out.printf(Locale.ROOT, "%-10s %8s %8s %8s%n", "match", "P", "R", "F1");
        out.printf(Locale.ROOT, "%-10s %8.4f %8.4f %8.4f%n", "strict", strictP, strictR, Metrics.f1(strictP, strictR));
        out.printf(Locale.ROOT, "%-10s %8.4f %8.4f %8.4f%n", "relaxed", relaxedP, relaxedR, Metrics.f1(relaxedP, relaxedR));
        out.printf(Locale.ROOT, "%-10s %8.4f %8.4f %8.4f   (value accuracy over relaxed matches %.4f, type accuracy %.4f)%n",
                "value", valueP, valueR, Metrics.f1(valueP, valueR), valueAcc, typeAcc);
        out.printf(Locale.ROOT, "speed: %.0f characters/s on one thread (tagging and sentence splitting)%n", chars / (nanos / 1e9));
        String name = dataset != null ? dataset : dir.toAbsolutePath().normalize().getFileName().toString();
        Metrics m = new Metrics("time", name)
                .put("strict_f1", Metrics.f1(strictP, strictR))
                .put("relaxed_f1", Metrics.f1(relaxedP, relaxedR))
                .put("value_acc", valueAcc)
                .put("value_f1", Metrics.f1(valueP, valueR))
                .put("type_acc", typeAcc);
        return EvalSupport.finish(m, floors, out, err);
    }

    private void print(PrintWriter out, String what, List<String> list) {
        out.println("== " + what + " (" + list.size() + ")");
        list.stream().limit(errors).forEach(s -> out.println("  " + s));
    }

    private static boolean ignored(TimeMlReader.Doc d, Span s) {
        for (int[] r : d.ignored()) {
            if (s.start() < r[1] && r[0] < s.end()) {
                return true;
            }
        }
        return false;
    }

    static List<Span> sentences(Segmenter seg, String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = n;
            }
            if (end > start && !text.substring(start, end).isBlank()) {
                for (List<Token> sent : seg.segment(text, new Span(start, end))) {
                    out.add(new Span(sent.get(0).start(), sent.get(sent.size() - 1).end()));
                }
            }
            start = end + 2;
        }
        return out;
    }

    /** Counts of one run. */
    static final class Score {
        int gold;
        int predicted;
        int strict;
        int relaxed;
        int valueOk;
        int typeOk;
    }

    static void score(TimeMlReader.Doc d, List<TimeExpression> pred, Score s, List<String> missed, List<String> spurious,
                      List<String> wrong) {
        s.gold += d.timexes().size();
        s.predicted += pred.size();
        boolean[] used = new boolean[pred.size()];
        for (TimeMlReader.Timex g : d.timexes()) {
            int match = -1;
            for (int i = 0; i < pred.size(); i++) {
                Span p = pred.get(i).span();
                if (!used[i] && p.start() == g.start() && p.end() == g.end()) {
                    match = i;
                    s.strict++;
                    break;
                }
            }
            if (match < 0) {
                for (int i = 0; i < pred.size(); i++) {
                    Span p = pred.get(i).span();
                    if (!used[i] && p.start() < g.end() && g.start() < p.end()) {
                        match = i;
                        break;
                    }
                }
            }
            String gtext = d.text().substring(g.start(), g.end()).replace('\n', ' ');
            if (match < 0) {
                missed.add(d.name() + " [" + g.type() + " " + g.value() + "] " + gtext + "  | " + context(d.text(), g.start(), g.end()));
                continue;
            }
            used[match] = true;
            s.relaxed++;
            TimeExpression p = pred.get(match);
            if (p.value() != null && canonical(p.value()).equals(canonical(g.value()))) {
                s.valueOk++;
            } else {
                wrong.add(d.name() + " dct=" + d.dct() + " gold=" + g.value() + " ours=" + p.value() + "  \""
                        + gtext + "\" / \"" + d.text().substring(p.span().start(), p.span().end()).replace('\n', ' ') + "\"  | "
                        + context(d.text(), g.start(), g.end()));
            }
            if (p.type().equals(g.type())) {
                s.typeOk++;
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            if (!used[i]) {
                Span p = pred.get(i).span();
                spurious.add(d.name() + " [" + pred.get(i).type() + " " + pred.get(i).value() + "] "
                        + d.text().substring(p.start(), p.end()).replace('\n', ' ') + "  | " + context(d.text(), p.start(), p.end()));
            }
        }
    }

    /** One spelling per value: upper case, week numbers without a leading zero ("2000-W06" and "2000-W6" are one week). */
    static String canonical(String value) {
        if (value == null) {
            return "";
        }
        return value.strip().toUpperCase(Locale.ROOT).replaceAll("-W0(\\d)", "-W$1");
    }

    private static String context(String text, int s, int e) {
        int a = Math.max(0, s - 50);
        int b = Math.min(text.length(), e + 30);
        return (text.substring(a, s) + "[[" + text.substring(s, e) + "]]" + text.substring(e, b)).replace('\n', ' ');
    }
}
