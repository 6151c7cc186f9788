package org.crosscheck.engine.ingest;

import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection.Reason;
import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes to text. Order: a byte-order mark; a charset the container declared (HTTP header,
 * {@code <meta charset>}) when the bytes decode cleanly in it; strict UTF-8; then Mozilla's
 * universal charset detector (juniversalchardet). Text that is almost all valid UTF-8 is kept
 * with its few bad sequences replaced and a warning; bytes that are not text are refused.
 */
public final class Decoder {

    /** A decoded text, the charset used and what the reader should know. */
    public record Decoded(String text, String charset, List<String> warnings) {
    }

    private static final int SNIFF = 8192;

    private Decoder() {
    }

    public static Outcome<Decoded> decode(byte[] bytes, Origin origin, String declaredCharset) {
        if (bytes.length == 0) {
            return Outcome.rejected(origin, Reason.EMPTY, "0 bytes");
        }
        List<String> warnings = new ArrayList<>();
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            String text = new String(bytes, skip, bytes.length - skip, bom);
            return checkText(text, bom.name(), warnings, origin);
        }
        if (looksBinary(bytes)) {
            return Outcome.rejected(origin, Reason.BINARY, "contains NUL or control bytes");
        }
        if (declaredCharset != null) {
            Charset declared = charset(declaredCharset);
            if (declared != null) {
                String strict = strictDecode(bytes, declared);
                if (strict != null) {
                    return checkText(strict, declared.name(), warnings, origin);
                }
                warnings.add("declared charset " + declaredCharset + " does not fit the bytes; detected instead");
            } else {
                warnings.add("unknown declared charset " + declaredCharset + "; detected instead");
            }
        }
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checkText(utf8, "UTF-8", warnings, origin);
        }
        int invalid = countInvalidUtf8(bytes);
        String detected = detect(bytes);
        // A few stray high bytes in ASCII, or in text with valid multibyte UTF-8, is damaged UTF-8,
        // not a legacy charset: keep UTF-8 and say how many sequences were replaced.
        boolean few = invalid <= 4 || invalid * 200 < bytes.length;
        boolean mostlyUtf8 = few && (hasMultibyteUtf8(bytes) || !looksLikeLegacyLetters(bytes));
        if (!mostlyUtf8 && detected != null && !detected.equalsIgnoreCase("UTF-8")) {
            Charset cs = charset(detected);
            if (cs != null) {
                warnings.add("charset " + cs.name() + " detected");
                return checkText(new String(bytes, cs), cs.name(), warnings, origin);
            }
        }
        if (invalid * 20 < bytes.length) {
            warnings.add(invalid + " invalid UTF-8 byte sequence" + (invalid == 1 ? "" : "s") + " replaced");
            return checkText(new String(bytes, StandardCharsets.UTF_8), "UTF-8", warnings, origin);
        }
        return Outcome.rejected(origin, Reason.UNDECODABLE,
                invalid + " invalid UTF-8 sequences and no charset detected");
    }

    private static Outcome<Decoded> checkText(String text, String charset, List<String> warnings, Origin origin) {
        if (text.isBlank()) {
            return Outcome.rejected(origin, Reason.EMPTY, "only whitespace");
        }
        int control = 0;
        int n = Math.min(text.length(), SNIFF * 4);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control * 50 > n) {
            return Outcome.rejected(origin, Reason.BINARY, control + " control characters in the first " + n);
        }
        return Outcome.ok(new Decoded(text, charset, warnings));
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return control * 20 > n;
    }

    private static String strictDecode(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(bytes));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int countInvalidUtf8(byte[] b) {
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int need;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
            } else {
                invalid++;
                i++;
                continue;
            }
            int j = 1;
            while (j <= need && i + j < b.length && (b[i + j] & 0xC0) == 0x80) {
                j++;
            }
            if (j <= need) {
                invalid++;
                i += j;
            } else {
                i += need + 1;
            }
        }
        return invalid;
    }

    /**
     * Whether the high bytes read as letters of a single-byte Western charset inside words ("Caf\u00e9"
     * written in Latin-1): then the text is in that charset, not damaged UTF-8.
     */
    private static boolean looksLikeLegacyLetters(byte[] b) {
        int high = 0;
        int inWords = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                continue;
            }
            high++;
            char ch = new String(new byte[]{b[i]}, java.nio.charset.Charset.forName("windows-1252")).charAt(0);
            boolean letterBefore = i > 0 && Character.isLetter((char) (b[i - 1] & 0x7F)) && (b[i - 1] & 0x80) == 0;
            boolean letterAfter = i + 1 < b.length && (b[i + 1] & 0x80) == 0 && Character.isLetter((char) b[i + 1]);
            if (Character.isLetter(ch) && (letterBefore || letterAfter)) {
                inWords++;
            }
        }
        return high > 0 && inWords * 2 >= high;
    }

    private static boolean hasMultibyteUtf8(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0xC2 && c <= 0xF4 && (b[i + 1] & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    private static String detect(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        d.dataEnd();
        return d.getDetectedCharset();
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
