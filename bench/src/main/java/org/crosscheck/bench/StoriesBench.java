package org.crosscheck.bench;

import org.crosscheck.engine.stories.ArticleFeatures;
import org.crosscheck.engine.stories.EventSignature;
import org.crosscheck.engine.stories.StoryClusterer;
import org.crosscheck.engine.stories.StoryConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck bench stories [--sizes 10000,100000,1000000]}: the cost of assigning one article to
 * a story as the stream grows. Bypasses NLP: a seeded generator makes the features the clusterer would
 * get (many events of a few kinds over ten years, popular people and places shared by many events,
 * event-specific names and numbers, general vocabulary, and half of the articles with a dated event),
 * articles arriving in publication order. The clusterer runs in streaming mode (statistics learnt as it
 * goes). Reports the mean assignment time over the last {@value #WINDOW} articles before each size, the
 * ratio of the largest to the smallest (after a warm-up stream of 20,000 articles), B-cubed F1 against the generator's events, and peak heap.
 */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "Story assignment cost per article as the stream grows.")
public final class StoriesBench implements Callable<Integer> {

    static final int WINDOW = 5000;

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000",
            description = "Stream lengths at which to report the cost per article (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "7", description = "Generator seed.")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Integer> checkpoints = sizes.stream().sorted().distinct().toList();
        if (checkpoints.isEmpty() || checkpoints.get(0) < WINDOW) {
            spec.commandLine().getErr().println("crosscheck bench stories: every size must be at least " + WINDOW);
            return 2;
        }
        int total = checkpoints.get(checkpoints.size() - 1);
        // warm-up: the JIT compiles the hot paths on a throwaway stream, so the smallest size is not
        // measured on interpreted code
        Generator warm = new Generator(seed + 1);
        StoryClusterer warmup = StoryClusterer.streaming(StoryConfig.DEFAULT);
        for (int i = 0; i < 20_000; i++) {
            warmup.add(warm.next(i).features());
        }
        HeapMeter.reset();
        Generator gen = new Generator(seed);
        StoryClusterer clusterer = StoryClusterer.streaming(StoryConfig.DEFAULT);
        int[] truth = new int[total];
        int[] predicted = new int[total];
        long windowNanos = 0;
        Map<Integer, Double> costs = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        int next = 0;
        for (int i = 0; i < total; i++) {
            Generator.Article a = gen.next(i);
            truth[i] = a.event();
            long s = System.nanoTime();
            StoryClusterer.Assignment as = clusterer.add(a.features());
            long e = System.nanoTime();
            predicted[i] = as.story();
            int target = checkpoints.get(next);
            if (i >= target - WINDOW) {
                windowNanos += e - s;
            }
            if (i + 1 == target) {
                double us = windowNanos / 1000.0 / WINDOW;
                costs.put(target, us);
                out.printf(Locale.ROOT, "%,10d articles: %8.1f us per article (mean of the last %d), %,d stories, %.0f s so far%n",
                        target, us, WINDOW, clusterer.storyCount(), (System.nanoTime() - t0) / 1e9);
                out.flush();
                windowNanos = 0;
                next = Math.min(next + 1, checkpoints.size() - 1);
            }
        }
        double b3 = b3F1(predicted, truth);
        long peak = HeapMeter.peakMb();
        double first = costs.get(checkpoints.get(0));
        double last = costs.get(total);
        double ratio = last / first;
        out.printf(Locale.ROOT, "%d events in the stream, %d stories; B-cubed F1 against the generator's events %.4f; cost ratio largest/smallest %.2f; peak heap %d MiB%n",
                gen.events(), clusterer.storyCount(), b3, ratio, peak);
        StringBuilder r = new StringBuilder("RESULT task=bench dataset=stories");
        costs.forEach((n, us) -> r.append(String.format(Locale.ROOT, " us_per_article_%s=%.1f", label(n), us)));
        r.append(String.format(Locale.ROOT, " cost_ratio=%.2f b3_f1=%.4f peak_heap_mb=%d", ratio, b3, peak));
        out.println(r);
        return 0;
    }

    static String label(int n) {
        if (n % 1_000_000 == 0) {
            return n / 1_000_000 + "m";
        }
        if (n % 1000 == 0) {
            return n / 1000 + "k";
        }
        return Integer.toString(n);
    }

    static double b3F1(int[] predicted, int[] truth) {
        Map<Integer, Integer> pSize = new HashMap<>();
        Map<Integer, Integer> gSize = new HashMap<>();
        Map<Long, Integer> joint = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            pSize.merge(predicted[i], 1, Integer::sum);
            gSize.merge(truth[i], 1, Integer::sum);
            joint.merge(((long) predicted[i] << 32) | (truth[i] & 0xffffffffL), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < predicted.length; i++) {
            int both = joint.get(((long) predicted[i] << 32) | (truth[i] & 0xffffffffL));
            p += (double) both / pSize.get(predicted[i]);
            r += (double) both / gSize.get(truth[i]);
        }
        p /= predicted.length;
        r /= predicted.length;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Synthetic news features. Events are opened at a steady rate along a ten-year calendar; each has a
     * kind (one of eight), a place, two to four participants drawn with a Zipf-like bias (a few people
     * and places appear in many events), a few names and numbers of its own, and a number of articles
     * (geometric, mean about eight) published over the next days.
     */
    static final class Generator {
        private static final int KINDS = 8;
        private static final int KIND_WORDS = 40;
        private static final int PEOPLE = 20_000;
        private static final int ORGS = 5_000;
        private static final int PLACES = 2_000;
        private static final int GENERAL = 30_000;
        private static final String[] KIND_NAMES = {"meeting", "summit", "earthquake", "election", "trial", "strike",
                "merger", "match"};

        record Article(ArticleFeatures features, int event) {
        }

        private record Event(int id, int kind, LocalDate date, int place, int[] actors, String[] own, int articles) {
        }

        private final Random random;
        private final List<Event> open = new ArrayList<>();
        private final LocalDate start = LocalDate.of(2015, 1, 1);
        private int events;
        private int uniqueWords;

        Generator(long seed) {
            this.random = new Random(seed);
        }

        int events() {
            return events;
        }

        /** Zipf-like pick in [0, n): small indices much more often. */
        private int zipf(int n) {
            double u = random.nextDouble();
            return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1.0, u)) - 1);
        }

        Article next(int i) {
            // about one new event per eight articles, at most 40 running at once
            if (open.isEmpty() || random.nextInt(8) == 0 && open.size() < 40 || open.size() < 4) {
                open.add(newEvent(i));
            }
            int which = random.nextInt(open.size());
            Event e = open.get(which);
            Article a = article(e, i);
            if (e.articles() <= 1) {
                open.remove(which);
            } else {
                open.set(which, new Event(e.id(), e.kind(), e.date(), e.place(), e.actors(), e.own(), e.articles() - 1));
            }
            return a;
        }

        private Event newEvent(int i) {
            int kind = random.nextInt(KINDS);
            // the calendar advances with the stream: ten years over a million articles
            LocalDate date = start.plusDays(i / 275 + random.nextInt(3));
            int nActors = 2 + random.nextInt(3);
            int[] actors = new int[nActors];
            for (int k = 0; k < nActors; k++) {
                actors[k] = random.nextBoolean() ? zipf(PEOPLE) : PEOPLE + zipf(ORGS);
            }
            String[] own = new String[4];
            for (int k = 0; k < 3; k++) {
                own[k] = "name" + (uniqueWords++);
            }
            own[3] = "#" + (10 + random.nextInt(990));
            int n = 1;
            while (random.nextDouble() < 0.875 && n < 60) {
                n++;
            }
            return new Event(events++, kind, date, zipf(PLACES), actors, own, n);
        }

        private Article article(Event e, int i) {
            Map<String, Double> terms = new HashMap<>();
            for (int k = 0; k < 12; k++) {
                terms.merge(KIND_NAMES[e.kind()] + "-w" + random.nextInt(KIND_WORDS), 1.0, Double::sum);
            }
            terms.merge(KIND_NAMES[e.kind()], 2.0, Double::sum);
            for (String w : e.own()) {
                if (random.nextDouble() < 0.8) {
                    terms.merge(w, 1.0 + random.nextInt(2), Double::sum);
                }
            }
            for (int k = 0; k < 25; k++) {
                terms.merge("w" + zipf(GENERAL), 1.0, Double::sum);
            }
            Map<String, Double> entities = new HashMap<>();
            for (int actor : e.actors()) {
                if (random.nextDouble() < 0.85) {
                    entities.merge((actor < PEOPLE ? "P" : "O") + actor, 1.0 + random.nextInt(3), Double::sum);
                }
            }
            String place = "L" + e.place();
            entities.merge(place, 1.0, Double::sum);
            for (int k = 0; k < 2; k++) {
                entities.merge("P" + zipf(PEOPLE), 1.0, Double::sum);
            }
            List<EventSignature> sig = random.nextBoolean()
                    ? List.of(new EventSignature(KIND_NAMES[e.kind()], e.date(), List.of("place" + e.place())))
                    : List.of();
            LocalDate published = e.date().plusDays(random.nextInt(4));
            return new Article(new ArticleFeatures("a" + i, published, terms, entities, List.of(place), sig), e.id());
        }
    }
}
