package org.crosscheck.engine.ingest;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset an HTML page declares in its first bytes ({@code <meta charset>} or http-equiv), or null. */
public final class HtmlCharset {

    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    public static String declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
