package org.crosscheck.store;

import org.crosscheck.store.Rows.ArticleFilter;
import org.crosscheck.store.search.SearchIndex;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills an ingest (SIGKILL, in a separate JVM) midway, checks that everything it reported as
 * stored is there, runs it again, and checks that every article is stored and indexed exactly once.
 */
class CrashSafetyTest {

    private static final int ARTICLES = 300;

    @TempDir
    Path data;

    @Test
    void onSqlite() throws Exception {
        aKilledIngestLosesNothingReportedAndTheRerunDuplicatesNothing(null);
    }

    @Test
    void onPostgresql() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            aKilledIngestLosesNothingReportedAndTheRerunDuplicatesNothing(pg.getJdbcUrl("postgres", "postgres"));
        }
    }

    void aKilledIngestLosesNothingReportedAndTheRerunDuplicatesNothing(String jdbc) throws Exception {
        Process p = start(jdbc);
        List<String> reported = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("STORED ")) {
                    reported.add(line.split(" ")[2]);
                    if (reported.size() >= 40) {
                        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
                        break;
                    }
                }
                assertThat(line).isNotEqualTo("DONE");
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(reported).as("the process was killed after reporting some articles").hasSizeGreaterThanOrEqualTo(40);

        try (Store s = Store.open(new Store.Config(data, jdbc))) {
            for (String id : reported) {
                assertThat(s.database().article(id)).as("reported article " + id + " survived the kill").isPresent();
            }
            assertThat(s.database().counts().articles()).isLessThan(ARTICLES);
        }

        Process again = start(jdbc);
        String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(out + new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        assertThat(out).contains("DONE");

        try (Store s = Store.open(new Store.Config(data, jdbc))) {
            var page = s.database().articles(ArticleFilter.NONE, 0, 10_000);
            assertThat(page.total()).isEqualTo(ARTICLES);
            Set<String> titles = new HashSet<>();
            for (var row : page.items()) {
                assertThat(titles.add(row.title())).as("stored once: " + row.title()).isTrue();
            }
            var indexed = s.search(new SearchIndex.Request(null, List.of(SearchIndex.Kind.ARTICLE), null, null, null,
                    null, 0, 1));
            assertThat(indexed.total()).as("indexed once each").isEqualTo(ARTICLES);
            for (int i : new int[]{0, 77, 150, 299}) {
                assertThat(s.search(new SearchIndex.Request("marker" + i, null, null, null, null, null, 0, 5)).total())
                        .as("marker" + i).isEqualTo(1);
            }
        }
    }

    private Process start(String jdbc) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                IngestProcess.class.getName(), data.toString(), Integer.toString(ARTICLES)));
        if (jdbc != null) {
            cmd.add(jdbc);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
