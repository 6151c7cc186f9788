package org.crosscheck.app.cli;

import org.crosscheck.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ingest} and {@code report} from the command line (text only, so no models load). */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ingestTwiceChangesNothingTheSecondTime() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "Harbour Reopens\n\nThe harbour reopened on Monday after repairs, the port authority said.\n");
        Files.writeString(in.resolve("two.txt"), "Ferry Fares Rise\n\nFerry fares rise by four percent from June, the operator said.\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path data = dir.resolve("data");
        Run first = run("ingest", in.toString(), "--data", data.toString(), "--text-only");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("2 added, 0 updated, 0 unchanged, 1 rejected").contains("rejected  ")
                .containsPattern("added +a\\d+ +.*one\\.txt");
        Run second = run("ingest", in.toString(), "--data", data.toString(), "--text-only", "--quiet");
        assertThat(second.out()).contains("0 added, 0 updated, 2 unchanged, 1 rejected").contains("Collection: 2 articles");
        Path html = dir.resolve("out/report.html");
        Run report = run("report", "--data", data.toString(), "--html", html.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("Wrote").contains("2 articles");
        assertThat(Files.readString(html)).contains("Harbour Reopens").startsWith("<!DOCTYPE html>");
    }

    @Test
    void badInputsGiveClearErrors() {
        Run missing = run("ingest", dir.resolve("nope").toString(), "--data", dir.resolve("d").toString(), "--text-only");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
        Run badDb = run("ingest", "--data", dir.resolve("d").toString(), "--db", "jdbc:mysql://x/y", "--text-only");
        assertThat(badDb.code()).isNotZero();
        assertThat(badDb.err()).contains("unsupported database URL");
        Run noHtml = run("report", "--data", dir.resolve("d").toString());
        assertThat(noHtml.code()).isNotZero();
        assertThat(noHtml.err()).contains("--html");
        Run open = run("serve", "--data", dir.resolve("d").toString(), "--host", "0.0.0.0");
        assertThat(open.code()).isEqualTo(2);
        assertThat(open.err()).contains("--token");
    }
}
