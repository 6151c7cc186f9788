package org.crosscheck.engine.ingest;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Byte-level reading shared by the readers: size limit first, then the bytes. */
final class FileReaders {

    private FileReaders() {
    }

    /** The file's bytes, or a rejection (too large, unreadable) sent to the sink and null returned. */
    static byte[] readBounded(Path file, Origin origin, long limit, Consumer<Outcome<RawArticle>> sink) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                sink.accept(Outcome.rejected(origin, Reason.TOO_LARGE,
                        size + " bytes, limit " + limit + " bytes"));
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
                if (bytes.length > limit) {
                    sink.accept(Outcome.rejected(origin, Reason.TOO_LARGE, "more than " + limit + " bytes"));
                    return null;
                }
                return bytes;
            }
        } catch (IOException | SecurityException e) {
            sink.accept(Outcome.rejected(origin, Reason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage()));
            return null;
        }
    }
}

/** One article per file: plain text, Markdown or an HTML page, with an optional sidecar {@code .meta.json}. */
final class SingleFileReader implements ArticleReader {

    @Override
    public boolean accepts(Path file, String lowerName) {
        return format(lowerName) != null;
    }

    static Format format(String lowerName) {
        if (lowerName.endsWith(".txt") || lowerName.endsWith(".text")) {
            return Format.TEXT;
        }
        if (lowerName.endsWith(".md") || lowerName.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return Format.HTML;
        }
        return null;
    }

    @Override
    public void read(Path file, String display, IngestConfig config, Consumer<Outcome<RawArticle>> sink) {
        Origin origin = Origin.of(display);
        byte[] bytes = FileReaders.readBounded(file, origin, config.maxArticleBytes(), sink);
        if (bytes == null) {
            return;
        }
        Format format = format(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT));
        String declared = format == Format.HTML ? HtmlCharset.declared(bytes) : null;
        Outcome<Decoder.Decoded> decoded = Decoder.decode(bytes, origin, declared);
        if (decoded instanceof Outcome.Rejected<Decoder.Decoded> r) {
            sink.accept(Outcome.rejected(r.rejection()));
            return;
        }
        Decoder.Decoded d = ((Outcome.Ok<Decoder.Decoded>) decoded).value();
        List<String> warnings = new ArrayList<>(d.warnings());
        ArticleMeta meta = ArticleMeta.EMPTY;
        Path sidecar = SidecarMeta.find(file);
        if (sidecar != null) {
            try {
                meta = SidecarMeta.read(sidecar);
            } catch (IOException | RuntimeException e) {
                warnings.add("sidecar " + sidecar.getFileName() + " ignored: " + e.getMessage());
            }
        }
        sink.accept(Outcome.ok(new RawArticle(display, origin, format, d.text(), meta, warnings)));
    }
}
