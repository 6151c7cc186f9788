package org.crosscheck.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quality floors: figures recorded once become minimums that CI enforces; floors only rise.
 * File format ({@code floors.tsv}): {@code task dataset key minimum}, whitespace-separated, '#'
 * comments. For a count that must stay low (merged_groups) the key is written {@code max:key} and
 * the number is a ceiling.
 */
public final class Floors {

    private record Floor(String task, String dataset, String key, double bound, boolean max) {
    }

    private final List<Floor> floors;

    private Floors(List<Floor> floors) {
        this.floors = floors;
    }

    public static Floors read(Path file) throws IOException {
        List<Floor> out = new ArrayList<>();
        int no = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            no++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\s+");
            if (f.length < 4) {
                throw new IOException(file + ":" + no + ": expected 'task dataset key minimum'");
            }
            boolean max = f[2].startsWith("max:");
            out.add(new Floor(f[0], f[1], max ? f[2].substring(4) : f[2], Double.parseDouble(f[3]), max));
        }
        return new Floors(out);
    }

    /** The floors this result breaks, as readable lines; empty when it meets them all. */
    public List<String> violations(Metrics m) {
        List<String> out = new ArrayList<>();
        for (Floor f : floors) {
            if (!f.task.equals(m.task()) || !f.dataset.equals(m.dataset())) {
                continue;
            }
            Double v = m.get(f.key);
            if (v == null) {
                out.add(String.format(Locale.ROOT, "%s/%s: %s missing (floor %s)", f.task, f.dataset, f.key,
                        Metrics.format(f.bound)));
            } else if (f.max ? v > f.bound + 1e-9 : v < f.bound - 1e-9) {
                out.add(String.format(Locale.ROOT, "%s/%s: %s = %s, %s %s", f.task, f.dataset, f.key,
                        Metrics.format(v), f.max ? "above its ceiling" : "below its floor", Metrics.format(f.bound)));
            }
        }
        return out;
    }
}
