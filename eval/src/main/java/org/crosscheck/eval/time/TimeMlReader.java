package org.crosscheck.eval.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads gold time expressions from two formats: TimeML ({@code .tml}: TimeBank, AQUAINT, TempEval-3;
 * inline {@code <TIMEX3>} in {@code <TEXT>}, creation time in {@code <DCT>}) and CAT XML (MEANTIME:
 * tokens, and {@code <TIMEX3>} markables anchored to token ids; the creation time is the TIMEX3
 * whose {@code functionInDocument} is CREATION_TIME).
 */
final class TimeMlReader {

    /** One gold expression: characters {@code [start, end)} of the document text. */
    record Timex(int start, int end, String type, String value) {
    }

    /** A document: its text, creation time (null when absent) and gold expressions. */
    record Doc(String name, String text, LocalDate dct, List<Timex> timexes, List<int[]> ignored) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>");
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_:]+)\\s*=\\s*\"([^\"]*)\"");

    private TimeMlReader() {
    }

    static Doc read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        if (xml.contains("<token ") && xml.contains("t_id=")) {
            return readCat(name, xml);
        }
        return readTimeMl(name, xml);
    }

    static Map<String, String> attributes(String s) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTR.matcher(s);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Doc readTimeMl(String name, String xml) {
        LocalDate dct = null;
        int dctAt = xml.indexOf("<DCT>");
        if (dctAt >= 0) {
            Matcher m = TAG.matcher(xml);
            m.region(dctAt, xml.length());
            while (m.find()) {
                if (m.group(2).equals("TIMEX3") && m.group(1).isEmpty()) {
                    dct = date(attributes(m.group(3)).get("value"));
                    break;
                }
            }
        }
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(name + ": no <TEXT> element");
        }
        String body = xml.substring(from + "<TEXT>".length(), to);
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        int open = -1;
        Map<String, String> openAttrs = null;
        while (m.find()) {
            text.append(unescape(body.substring(last, m.start())));
            last = m.end();
            if (!m.group(2).equals("TIMEX3")) {
                continue;
            }
            if (m.group(1).isEmpty() && m.group(4).isEmpty()) {
                open = text.length();
                openAttrs = attributes(m.group(3));
            } else if (!m.group(1).isEmpty() && open >= 0) {
                timexes.add(new Timex(open, text.length(), openAttrs.get("type"), openAttrs.get("value")));
                open = -1;
            }
        }
        text.append(unescape(body.substring(last)));
        return new Doc(name, text.toString(), dct, timexes, List.of());
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static final Pattern TOKEN = Pattern.compile("<token\\s+([^>]*)>([^<]*)</token>");
    private static final Pattern CAT_TIMEX = Pattern.compile("<TIMEX3\\s+([^>]*?)(/?)>(.*?)(?:</TIMEX3>|(?=<TIMEX3|</Markables>))", Pattern.DOTALL);
    private static final Pattern ANCHOR = Pattern.compile("<token_anchor\\s+t_id=\"(\\d+)\"");

    /** How many leading sentences of a MEANTIME document carry annotations. */
    static final int ANNOTATED_SENTENCES = 6;

    /** MEANTIME: tokens joined with spaces (none before closing punctuation), sentences on lines. */
    static Doc readCat(String name, String xml) {
        StringBuilder text = new StringBuilder();
        Map<String, int[]> spans = new HashMap<>();
        Matcher t = TOKEN.matcher(xml);
        String sentence = null;
        int annotatedEnd = -1;
        while (t.find()) {
            Map<String, String> a = attributes(t.group(1));
            String word = unescape(t.group(2));
            String s = a.get("sentence");
            if (sentence != null && !sentence.equals(s)) {
                text.append('\n');
            } else if (!text.isEmpty() && !word.matches("[,.;:!?)%]|'s|n't|'re|'ve|'ll|'d|'m|''")
                    && text.charAt(text.length() - 1) != '(' && text.charAt(text.length() - 1) != '$') {
                text.append(' ');
            }
            sentence = s;
            if (annotatedEnd < 0 && s != null && s.matches("\\d+") && Integer.parseInt(s) >= ANNOTATED_SENTENCES) {
                annotatedEnd = text.length();
            }
            int st = text.length();
            text.append(word);
            spans.put(a.get("t_id"), new int[]{st, text.length()});
        }
        LocalDate dct = null;
        List<Timex> timexes = new ArrayList<>();
        List<int[]> ignored = new ArrayList<>();
        Matcher x = CAT_TIMEX.matcher(xml);
        while (x.find()) {
            Map<String, String> a = attributes(x.group(1));
            int s = Integer.MAX_VALUE;
            int e = -1;
            Matcher an = ANCHOR.matcher(x.group(2).isEmpty() ? x.group(3) : "");
            while (an.find()) {
                int[] sp = spans.get(an.group(1));
                if (sp != null) {
                    s = Math.min(s, sp[0]);
                    e = Math.max(e, sp[1]);
                }
            }
            if ("CREATION_TIME".equals(a.get("functionInDocument"))) {
                dct = date(a.get("value"));
                if (e > s) {
                    ignored.add(new int[]{s, e});
                }
                continue;
            }
            if (e > s) {
                timexes.add(new Timex(s, e, a.get("type"), a.get("value")));
            }
        }
        timexes.sort((p, q) -> Integer.compare(p.start(), q.start()));
        // MEANTIME annotates the first six sentences (title, date line and four more) only: score those
        if (annotatedEnd >= 0) {
            ignored.add(new int[]{annotatedEnd, text.length()});
        }
        return new Doc(name, text.toString(), dct, timexes, ignored);
    }
}
