package org.crosscheck.store;

import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.ingest.RawArticle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A separate JVM for {@link CrashSafetyTest}: ingests {@code n} generated articles into the store
 * at {@code dataDir} (and the database at the optional JDBC URL) in batches of 3, printing
 * {@code STORED input id} after each commit.
 */
public final class IngestProcess {

    private IngestProcess() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        String jdbc = args.length > 2 ? args[2] : null;
        try (Store s = Store.open(new Store.Config(data, jdbc))) {
            s.ingest(articles(n), new TextAnalyser(), 3, new Store.Listener() {
                @Override
                public void stored(String input, String id, Rows.WriteStatus status) {
                    System.out.println("STORED " + input + " " + id + " " + status);
                    System.out.flush();
                }
            });
        }
        System.out.println("DONE");
    }

    static List<Outcome<RawArticle>> articles(int n) {
        List<Outcome<RawArticle>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Outcome.ok(Fixtures.raw("gen-" + i + ".txt", "Outlet " + (i % 4), "https://gen.example/" + i,
                    "2024-01-" + String.format("%02d", 1 + i % 28), "Generated report number " + i,
                    "Marker" + i + " is the word only article " + i + " carries.",
                    "The harbour board met again to discuss berth fees, tide tables and the winter timetable.")));
        }
        return out;
    }
}
