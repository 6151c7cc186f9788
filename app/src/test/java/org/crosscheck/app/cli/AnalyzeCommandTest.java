package org.crosscheck.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {

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
    void analyzeWritesJsonAndMarkdownForEachArticleAndTheCollection() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "Harbour Reopens\n\nThe harbour in Klaipeda reopened on Monday after repairs, the port authority said.\n");
        Files.writeString(in.resolve("two.md"), "# Second Story\n\nA <script>alert(1)</script> tag in an article stays text in reports.\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("out");
        Run r = run("analyze", in.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 inputs: 2 articles analysed, 1 rejected");
        JsonNode c = new ObjectMapper().readTree(out.resolve("collection.json").toFile());
        assertThat(c.get("schema").asText()).isEqualTo("crosscheck.collection/1");
        assertThat(c.get("articles")).hasSize(2);
        assertThat(c.get("rejected").get(0).get("reason").asText()).isEqualTo("empty");
        String file = c.get("articles").get(0).get("file").asText();
        JsonNode a = new ObjectMapper().readTree(out.resolve(file).toFile());
        assertThat(a.get("schema").asText()).isEqualTo("crosscheck.article/1");
        String text = a.get("text").asText();
        JsonNode title = a.get("title");
        assertThat(text.substring(title.get("start").asInt(), title.get("end").asInt())).isEqualTo("Harbour Reopens");
        String md = Files.readString(out.resolve("articles/two.md.md"));
        assertThat(md).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(Files.readString(out.resolve("report.md"))).contains("empty.txt").contains("**empty**");
    }

    @Test
    void unknownOptionsAndMissingInputsGiveClearErrors() {
        Run r = run("analyze");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("Missing required parameter");
    }
}
