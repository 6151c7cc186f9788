package org.crosscheck.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The web UI's files (plain HTML, CSS and JavaScript, no build step), read from the classpath. */
public final class WebAssets {

    private static final String BASE = "/org/crosscheck/app/web/static/";

    private WebAssets() {
    }

    /** The file's bytes, or null when there is no such file. */
    public static byte[] bytes(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream(BASE + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        byte[] b = bytes(name);
        if (b == null) {
            throw new IllegalStateException("the web UI file " + name + " is missing from the build");
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
