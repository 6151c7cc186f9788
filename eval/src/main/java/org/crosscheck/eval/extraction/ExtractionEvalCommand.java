package org.crosscheck.eval.extraction;

import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.Decoder;
import org.crosscheck.engine.ingest.HtmlCharset;
import org.crosscheck.eval.EvalSupport;
import org.crosscheck.eval.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck eval extraction DIR}: main-text extraction on a development set in
 * trafilatura's format (snippets, micro P/R/F1) or the article-extraction-benchmark's (4-gram
 * shingles, averaged P/R), detected from the folder. With {@code --baseline} the named baselines
 * run on the same pages with the same scorer and their figures print beside crosscheck's; the
 * RESULT line is always crosscheck's.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score HTML main-text extraction on a trafilatura-format or article-extraction-benchmark-format set.")
public final class ExtractionEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with evaldata.json or ground-truth.json and html/.")
    Path dir;

    @Option(names = "--dataset", description = "Dataset name for the RESULT line (default: the folder's name).")
    String dataset;

    @Option(names = "--floors", description = "Fail (exit 3) when a figure is below its floor in this file.")
    Path floors;

    @Option(names = "--baseline", split = ",", paramLabel = "NAME",
            description = "Baselines to run beside crosscheck (boilerpipe, readability); they need the Maven profile 'baselines' (docs/evaluation.md).")
    List<String> baselines;

    @Option(names = "--dump", paramLabel = "DIR", description = "Write each extractor's text per page and a per-page score table here.")
    Path dump;

    @Option(names = "--limit", defaultValue = "0", description = "Only the first N pages (0 = all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = EvalSupport.requireData(dir, "extraction set folder", err);
        if (missing != 0) {
            return missing;
        }
        ExtractionSet set;
        try {
            set = ExtractionSet.load(dir);
        } catch (IOException e) {
            err.println("crosscheck eval extraction: " + e.getMessage());
            err.flush();
            return EvalSupport.NO_DATA;
        }
        List<EvalPage> pages = set.pages();
        if (limit > 0 && limit < pages.size()) {
            pages = pages.subList(0, limit);
        }
        List<PageExtractor> extractors = new ArrayList<>();
        extractors.add(new CrosscheckExtractor());
        if (baselines != null && !baselines.isEmpty()) {
            Map<String, ExtractionBaseline> available = new LinkedHashMap<>();
            ServiceLoader.load(ExtractionBaseline.class).forEach(b -> available.put(b.name(), b));
            for (String name : baselines) {
                ExtractionBaseline b = available.get(name.strip().toLowerCase(Locale.ROOT));
                if (b == null) {
                    err.println("crosscheck eval extraction: baseline '" + name + "' is not available"
                            + (available.isEmpty() ? " (no baselines on the classpath: build with the Maven profile 'baselines',"
                            + " e.g. CROSSCHECK_PROFILES=baselines ./crosscheck ..., see docs/evaluation.md)"
                            : " (available: " + String.join(", ", available.keySet()) + ")"));
                    err.flush();
                    return EvalSupport.NO_DATA;
                }
                extractors.add(b);
            }
        }
        out.printf(Locale.ROOT, "eval extraction: %d pages, format %s%n", pages.size(), set.format());
        List<String> decoded = decodeAll(pages);
        String name = dataset != null ? dataset : dir.toAbsolutePath().normalize().getFileName().toString();
        Metrics result = null;
        List<String[]> rows = new ArrayList<>();
        for (PageExtractor x : extractors) {
            PageExtractor.Run run;
            try {
                run = x.run(pages, decoded);
            } catch (Exception e) {
                err.println("crosscheck eval extraction: " + x.name() + " failed: " + e.getMessage());
                err.flush();
                rows.add(new String[]{x.name(), "-", "-", "-", "-", "-", "failed: " + e.getMessage()});
                continue;
            }
            double[] prf = score(set, pages, run, x.name());
            double pps = run.seconds() > 0 ? pages.size() / run.seconds() : 0;
            rows.add(new String[]{x.name(), fmt(prf[0]), fmt(prf[1]), fmt(prf[2]),
                    String.format(Locale.ROOT, "%.1f", pps), String.valueOf(run.errors()), x.describe()});
            if (x instanceof CrosscheckExtractor cc) {
                dates(pages, cc, out);
            }
            if (result == null) {
                result = new Metrics("extraction", name).put("precision", prf[0]).put("recall", prf[1])
                        .put("f1", prf[2]).put("pages_per_s", Math.round(pps * 10) / 10.0);
            }
        }
        out.printf(Locale.ROOT, "%-12s %9s %9s %9s %10s %7s  %s%n", "extractor", "precision", "recall", "f1", "pages/s", "errors", "");
        for (String[] r : rows) {
            out.printf(Locale.ROOT, "%-12s %9s %9s %9s %10s %7s  %s%n", (Object[]) r);
        }
        out.println("(pages/s: one thread, extraction only; decoding and a baseline's start-up not counted)");
        return EvalSupport.finish(result, floors, out, err);
    }

    private static final java.util.regex.Pattern URL_DATE = java.util.regex.Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)");

    /**
     * Publication dates against the date in the page's URL ({@code /2012/05/31/}), the only dates the
     * development set knows: how many such pages got a date, and how many got that day.
     */
    private static void dates(List<EvalPage> pages, CrosscheckExtractor cc, PrintWriter out) {
        int known = 0;
        int found = 0;
        int same = 0;
        int withDate = 0;
        for (int i = 0; i < pages.size() && i < cc.metas().size(); i++) {
            java.time.LocalDate d = cc.metas().get(i).published();
            if (d != null) {
                withDate++;
            }
            String url = pages.get(i).url();
            java.util.regex.Matcher m = url == null ? null : URL_DATE.matcher(url);
            if (m == null || !m.find()) {
                continue;
            }
            known++;
            if (d != null) {
                found++;
                if (d.equals(java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))))) {
                    same++;
                }
            }
        }
        out.printf(Locale.ROOT, "dates: %d of %d pages have a publication date; of the %d whose URL holds a date, "
                        + "%d got one and %d got that day (%.1f%%)%n", withDate, pages.size(), known, found, same,
                known == 0 ? 0 : 100.0 * same / known);
    }

    /** Every extractor gets the page decoded the same way: crosscheck's decoder (BOM, declared charset, detection). */
    private static List<String> decodeAll(List<EvalPage> pages) {
        List<String> out = new ArrayList<>(pages.size());
        for (EvalPage p : pages) {
            byte[] bytes = p.bytes();
            Outcome<Decoder.Decoded> d = Decoder.decode(bytes, Origin.of(p.id()), HtmlCharset.declared(bytes));
            out.add(d instanceof Outcome.Ok<Decoder.Decoded> ok ? ok.value().text() : null);
        }
        return out;
    }

    private double[] score(ExtractionSet set, List<EvalPage> pages, PageExtractor.Run run, String who) throws IOException {
        List<String> lines = new ArrayList<>();
        Path outDir = dump == null ? null : dump.resolve(who);
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        double[] prf;
        switch (set) {
            case ExtractionSet.Snippets s -> {
                SnippetScorer sc = new SnippetScorer();
                for (int i = 0; i < pages.size(); i++) {
                    int[] c = sc.add(run.texts().get(i), s.with().get(i), s.without().get(i));
                    lines.add(pages.get(i).id() + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3]);
                }
                prf = new double[]{sc.precision(), sc.recall(), sc.f1()};
                lines.add(0, "page\ttp\tfp\tfn\ttn");
            }
            case ExtractionSet.Bodies b -> {
                ShingleScorer sc = new ShingleScorer();
                for (int i = 0; i < pages.size(); i++) {
                    double[] pr = sc.add(run.texts().get(i), b.bodies().get(i));
                    lines.add(pages.get(i).id() + "\t" + fmt(pr[0]) + "\t" + fmt(pr[1]));
                }
                prf = new double[]{sc.precision(), sc.recall(), sc.f1()};
                lines.add(0, "page\tprecision\trecall");
            }
        }
        if (outDir != null) {
            Files.write(dump.resolve(who + ".tsv"), lines, StandardCharsets.UTF_8);
            for (int i = 0; i < pages.size(); i++) {
                String t = run.texts().get(i);
                Files.writeString(outDir.resolve(pages.get(i).id().replaceAll("[/\\\\]", "_") + ".txt"),
                        t == null ? "(failed)" : t, StandardCharsets.UTF_8);
            }
        }
        return prf;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
