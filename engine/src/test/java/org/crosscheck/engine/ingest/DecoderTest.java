package org.crosscheck.engine.ingest;

import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DecoderTest {

    private static final Origin O = Origin.of("test");

    private static Decoder.Decoded ok(Outcome<Decoder.Decoded> o) {
        assertThat(o).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<Decoder.Decoded>) o).value();
    }

    private static Rejection rejected(Outcome<Decoder.Decoded> o) {
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<Decoder.Decoded>) o).rejection();
    }

    @Test
    void utf8WithAndWithoutBom() {
        String s = "Grüße aus Košice — “quoted”";
        assertThat(ok(Decoder.decode(s.getBytes(StandardCharsets.UTF_8), O, null)).text()).isEqualTo(s);
        byte[] bom = new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = s.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertThat(ok(Decoder.decode(all, O, null)).text()).isEqualTo(s);
    }

    @Test
    void windows1251CyrillicIsDetected() {
        String s = "Министр иностранных дел заявил в пятницу, что переговоры продолжатся в следующем месяце. "
                + "По его словам, стороны согласовали большую часть текста соглашения о торговле и транзите.";
        Decoder.Decoded d = ok(Decoder.decode(s.getBytes(Charset.forName("windows-1251")), O, null));
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.charset()).isEqualToIgnoringCase("windows-1251");
    }

    @Test
    void aDeclaredCharsetIsUsedWhenTheBytesFit() {
        String s = "Zażółć gęślą jaźń, powiedział minister.";
        Decoder.Decoded d = ok(Decoder.decode(s.getBytes(Charset.forName("ISO-8859-2")), O, "iso-8859-2"));
        assertThat(d.text()).isEqualTo(s);
    }

    @Test
    void afewInvalidUtf8BytesAreReplacedWithAWarning() {
        byte[] good = "The minister said the talks would resume next week in the capital, after the holiday. ".repeat(5)
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3;
        bad[good.length + 1] = (byte) 0x28;
        Decoder.Decoded d = ok(Decoder.decode(bad, O, null));
        assertThat(d.warnings()).anyMatch(w -> w.contains("invalid UTF-8"));
    }

    @Test
    void emptyBlankAndBinaryInputsAreRejectedWithTheirReason() {
        assertThat(rejected(Decoder.decode(new byte[0], O, null)).reason()).isEqualTo(Rejection.Reason.EMPTY);
        assertThat(rejected(Decoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8), O, null)).reason())
                .isEqualTo(Rejection.Reason.EMPTY);
        byte[] bin = new byte[64];
        for (int i = 0; i < bin.length; i++) {
            bin[i] = (byte) (i * 7);
        }
        assertThat(rejected(Decoder.decode(bin, O, null)).reason()).isEqualTo(Rejection.Reason.BINARY);
    }
}
