package org.crosscheck.engine.doc;

/**
 * Where an input came from: a file, and inside it a line (JSON Lines) or a record (WARC, feed item).
 * {@link #toString()} is what error messages and reports show.
 */
public record Origin(String path, int line, String record) {

    public static Origin of(String path) {
        return new Origin(path, 0, null);
    }

    public static Origin line(String path, int line) {
        return new Origin(path, line, null);
    }

    public static Origin record(String path, String record) {
        return new Origin(path, 0, record);
    }

    @Override
    public String toString() {
        if (line > 0) {
            return path + ":" + line;
        }
        if (record != null) {
            return path + "#" + record;
        }
        return path;
    }
}
