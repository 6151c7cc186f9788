package org.crosscheck.engine.ingest;

import org.crosscheck.engine.clean.CleanText;
import org.crosscheck.engine.clean.Cleaner;
import org.crosscheck.engine.clean.TextBlock;
import org.crosscheck.engine.doc.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages written in legacy encodings come out as the right text, whichever way the charset is given. */
class HtmlEncodingTest {

    @TempDir
    Path dir;

    static final String RU = "Правительство одобрило программу строительства школ в сельских районах на ближайшие пять лет. "
            + "Первые двенадцать школ откроются уже в следующем учебном году.";
    static final String ZH = "市政府周三宣布，将在明年春季开通连接机场和市中心的新地铁线路。新线路全长二十八公里，共设十二个车站。";

    private String cleanText(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        List<Outcome<RawArticle>> read = Ingestor.standard(IngestConfig.DEFAULT).read(List.of(f));
        RawArticle raw = ((Outcome.Ok<RawArticle>) read.get(0)).value();
        CleanText c = ((Outcome.Ok<CleanText>) Cleaner.standard().extract(raw)).value();
        return c.paragraphs().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
    }

    private static String page(String head, String text) {
        return "<html><head>" + head + "</head><body><div class='article-body'><p>" + text + "</p></div></body></html>";
    }

    @Test
    void windows1251DeclaredInAMetaCharset() throws Exception {
        byte[] b = page("<meta charset=\"windows-1251\">", RU).getBytes(Charset.forName("windows-1251"));
        assertThat(cleanText("ru.html", b)).isEqualTo(RU);
    }

    @Test
    void windows1251WithoutAnyDeclarationIsSniffed() throws Exception {
        byte[] b = page("", RU).getBytes(Charset.forName("windows-1251"));
        assertThat(cleanText("ru-bare.html", b)).isEqualTo(RU);
    }

    @Test
    void gb2312DeclaredInAnHttpEquiv() throws Exception {
        byte[] b = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", ZH)
                .getBytes(Charset.forName("GB2312"));
        assertThat(cleanText("zh.html", b)).isEqualTo(ZH);
    }

    @Test
    void aByteOrderMarkWinsOverAWrongDeclaration() throws Exception {
        byte[] body = page("<meta charset=\"iso-8859-1\">", RU).getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        assertThat(cleanText("bom.html", b)).isEqualTo(RU);
    }

    @Test
    void datesInWordsInSeveralLanguages() {
        assertThat(TextDates.find("31. Mai 2012")).isEqualTo(LocalDate.of(2012, 5, 31));
        assertThat(TextDates.find("Opublikowano 12 marca 2020, 08:15")).isEqualTo(LocalDate.of(2020, 3, 12));
        assertThat(TextDates.find("Updated March 3, 2021")).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(TextDates.find("Stand: 05.02.2020")).isEqualTo(LocalDate.of(2020, 2, 5));
        assertThat(TextDates.find("2019-07-30T13:16:29-04:00")).isEqualTo(LocalDate.of(2019, 7, 30));
        assertThat(TextDates.find("no date here")).isNull();
    }
}
