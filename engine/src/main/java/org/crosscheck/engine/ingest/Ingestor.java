package org.crosscheck.engine.ingest;

import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection.Reason;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns files and folders into articles. Folders are walked in name order (hidden entries and
 * sidecar {@code .meta.json} files skipped); each file goes to the first reader that accepts it,
 * and a file no reader takes is reported as unsupported. Ids are unique within one call.
 */
public final class Ingestor {

    private final IngestConfig config;
    private final List<ArticleReader> readers;

    public Ingestor(IngestConfig config, List<ArticleReader> readers) {
        this.config = config;
        this.readers = List.copyOf(readers);
    }

    /** The readers every installation has: text, Markdown and HTML files, JSON Lines, WARC archives, RSS/Atom feeds. */
    public static List<ArticleReader> standardReaders() {
        return List.of(new SingleFileReader(), new JsonLinesReader(), new WarcArticleReader(), new FeedReader());
    }

    public static Ingestor standard(IngestConfig config) {
        return new Ingestor(config, standardReaders());
    }

    /** Reads everything under {@code paths}; returns accepted articles and rejections in input order. */
    public List<Outcome<RawArticle>> read(List<Path> paths) {
        List<Outcome<RawArticle>> out = new ArrayList<>();
        read(paths, out::add);
        return out;
    }

    public void read(List<Path> paths, Consumer<Outcome<RawArticle>> sink) {
        Map<String, Integer> seenIds = new HashMap<>();
        Consumer<Outcome<RawArticle>> unique = o -> {
            if (o instanceof Outcome.Ok<RawArticle> ok) {
                String id = ok.value().id();
                int n = seenIds.merge(id, 1, Integer::sum);
                sink.accept(n == 1 ? o : Outcome.ok(ok.value().withId(id + "#" + n)));
            } else {
                sink.accept(o);
            }
        };
        for (Path p : paths) {
            String given = p.toString();
            if (!Files.exists(p)) {
                unique.accept(Outcome.rejected(Origin.of(given), Reason.UNREADABLE, "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                walk(p, given, unique);
            } else {
                readFile(p, given, unique);
            }
        }
    }

    private void walk(Path dir, String given, Consumer<Outcome<RawArticle>> sink) {
        Set<FileVisitOption> opts = config.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, Integer.MAX_VALUE, opts.toArray(new FileVisitOption[0]))) {
            files = s.filter(f -> !f.equals(dir))
                    .filter(f -> !hidden(dir.relativize(f)))
                    .filter(f -> config.followLinks() ? Files.isRegularFile(f) : Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(f -> dir.relativize(f).toString()))
                    .toList();
        } catch (IOException | RuntimeException e) {
            sink.accept(Outcome.rejected(Origin.of(given), Reason.UNREADABLE, e.getMessage()));
            return;
        }
        for (Path f : files) {
            String display = given.endsWith("/") ? given + dir.relativize(f) : given + "/" + dir.relativize(f);
            readFile(f, display, sink);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, String display, Consumer<Outcome<RawArticle>> sink) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (SidecarMeta.isSidecar(lower)) {
            return; // read together with the article it describes
        }
        for (ArticleReader r : readers) {
            if (r.accepts(file, lower)) {
                try {
                    r.read(file, display, config, sink);
                } catch (RuntimeException e) {
                    sink.accept(Outcome.rejected(Origin.of(display), Reason.MALFORMED,
                            e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
                return;
            }
        }
        sink.accept(Outcome.rejected(Origin.of(display), Reason.UNSUPPORTED,
                "no reader for this file type (takes .txt, .md, .html, .htm, .jsonl, .warc, .warc.gz, .rss, .atom"
                        + (readers.size() > 4 ? " and more" : "") + ")"));
    }
}
