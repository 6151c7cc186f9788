package org.crosscheck.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The store benchmark end to end on a small collection (CI never runs the 100k case). */
class StoreBenchTest {

    @Test
    void endsWithItsResultLine() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new StoreBench());
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("--articles", "150", "--batch", "50", "--searches", "30");
        assertThat(code).isZero();
        String last = out.toString().strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).matches("RESULT task=bench-store dataset=synthetic150 articles_per_s=[0-9.]+ search_p50_ms=[0-9.]+ "
                + "search_p99_ms=[0-9.]+ layers_s=[0-9.]+ db=sqlite");
    }
}
