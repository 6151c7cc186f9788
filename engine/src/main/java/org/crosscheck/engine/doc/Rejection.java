package org.crosscheck.engine.doc;

/**
 * Why an input was not analysed. Every input ends analysed or as one of these, listed in the
 * output's {@code rejected} section: nothing is dropped silently.
 */
public record Rejection(Origin origin, Reason reason, String detail) {

    public enum Reason {
        /** Zero bytes, or only whitespace. */
        EMPTY,
        /** Bytes that are not text (NUL bytes, control characters). */
        BINARY,
        /** Text in no encoding we could establish. */
        UNDECODABLE,
        /** Larger than the configured limit. */
        TOO_LARGE,
        /** A file type the readers do not handle. */
        UNSUPPORTED,
        /** A record that does not parse (bad JSON line, broken WARC record, malformed feed). */
        MALFORMED,
        /** The file could not be read (permissions, vanished, I/O error). */
        UNREADABLE,
        /** Cleaning left no article text (a page of navigation only, for instance). */
        NO_TEXT,
        /** A stage failed on this article; the detail carries the error. */
        FAILED,
        /**
         * Records of an archive or feed that are not articles (WARC requests, metadata, images),
         * reported once per file with their counts so that nothing is dropped silently.
         */
        SKIPPED
    }

    @Override
    public String toString() {
        return origin + ": " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }
}
