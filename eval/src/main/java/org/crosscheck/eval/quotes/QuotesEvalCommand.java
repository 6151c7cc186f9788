package org.crosscheck.eval.quotes;

import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.quotes.Quote;
import org.crosscheck.engine.quotes.QuoteKind;
import org.crosscheck.eval.EvalSupport;
import org.crosscheck.eval.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck eval quotes DIR [--baseline corenlp]}: who said what on PolNeAR-format data
 * ({@code text/*.txt} and brat {@code attributions/*.ann}), scored by {@link AttributionScorer}. Each
 * text is analysed as it is (first block the title, blocks separated by blank lines), so offsets
 * stay those of the gold. With {@code --baseline corenlp}, CoreNLP's quote attribution runs on the
 * same texts in the same run and both are printed side by side.
 */
@Command(name = "quotes", description = "Score quote and speaker attribution on PolNeAR-format data.",
        mixinStandardHelpOptions = true)
public final class QuotesEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "Folder with text/ and attributions/ (PolNeAR format).")
    Path dir;

    @Option(names = "--dataset", description = "Dataset name for the RESULT line (default: the folder's name).")
    String dataset;

    @Option(names = "--floors", description = "Fail (exit 3) when a figure is below its floor in this file.")
    Path floors;

    @Option(names = "--baseline", description = "Also run a baseline in the same run: corenlp.")
    String baseline;

    @Option(names = "--misses", defaultValue = "0", description = "Print up to this many speaker misses.")
    int misses;

    @Option(names = "--show", description = "Print crosscheck's quotes for the articles whose name contains this.")
    String show;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = EvalSupport.requireData(dir, "PolNeAR-format folder", err);
        if (missing != 0) {
            return missing;
        }
        if (baseline != null && !baseline.equalsIgnoreCase("corenlp")) {
            err.println("crosscheck eval quotes: unknown baseline '" + baseline + "' (known: corenlp)");
            return 1;
        }
        List<PolnearCorpus.Article> articles;
        try {
            articles = PolnearCorpus.read(dir);
        } catch (IOException | RuntimeException e) {
            err.println("crosscheck eval quotes: cannot read " + dir + ": " + e.getMessage());
            return EvalSupport.NO_DATA;
        }
        if (articles.isEmpty()) {
            err.println("crosscheck eval quotes: no articles with annotations in " + dir);
            return EvalSupport.NO_DATA;
        }
        String name = dataset != null ? dataset : dir.toAbsolutePath().normalize().getFileName().toString();
        Engine engine = Engine.load(EngineConfig.DEFAULT);
        AttributionScorer.Tally ours = new AttributionScorer.Tally("crosscheck");
        long t0 = System.nanoTime();
        for (PolnearCorpus.Article a : articles) {
            Document d = engine.pipeline().run(document(a));
            AttributionScorer.score(a, attributions(d), quotes(d), ours);
            if (show != null && a.name().contains(show)) {
                out.println("== " + a.name());
                for (Quote q : d.quotes()) {
                    out.printf(Locale.ROOT, "  %s %s [%s] %s -> %s (%s %.2f): %s%n", q.kind(), q.polarity(),
                            q.cue() == null ? "" : d.text(q.cue()),
                            q.speakerMention() == null ? "-" : d.text(q.speakerMention()), q.speakerLabel(), q.via(),
                            q.confidence(), d.text(q.content()).replaceAll("\\s+", " "));
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "eval quotes: %d articles, %d gold attributions, %d in quotation marks (%.1f s)%n",
                articles.size(), articles.stream().mapToInt(x -> x.attributions().size()).sum(), ours.goldQuotes, secs);
        out.print(AttributionScorer.table(ours));
        for (int i = 0; i < Math.min(misses, ours.misses.size()); i++) {
            out.println("  - " + ours.misses.get(i));
        }
        Metrics m = new Metrics("quotes", name);
        m.put("quote_recall", ours.quoteRecall()).put("speaker_acc", ours.speakerAcc())
                .put("source_f1", ours.f1(AttributionScorer.SOURCE, false))
                .put("cue_f1", ours.f1(AttributionScorer.CUE, false))
                .put("content_f1", ours.f1(AttributionScorer.CONTENT, false));
        if (baseline != null) {
            AttributionScorer.Tally base = new AttributionScorer.Tally("corenlp");
            long t1 = System.nanoTime();
            double load;
            double bsecs;
            try {
                CoreNlpQuoteBaseline b = new CoreNlpQuoteBaseline();
                load = (System.nanoTime() - t1) / 1e9;
                long t2 = System.nanoTime();
                for (PolnearCorpus.Article a : articles) {
                    List<AttributionScorer.Predicted> p = b.predict(a.text());
                    AttributionScorer.score(a, p, p, base);
                }
                bsecs = (System.nanoTime() - t2) / 1e9;
            } catch (OutOfMemoryError e) {
                err.println("crosscheck eval quotes: CoreNLP's full pipeline ran out of memory; it needs about 6 GB of "
                        + "heap: CROSSCHECK_JAVA_OPTS=-Xmx6g ./crosscheck eval quotes ... --baseline corenlp");
                return 1;
            }
            out.printf(Locale.ROOT, "baseline CoreNLP %s: load %.1f s, %.1f s for %d articles%n",
                    CoreNlpQuoteBaseline.ANNOTATORS, load, bsecs, articles.size());
            out.print(AttributionScorer.table(base));
            out.printf(Locale.ROOT, "%-24s %10s %10s%n", "side by side", "crosscheck", "corenlp");
            out.printf(Locale.ROOT, "%-24s %10.3f %10.3f%n", "quote recall", ours.quoteRecall(), base.quoteRecall());
            out.printf(Locale.ROOT, "%-24s %10.3f %10.3f%n", "speaker accuracy", ours.speakerAcc(), base.speakerAcc());
            out.printf(Locale.ROOT, "%-24s %10.3f %10.3f%n", "seconds per article", secs / articles.size(),
                    bsecs / articles.size());
            m.put("baseline_quote_recall", base.quoteRecall()).put("baseline_speaker_acc", base.speakerAcc());
        }
        return EvalSupport.finish(m, floors, out, err);
    }

    /** The article as the engine sees it, offsets unchanged: each non-empty line a paragraph, the first one the title. */
    static Document document(PolnearCorpus.Article a) {
        String t = a.text();
        List<Span> lines = new ArrayList<>();
        int i = 0;
        int n = t.length();
        while (i < n) {
            int nl = t.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Span(s, e));
            }
            i = end + 1;
        }
        Span title = lines.size() > 1 ? lines.get(0) : null;
        List<Span> paras = lines.size() > 1 ? lines.subList(1, lines.size()) : lines;
        return Document.of(a.name(), Origin.of(a.name()), ArticleMeta.EMPTY, t, title, paras, null, List.of());
    }

    /** Our quotes as attributions: quotes sharing a cue are one (a split quote; reported speech with its partial quote). */
    static List<AttributionScorer.Predicted> attributions(Document d) {
        Map<Object, List<Quote>> byCue = new LinkedHashMap<>();
        for (Quote q : d.quotes()) {
            Object key = q.cue() != null ? q.cue() : q;
            byCue.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<AttributionScorer.Predicted> out = new ArrayList<>();
        for (List<Quote> group : byCue.values()) {
            Quote first = group.get(0);
            List<Span> content = new ArrayList<>();
            for (Quote q : group) {
                boolean covered = false;
                for (Span c : content) {
                    covered |= c.contains(q.content());
                }
                if (!covered) {
                    content.removeIf(c -> q.content().contains(c));
                    content.add(q.content());
                }
            }
            out.add(new AttributionScorer.Predicted(content, first.cue(), first.speakerMention(), referents(d, first), false));
        }
        return out;
    }

    /** Our direct and partial quotes, one by one. */
    static List<AttributionScorer.Predicted> quotes(Document d) {
        List<AttributionScorer.Predicted> out = new ArrayList<>();
        for (Quote q : d.quotes()) {
            if (q.kind() != QuoteKind.REPORTED) {
                out.add(new AttributionScorer.Predicted(List.of(q.content()), q.cue(), q.speakerMention(),
                        referents(d, q), true));
            }
        }
        return out;
    }

    private static List<Span> referents(Document d, Quote q) {
        List<Span> out = new ArrayList<>();
        if (q.speakerEntity() >= 0 && q.speakerEntity() < d.entities().size()) {
            LocalEntity e = d.entities().get(q.speakerEntity());
            for (int mi : e.mentions()) {
                out.add(d.mentions().get(mi).span());
            }
        }
        return out;
    }
}
