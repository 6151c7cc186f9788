package org.crosscheck.store;

import org.crosscheck.engine.ingest.RawArticle;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Which stored article an input is: the hash of its normalised content plus its normalised URL.
 * The same text at the same address is the same article, whatever the file name, line endings,
 * spacing or Unicode composition; the same text at another address is a reprint (a separate
 * article the story layer groups); new text at a known address is an update of that article.
 *
 * @param contentHash SHA-256 of the normalised content (hex)
 * @param url         the normalised URL, or null when the input has none
 * @param key         the unique key stored with the article
 */
public record Identity(String contentHash, String url, String key) {

    public static Identity of(RawArticle raw) {
        String hash = sha256(normaliseContent(raw.content()));
        String url = normaliseUrl(raw.meta().url());
        String key = url == null ? hash : hash + ":" + sha256(url).substring(0, 32);
        return new Identity(hash, url, key);
    }

    /** NFKC, whitespace runs to one space, trimmed: what survives re-encoding and re-saving. */
    static String normaliseContent(String content) {
        String s = Normalizer.normalize(content == null ? "" : content, Normalizer.Form.NFKC);
        return s.replaceAll("[\\s\\u00A0\\u200B\\uFEFF]+", " ").strip();
    }

    /**
     * Lower-case scheme and host, no {@code www.}, no fragment, no tracking parameters
     * ({@code utm_*}, {@code fbclid}, {@code gclid}), no trailing slash; null for no or an unreadable URL.
     */
    static String normaliseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return u;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            String query = uri.getRawQuery();
            if (query != null) {
                List<String> kept = new ArrayList<>();
                for (String part : query.split("&")) {
                    String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
                    String n = name.toLowerCase(Locale.ROOT);
                    if (!n.startsWith("utm_") && !n.equals("fbclid") && !n.equals("gclid") && !part.isEmpty()) {
                        kept.add(part);
                    }
                }
                query = kept.isEmpty() ? null : String.join("&", kept);
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                scheme = "https";
            }
            return scheme + "://" + host + port + path + (query == null ? "" : "?" + query);
        } catch (java.net.URISyntaxException e) {
            return u;
        }
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
