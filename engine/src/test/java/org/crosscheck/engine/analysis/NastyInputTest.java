package org.crosscheck.engine.analysis;

import org.crosscheck.engine.TestEngine;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Rejection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of nasty inputs analysed in one batch: each ends analysed or rejected with the right
 * reason, and none stops the others. Each case names what it guards.
 */
class NastyInputTest {

    @TempDir
    static Path dir;

    static Analysis analysis;

    @BeforeAll
    static void analyseTheCorpus() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), "\n\n   \n");
        byte[] bin = new byte[4096];
        new java.util.Random(1).nextBytes(bin);
        Files.write(dir.resolve("binary.txt"), bin);
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
            byte[] line = "The committee met again and adjourned without a vote on the harbour budget.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        byte[] text = "The minister arrived in Riga \u2014 the Latvian capital \u2014 on Monday for talks on energy links. "
                .repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] invalid = new byte[text.length + 3];
        System.arraycopy(text, 0, invalid, 0, text.length);
        invalid[text.length] = (byte) 0xC3; // a lead byte without its continuation: damaged UTF-8
        invalid[text.length + 1] = (byte) 0x28;
        invalid[text.length + 2] = (byte) 0x41;
        Files.write(dir.resolve("invalid-utf8.txt"), invalid);
        Files.write(dir.resolve("cyrillic-1251.txt"), ("Министр прибыл в Ригу в понедельник для переговоров об энергетике. "
                + "Он встретился с коллегами из Эстонии и Литвы и обсудил новые линии электропередачи.")
                .getBytes(Charset.forName("windows-1251")));
        Files.writeString(dir.resolve("scripts.html"), """
                <html><head><title>Port strike ends</title><script>alert('x')</script>
                <style>p{color:red}</style></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article><h1>Port strike ends</h1><p>Dock workers in Gdansk ended their strike on Thursday after the
                port operator agreed to raise wages by six percent.</p><script>document.write('<p>injected</p>')</script>
                <p>The union said work would resume at midnight.</p></article><footer>Copyright 2025</footer></body></html>
                """);
        Files.writeString(dir.resolve("only-furniture.txt"), "Home\n\nMenu\n\nSearch\n");
        Files.writeString(dir.resolve("fine.txt"), "Ferry Talks Resume\n\nFinnish and Estonian officials met in Tallinn on Tuesday to discuss a ferry agreement.\n");
        analysis = TestEngine.analyzer().analyze(List.of(dir));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("empty.txt", Rejection.Reason.EMPTY, "a zero-byte file"),
                Arguments.of("blank.txt", Rejection.Reason.EMPTY, "whitespace only"),
                Arguments.of("binary.txt", Rejection.Reason.BINARY, "random bytes with a .txt name"),
                Arguments.of("huge.txt", Rejection.Reason.TOO_LARGE, "a 50 MB file over the 10 MB limit"),
                Arguments.of("only-furniture.txt", Rejection.Reason.NO_TEXT, "a page of navigation words only"),
                Arguments.of("invalid-utf8.txt", null, "a few invalid UTF-8 bytes: analysed with a warning"),
                Arguments.of("cyrillic-1251.txt", null, "Windows-1251 text: decoded, analysed"),
                Arguments.of("scripts.html", null, "HTML with scripts: analysed, scripts gone"),
                Arguments.of("fine.txt", null, "a normal article in the same batch"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void eachInputEndsWithTheRightOutcome(String file, Rejection.Reason reason, String guards) {
        Document d = analysis.documents().stream().filter(x -> x.id().endsWith("/" + file)).findFirst().orElse(null);
        Rejection r = analysis.rejected().stream().filter(x -> x.origin().toString().endsWith("/" + file)).findFirst().orElse(null);
        if (reason == null) {
            assertThat(d).as(guards).isNotNull();
            assertThat(r).isNull();
        } else {
            assertThat(d).as(guards).isNull();
            assertThat(r).as(guards).isNotNull();
            assertThat(r.reason()).as(guards).isEqualTo(reason);
            assertThat(r.toString()).contains(file);
        }
    }

    @org.junit.jupiter.api.Test
    void theDetailsAreRight() {
        Document html = analysis.documents().stream().filter(x -> x.id().endsWith("scripts.html")).findFirst().orElseThrow();
        assertThat(html.text()).doesNotContain("alert").doesNotContain("injected").doesNotContain("color:red")
                .contains("Dock workers in Gdansk");
        Document cyr = analysis.documents().stream().filter(x -> x.id().endsWith("cyrillic-1251.txt")).findFirst().orElseThrow();
        assertThat(cyr.text()).contains("Министр прибыл в Ригу");
        Document inv = analysis.documents().stream().filter(x -> x.id().endsWith("invalid-utf8.txt")).findFirst().orElseThrow();
        assertThat(inv.warnings()).anyMatch(w -> w.contains("invalid UTF-8"));
        assertThat(analysis.documents().size() + analysis.rejected().size()).isEqualTo(analysis.stats().inputs());
    }
}
