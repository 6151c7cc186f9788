package org.crosscheck.bench;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.analysis.Analyzer;
import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.analysis.EngineConfig;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.engine.nlp.TokenizeStage;
import org.crosscheck.engine.nlp.corenlp.CoreNlpSegmenter;
import org.crosscheck.engine.pipeline.Stage;
import org.crosscheck.engine.quotes.CuePolarity;
import org.crosscheck.engine.quotes.Quote;
import org.crosscheck.engine.quotes.QuoteKind;
import org.crosscheck.engine.quotes.Utterance;
import org.crosscheck.engine.quotes.UtteranceMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck bench quotes}: the two costs of who-said-what.
 * <ol>
 *   <li>the {@code quotes} stage alone, on one thread, per article (synthetic articles of about 500
 *       tokens, or {@code --input DIR}), after the earlier stages have run;</li>
 *   <li>utterance matching over {@code --quotes} quotes (default 10,000) from synthetic stories: popular
 *       speakers quoted in many stories, each statement reported by one to six outlets in different
 *       words, publication dates over two years; the real sentence-embedding model, loaded in the timing.</li>
 * </ol>
 */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "Speed of the quotes stage and of utterance matching.")
public final class QuotesBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "300", description = "Synthetic articles for the stage timing (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--input", description = "Time the stage on this folder's articles instead.")
    Path input;

    @Option(names = "--passes", defaultValue = "5", description = "Timed passes of the stage over the articles.")
    int passes;

    @Option(names = "--quotes", defaultValue = "10000", description = "Quotes for utterance matching (default: ${DEFAULT-VALUE}).")
    int quotes;

    @Option(names = "--no-dates", description = "Give the synthetic articles no publication dates (no occasion evidence).")
    boolean noDates;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Engine engine = Engine.load(EngineConfig.DEFAULT.withThreads(1));
        // 1. the stage
        List<Outcome<RawArticle>> raws;
        String dataset;
        if (input != null) {
            raws = engine.ingestor().read(List.of(input));
            dataset = input.getFileName().toString();
        } else {
            raws = new ArrayList<>();
            List<String> texts = new SyntheticCorpus(7).articles(articles, 500);
            for (int i = 0; i < texts.size(); i++) {
                raws.add(Outcome.ok(new RawArticle("synthetic-" + i, Origin.of("synthetic-" + i), Format.TEXT,
                        texts.get(i), ArticleMeta.EMPTY, List.of())));
            }
            dataset = "synthetic" + articles;
        }
        Analysis a = new Analyzer(engine).analyzeRaw(raws);
        Stage stage = engine.pipeline().stages().stream().filter(s -> s.name().equals("quotes")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the engine has no quotes stage"));
        List<Document> docs = a.documents();
        long tokens = docs.stream().mapToLong(d -> d.tokens().size()).sum();
        int found = 0;
        for (Document d : docs) {
            found += stage.apply(d).quotes().size(); // warm-up
        }
        long t0 = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (Document d : docs) {
                stage.apply(d);
            }
        }
        double stageMs = (System.nanoTime() - t0) / 1e6 / Math.max(1, passes * docs.size());
        out.printf(Locale.ROOT, "quotes stage: %d articles (%.0f tokens on average), %d quotes; %.3f ms per article on one thread%n",
                docs.size(), docs.isEmpty() ? 0.0 : (double) tokens / docs.size(), found, stageMs);
        // 2. utterance matching
        Synthetic s = synthetic(quotes, !noDates);
        UtteranceMatcher matcher = engine.utteranceMatcher();
        long t1 = System.nanoTime();
        List<Utterance> us = matcher.match(s.docs(), s.index());
        double matchS = (System.nanoTime() - t1) / 1e9;
        UtteranceMatcher.Stats st = matcher.lastStats();
        long multi = us.stream().filter(Utterance::multiSource).count();
        out.printf(Locale.ROOT, "utterance matching: %d quotes in %d articles, %d speakers: %d pairs in speaker blocks, %d "
                        + "candidates, %d sentences embedded; %d utterances (%d multi-source, %d statements made) in %.2f s "
                        + "(model load included)%n",
                st.quotes(), s.docs().size(), st.blocks(), st.pairs(), st.candidates(), st.sentencesEmbedded(), us.size(),
                multi, s.statements(), matchS);
        out.printf(Locale.ROOT, "RESULT task=bench dataset=%s stage_ms_per_article=%.3f utterance_quotes=%d utterance_s=%.2f "
                        + "utterance_candidates=%d utterance_embedded=%d%n",
                dataset, stageMs, st.quotes(), matchS, st.candidates(), st.sentencesEmbedded());
        return 0;
    }

    private record Synthetic(List<Document> docs, EntityIndex index, int statements) {
    }

    private static final String[] WORDS = ("water dam river border talks agreement ministry government army port trade grain "
            + "wheat prices fuel power grid pipeline election vote parliament court ruling budget tax debt loan bank "
            + "inflation jobs wages strike union factory mine coal gas oil export import tariff customs ship ferry rail "
            + "road bridge airport flight visa refugees camp aid food medicine hospital clinic doctors nurses school "
            + "teachers students fees housing rent floods drought harvest farmers fishermen forest fire storm heat snow "
            + "police protest curfew arrest prison judge lawyer charges fraud bribes audit report survey poll census "
            + "cabinet minister envoy summit treaty sanctions ceasefire troops militants attack security threat talks "
            + "investment investors company shares market growth recession reform pension health vaccine virus outbreak "
            + "journalists media press freedom rights women children youth minority language religion church mosque "
            + "villages cities province region capital north south coast island valley mountain desert lake canal").split(" ");
    private static final String[] VERBS = {"will", "must", "cannot", "should", "has to", "is going to", "wants to",
            "refuses to", "promises to", "plans to"};
    private static final String[] ACTIONS = {"protect", "rebuild", "reopen", "close", "expand", "cut", "raise", "review",
            "fund", "defend", "share", "control", "restore", "improve", "end", "support", "stop", "open", "limit", "keep"};
    private static final String[] FIRST = {"Amina", "Daniel", "Farid", "Helena", "Ivan", "Jamila", "Kenji", "Lucia",
            "Marek", "Nadia", "Omar", "Petra", "Rashid", "Sofia", "Tomas", "Yusuf", "Elena", "Karim", "Ingrid", "Pablo"};
    private static final String[] LAST = {"Varga", "Okafor", "Haddad", "Lindqvist", "Morozov", "Rahimi", "Tanaka",
            "Ferreira", "Novak", "Benali", "Kowalski", "Sorensen", "Qureshi", "Castillo", "Demir", "Abubakar"};

    /**
     * Stories of five articles; each story has three speakers (drawn so that a few people are quoted in
     * many stories) and eight statements; each article carries five of them, in its own words.
     */
    private static Synthetic synthetic(int wanted, boolean dates) {
        Random r = new Random(11);
        TokenizeStage tokenize = new TokenizeStage(new CoreNlpSegmenter());
        int people = 300;
        List<Document> docs = new ArrayList<>();
        Map<String, List<String>> localToGlobal = new HashMap<>();
        int made = 0;
        int statements = 0;
        int story = 0;
        while (made < wanted) {
            LocalDate day = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(730));
            int[] speakers = new int[3];
            for (int k = 0; k < 3; k++) {
                speakers[k] = (int) Math.min(people - 1, Math.floor(Math.pow(r.nextDouble(), 2.5) * people));
            }
            String[][] said = new String[8][];
            int[] by = new int[8];
            for (int k = 0; k < 8; k++) {
                said[k] = statement(r);
                by[k] = speakers[r.nextInt(3)];
            }
            statements += 8;
            for (int art = 0; art < 5 && made < wanted; art++) {
                String id = "s" + story + "-a" + art;
                StringBuilder text = new StringBuilder();
                List<Span> paras = new ArrayList<>();
                List<int[]> contents = new ArrayList<>();
                List<Integer> speakerOf = new ArrayList<>();
                List<String> globals = new ArrayList<>();
                for (int k = 0; k < 8 && made < wanted; k++) {
                    if (r.nextInt(8) >= 5) {
                        continue;
                    }
                    String words = variant(said[k], r);
                    int start = text.length();
                    String name = FIRST[by[k] % FIRST.length] + " " + LAST[(by[k] / FIRST.length) % LAST.length];
                    String para = "\u201C" + words + ",\u201D said " + name + ".";
                    if (!paras.isEmpty()) {
                        text.append("\n\n");
                        start += 2;
                    }
                    text.append(para);
                    paras.add(new Span(start, start + para.length()));
                    contents.add(new int[] {start + 1, start + 1 + words.length()});
                    String global = "P" + (by[k] + 1);
                    int local = globals.indexOf(global);
                    if (local < 0) {
                        globals.add(global);
                        local = globals.size() - 1;
                    }
                    speakerOf.add(local);
                    made++;
                }
                if (paras.isEmpty()) {
                    continue;
                }
                ArticleMeta meta = new ArticleMeta(null, "Outlet " + (art + 1), dates ? day.plusDays(art % 2) : null, null,
                        null, List.of(), null, Map.of());
                Document d = Document.of(id, Origin.of(id), meta, text.toString(), null, paras, null, List.of());
                d = tokenize.apply(d);
                List<Quote> qs = new ArrayList<>();
                for (int q = 0; q < contents.size(); q++) {
                    int[] c = contents.get(q);
                    qs.add(new Quote(new Span(c[0], c[1]), null, QuoteKind.DIRECT, CuePolarity.ASSERT, null,
                            speakerOf.get(q), null, 0.95));
                }
                docs.add(d.withQuotes(qs));
                localToGlobal.put(id, globals);
            }
            story++;
        }
        List<GlobalEntity> entities = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            String name = FIRST[p % FIRST.length] + " " + LAST[(p / FIRST.length) % LAST.length];
            entities.add(new GlobalEntity("P" + (p + 1), EntityType.PERSON, name, true, List.of(), List.of(), 1, List.of(), null));
        }
        return new Synthetic(docs, new EntityIndex(entities, localToGlobal), statements);
    }

    private static String[] statement(Random r) {
        int n = 8 + r.nextInt(8);
        String[] w = new String[n];
        w[0] = "the";
        w[1] = WORDS[zipf(r)];
        w[2] = VERBS[r.nextInt(VERBS.length)];
        w[3] = ACTIONS[r.nextInt(ACTIONS.length)];
        for (int i = 4; i < n; i++) {
            w[i] = i % 3 == 0 ? (r.nextBoolean() ? "and" : "for") : WORDS[zipf(r)];
        }
        return w;
    }

    /**
     * Another outlet's words: the same words (a wire copy or an exact quote) about half the time, a light
     * edit (a tenth of the content words changed) or a paraphrase (a third changed) otherwise.
     */
    private static String variant(String[] s, Random r) {
        double roll = r.nextDouble();
        int changeOneIn = roll < 0.5 ? Integer.MAX_VALUE : roll < 0.8 ? 10 : 3;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            String w = s[i];
            if (i > 3 && i % 3 != 0 && changeOneIn != Integer.MAX_VALUE && r.nextInt(changeOneIn) == 0) {
                w = WORDS[zipf(r)];
            }
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        String t = sb.toString();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static int zipf(Random r) {
        return (int) Math.min(WORDS.length - 1, Math.floor(Math.pow(r.nextDouble(), 1.7) * WORDS.length));
    }
}
