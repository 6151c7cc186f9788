package org.crosscheck.eval.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One page of an extraction set: its id (the file name or benchmark id), the URL it was fetched
 * from, and where its HTML lies ({@code .html} or gzipped {@code .html.gz}).
 */
public record EvalPage(String id, String url, Path file) {

    /** The page's bytes as fetched (gunzipped when the file is gzipped). */
    public byte[] bytes() {
        try (InputStream in = Files.newInputStream(file)) {
            if (file.getFileName().toString().endsWith(".gz")) {
                try (InputStream gz = new GZIPInputStream(in)) {
                    return gz.readAllBytes();
                }
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
