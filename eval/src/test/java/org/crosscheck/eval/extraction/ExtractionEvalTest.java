package org.crosscheck.eval.extraction;

import org.crosscheck.eval.EvalCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The two scorers on hand-made cases, and the command on tiny sets of both formats written here. */
class ExtractionEvalTest {

    @TempDir
    Path dir;

    @Test
    void snippetsAreMatchedWithWhitespaceNormalisedAndSummedOverPages() {
        SnippetScorer s = new SnippetScorer();
        int[] a = s.add("The mayor  opened\nthe bridge.\u00A0Residents cheered.", List.of("mayor opened the bridge", "Residents cheered"),
                List.of("Share this", "cheered."));
        assertThat(a).containsExactly(2, 1, 0, 1);
        int[] b = s.add(null, List.of("anything"), List.of("Impressum"));
        assertThat(b).containsExactly(0, 0, 1, 1);
        assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.f1()).isCloseTo(4.0 / 6, within(1e-9));
    }

    @Test
    void shinglesAreCountedAsMultisetsAndAveragedOverPages() {
        ShingleScorer s = new ShingleScorer();
        // gold: 6 tokens -> 3 shingles; output repeats the text and adds noise
        double[] p1 = s.add("one two three four five six", "one two three four five six");
        assertThat(p1).containsExactly(1.0, 1.0);
        double[] p2 = s.add("alpha beta gamma delta alpha beta gamma delta", "alpha beta gamma delta");
        // predicted shingles: 5, one of them matches once -> P = 1/5, R = 1
        assertThat(p2[0]).isCloseTo(0.2, within(1e-9));
        assertThat(p2[1]).isCloseTo(1.0, within(1e-9));
        double[] p3 = s.add("", "");
        assertThat(p3[0]).isNaN();
        assertThat(s.precision()).isCloseTo(0.6, within(1e-9));
        assertThat(s.recall()).isCloseTo(1.0, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * 0.6 / 1.6, within(1e-9));
    }

    @Test
    void aShortTextIsOneShingle() {
        assertThat(ShingleScorer.shingles("just three words")).hasSize(1);
    }

    static final String PAGE = "<html><body><nav><a href='/'>Home</a> <a href='/about'>About us</a></nav>"
            + "<article><h1>Lighthouse restored</h1><p>The old lighthouse on the north cape has been restored by volunteers "
            + "and will open to visitors in June, the heritage trust said.</p><p>Repairs to the lantern room took two winters "
            + "and cost less than expected thanks to donated materials.</p></article>"
            + "<footer>Contact · Imprint · Privacy</footer></body></html>";

    private static void gz(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new EvalCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[]{String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void theBenchmarkFormatIsDetectedAndScored() throws Exception {
        Path set = dir.resolve("bench");
        gz(set.resolve("html/p1.html.gz"), PAGE);
        Files.writeString(set.resolve("ground-truth.json"), "{\"p1\": {\"url\": \"https://trust.example/lighthouse\", "
                + "\"articleBody\": \"The old lighthouse on the north cape has been restored by volunteers and will open to visitors "
                + "in June, the heritage trust said. Repairs to the lantern room took two winters and cost less than expected "
                + "thanks to donated materials.\"}}");
        String[] r = run("extraction", set.toString(), "--dataset", "tiny");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("article-extraction-benchmark");
        String last = r[1].strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).startsWith("RESULT task=extraction dataset=tiny precision=1 recall=1 f1=1 pages_per_s=");
    }

    @Test
    void theTrafilaturaFormatIsDetectedAndScored() throws Exception {
        Path set = dir.resolve("traf");
        gz(set.resolve("html/lighthouse.html.gz"), PAGE);
        Files.writeString(set.resolve("evaldata.json"), "{\"https://trust.example/lighthouse\": {\"file\": \"lighthouse.html\", "
                + "\"with\": [\"restored by volunteers\", \"donated materials.\"], \"without\": [\"About us\", \"Imprint\"]}}");
        String[] r = run("extraction", set.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("trafilatura").contains("RESULT task=extraction dataset=traf precision=1 recall=1 f1=1");
    }

    @Test
    void aMissingSetOrAnUnknownBaselineIsAClearErrorWithCode2() throws Exception {
        String[] r = run("extraction", dir.resolve("nowhere").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("not found");
        Files.createDirectories(dir.resolve("empty"));
        r = run("extraction", dir.resolve("empty").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("neither evaldata.json");
        Path set = dir.resolve("traf2");
        gz(set.resolve("html/lighthouse.html.gz"), PAGE);
        Files.writeString(set.resolve("evaldata.json"), "{\"u\": {\"file\": \"lighthouse.html\", \"with\": [\"x\"], \"without\": [\"y\"]}}");
        r = run("extraction", set.toString(), "--baseline", "nosuchextractor");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("baseline 'nosuchextractor' is not available");
    }
}
