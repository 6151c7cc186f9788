package org.crosscheck.engine.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text or Markdown into paragraph units. Each non-empty line is a unit, except that
 * hard-wrapped paragraphs (lines broken at a fixed width) and lines continued in lower case are
 * joined. Markdown markers (headings, quotes, list bullets, emphasis, links) are left out of the
 * text but the offsets still point into the input.
 */
final class LineUnits {

    /** A unit and whether it was a Markdown heading. */
    record Unit(TextBlock block, boolean heading) {
    }

    private static final Pattern MD_PREFIX = Pattern.compile("^(\\s{0,3}(#{1,6})\\s+|\\s{0,3}>\\s?|\\s{0,3}[-*+]\\s+|\\s{0,3}\\d{1,3}[.)]\\s+)");
    private static final Pattern MD_RULE = Pattern.compile("^\\s{0,3}([-*_]\\s*){3,}$");
    private static final Pattern MD_IMAGE_LINE = Pattern.compile("^\\s*!\\[[^\\]]*]\\([^)]*\\)\\s*$");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)\\s]*)(\\s+\"[^\"]*\")?\\)");

    private LineUnits() {
    }

    static List<Unit> split(String src, boolean markdown) {
        List<int[]> lines = lines(src);
        List<Unit> units = new ArrayList<>();
        List<int[]> block = new ArrayList<>();
        boolean inFence = false;
        for (int[] l : lines) {
            String line = src.substring(l[0], l[1]);
            if (markdown && line.strip().startsWith("```")) {
                inFence = !inFence;
                flush(src, block, markdown, units);
                continue;
            }
            if (inFence) {
                continue;
            }
            if (line.isBlank() || (markdown && MD_RULE.matcher(line).matches())) {
                flush(src, block, markdown, units);
            } else if (markdown && MD_IMAGE_LINE.matcher(line).matches()) {
                // an image is markup, not text (as <img> in HTML); its caption line stands alone
                flush(src, block, markdown, units);
            } else {
                block.add(l);
            }
        }
        flush(src, block, markdown, units);
        return units;
    }

    private static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.add(new int[]{start, i});
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new int[]{start, n});
        }
        return out;
    }

    private static void flush(String src, List<int[]> block, boolean markdown, List<Unit> units) {
        if (block.isEmpty()) {
            return;
        }
        boolean wrapped = hardWrapped(src, block);
        TextBlock.Builder cur = null;
        boolean curHeading = false;
        for (int i = 0; i < block.size(); i++) {
            int[] l = block.get(i);
            int s = l[0];
            int e = l[1];
            while (s < e && Character.isWhitespace(src.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(src.charAt(e - 1))) {
                e--;
            }
            boolean heading = false;
            boolean listItem = false;
            if (markdown) {
                Matcher m = MD_PREFIX.matcher(src.substring(s, e));
                if (m.find()) {
                    heading = m.group(2) != null;
                    listItem = !heading && !m.group(1).strip().startsWith(">");
                    s += m.end();
                }
            }
            boolean join = cur != null && !heading && !listItem && !curHeading
                    && (wrapped || startsLower(src, s));
            if (!join) {
                if (cur != null && !cur.isBlank()) {
                    units.add(new Unit(cur.build(), curHeading));
                }
                cur = new TextBlock.Builder();
                curHeading = heading;
            } else {
                cur.write(" ");
            }
            if (markdown) {
                inline(src, s, e, cur);
            } else {
                cur.copy(src, s, e);
            }
        }
        if (cur != null && !cur.isBlank()) {
            units.add(new Unit(cur.build(), curHeading));
        }
        block.clear();
    }

    private static boolean startsLower(String src, int s) {
        return s < src.length() && Character.isLowerCase(src.charAt(s));
    }

    /** Lines broken at a fixed width: several lines, none long, most not ending a sentence. */
    private static boolean hardWrapped(String src, List<int[]> block) {
        if (block.size() < 2) {
            return false;
        }
        int max = 0;
        int open = 0;
        for (int i = 0; i < block.size(); i++) {
            int[] l = block.get(i);
            String line = src.substring(l[0], l[1]).strip();
            max = Math.max(max, line.length());
            if (i < block.size() - 1 && !line.isEmpty() && !endsSentence(line)) {
                open++;
            }
        }
        return max <= 100 && max >= 40 && open * 2 >= block.size() - 1;
    }

    static boolean endsSentence(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        if (c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == '\u00BB') {
            t = t.substring(0, t.length() - 1).strip();
            if (t.isEmpty()) {
                return false;
            }
            c = t.charAt(t.length() - 1);
        }
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == ';';
    }

    /** Copies a Markdown line without emphasis markers and with links reduced to their text. */
    private static void inline(String src, int s, int e, TextBlock.Builder out) {
        String line = src.substring(s, e);
        Matcher m = MD_LINK.matcher(line);
        int pos = 0;
        while (m.find()) {
            copyWithoutEmphasis(src, s + pos, s + m.start(), out);
            copyWithoutEmphasis(src, s + m.start(1), s + m.end(1), out);
            pos = m.end();
        }
        copyWithoutEmphasis(src, s + pos, e, out);
    }

    private static void copyWithoutEmphasis(String src, int s, int e, TextBlock.Builder out) {
        int run = s;
        for (int i = s; i < e; i++) {
            char c = src.charAt(i);
            boolean marker = c == '*' || c == '`'
                    || (c == '_' && (i + 1 < e && src.charAt(i + 1) == '_' || i > s && src.charAt(i - 1) == '_'));
            if (marker) {
                out.copy(src, run, i);
                run = i + 1;
            }
        }
        out.copy(src, run, e);
    }
}
