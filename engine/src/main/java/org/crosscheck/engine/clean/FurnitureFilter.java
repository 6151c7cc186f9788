package org.crosscheck.engine.clean;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.ingest.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which paragraph units of one article are its own text, from what the article alone
 * shows. The rules are about shape, position and repetition, not about particular phrases:
 *
 * <ul>
 *   <li><b>repetition</b>: a unit whose normalised text appeared earlier (a headline repeated at
 *       the end, a teaser paragraph repeated in the body) is kept once, at its first place; a
 *       teaser cut off with an ellipsis is dropped when the full paragraph follows;</li>
 *   <li><b>leading zone</b> (before the first body-like paragraph): the headline-shaped unit is
 *       the title; short interface lines, credits, bylines and bare dates are furniture (bylines and
 *       dates feed the page metadata);</li>
 *   <li><b>trailing zone</b> (after the last body-like paragraph): short lines without sentence
 *       punctuation (source names, comment prompts, share labels) and paragraphs where the
 *       publisher talks about itself (disclaimers) are furniture;</li>
 *   <li><b>anywhere</b>: picture credits ("label: source"), and short lines made mostly of
 *       interface words ("Advertisement", "Read more", "Share this").</li>
 * </ul>
 */
public final class FurnitureFilter {

    /** A unit with what the extractor knows about its markup. */
    public record Candidate(TextBlock block, boolean heading, boolean linkHeavy) {
        public Candidate(TextBlock block) {
            this(block, false, false);
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    private static final Pattern CREDIT = Pattern.compile(
            "^[(\\[]?\\s*((?:file\\s+)?(?:photo|image|picture|pic|illustration|video|graphic|caption|credit|source|foto)s?"
                    + "(?:\\s+(?:credit|courtesy|by|source))?)\\s*[:|/\u2013\u2014-]\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            ".*\\((?:photo|image|picture|file photo)[^)]{0,60}\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|written by|words by|reporting by|von|par)\\s+(\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]+|and|&|de|van|von|al|bin|el))*)"
                    + "\\s*(?:[,|\u2013\u2014-].{0,60})?$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(?:published|updated|posted|last updated|first published)(?:\\s+on)?\\s*:?\\s*)?(.{6,40}?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ELLIPSIS_END = Pattern.compile("(\\.\\.\\.|\u2026)\\s*$");

    private final FurnitureLexicon lexicon;

    public FurnitureFilter(FurnitureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static FurnitureFilter standard() {
        return new FurnitureFilter(FurnitureLexicon.standard());
    }

    /**
     * @param units     the article's units in reading order
     * @param knownTitle the title metadata gives, or null
     */
    public CleanText filter(List<Candidate> units, String knownTitle) {
        int n = units.size();
        Shape[] shapes = new Shape[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = shape(units.get(i).block().text());
        }
        String[] reason = new String[n];
        List<String> authors = new ArrayList<>();
        LocalDate[] pageDate = new LocalDate[1];
        String[] pageDateRaw = new String[1];

        // Repetition inside the article: keep the first occurrence.
        Map<String, Integer> seen = new HashMap<>();
        String titleKey = knownTitle == null ? null : normalise(knownTitle);
        for (int i = 0; i < n; i++) {
            String key = normalise(units.get(i).block().text());
            if (key.isEmpty()) {
                reason[i] = "empty";
                continue;
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                reason[i] = "repeats an earlier line";
            }
        }
        containedRepeats(units, shapes, reason);
        for (int i = 0; i < n; i++) {
            if (reason[i] != null) {
                continue;
            }
            String text = units.get(i).block().text();
            Matcher m = ELLIPSIS_END.matcher(text);
            if (m.find() && shapes[i].words >= 5) {
                String prefix = normalise(text.substring(0, m.start()));
                for (int j = i + 1; j < n; j++) {
                    if (reason[j] == null && normalise(units.get(j).block().text()).startsWith(prefix)) {
                        reason[i] = "teaser repeated in full below";
                        break;
                    }
                }
            }
        }

        // Credits and interface lines anywhere.
        for (int i = 0; i < n; i++) {
            if (reason[i] != null) {
                continue;
            }
            String text = units.get(i).block().text();
            Shape s = shapes[i];
            if (s.words <= 12 && (CREDIT.matcher(text).matches() || (s.words <= 8 && CREDIT_TAIL.matcher(text).matches()))) {
                reason[i] = "picture or source credit";
            } else if (s.words > 0 && s.words <= 6 && !s.sentence && s.interfaceShare >= 0.5) {
                reason[i] = "interface text";
            } else if (units.get(i).linkHeavy() && !s.sentence && s.words <= 12) {
                reason[i] = "link list";
            }
        }

        // Leading zone: title, bylines, dates, interface lines.
        int firstBody = -1;
        for (int i = 0; i < n; i++) {
            if (reason[i] == null && shapes[i].bodyLike() && !shapes[i].notice()
                    && !(firstBody < 0 && titleCaseHeadline(shapes[i], units.get(i).block().text()) && i + 1 < n)) {
                firstBody = i;
                break;
            }
        }
        int lastBody = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (reason[i] == null && shapes[i].bodyLike() && !shapes[i].notice()) {
                lastBody = i;
                break;
            }
        }
        int title = -1;
        if (titleKey != null) {
            for (int i = 0; i < n; i++) {
                if (normalise(units.get(i).block().text()).equals(titleKey)) {
                    if (title < 0 && reason[i] == null) {
                        title = i;
                    } else if (reason[i] == null) {
                        reason[i] = "repeats the title";
                    }
                }
            }
        }
        int leadEnd = firstBody < 0 ? n : firstBody;
        for (int i = 0; i < leadEnd; i++) {
            if (reason[i] != null || i == title) {
                continue;
            }
            String text = units.get(i).block().text();
            Shape s = shapes[i];
            Matcher by = BYLINE.matcher(text);
            if (s.words <= 10 && by.matches()) {
                reason[i] = "byline";
                authors.add(by.group(1).strip());
                continue;
            }
            Matcher dl = DATE_LINE.matcher(text);
            if (s.words <= 8 && dl.matches()) {
                LocalDate d = Dates.parse(dl.group(1).replaceAll("(?i)\\s+(at|\\|)\\s+.*$", ""));
                if (d != null) {
                    reason[i] = "date line";
                    if (pageDate[0] == null) {
                        pageDate[0] = d;
                        pageDateRaw[0] = text;
                    }
                    continue;
                }
            }
            if (knownTitle == null && i == bestHeadline(units, shapes, reason, leadEnd, firstBody)) {
                title = i;
                continue;
            }
            if (s.words <= 5 && !s.sentence) {
                reason[i] = "navigation or label before the article";
            } else if (s.metaShare >= 0.3 && s.metaHits >= 3) {
                reason[i] = "publisher notice";
            }
        }
        // A title found by shape must not be the only thing before the body unless the body follows.
        if (title >= 0 && knownTitle == null && firstBody < 0 && n == 1) {
            title = -1;
        }

        // Trailing zone: walk back from the end while units look like furniture.
        for (int i = n - 1; i > lastBody && i >= 0; i--) {
            if (reason[i] != null || i == title) {
                continue;
            }
            Shape s = shapes[i];
            if (s.metaShare >= 0.25 && s.metaHits >= 3) {
                reason[i] = "publisher notice after the article";
            } else if (!s.sentence && s.words <= 8) {
                reason[i] = "label after the article";
            } else if (s.interfaceShare >= 0.3) {
                reason[i] = "interface text after the article";
            }
        }
        // Publisher notices hiding just after a trailing label: "Source Name" then a disclaimer.
        for (int i = Math.max(0, lastBody + 1); i < n; i++) {
            if (reason[i] == null && shapes[i].metaShare >= 0.25 && shapes[i].metaHits >= 3) {
                reason[i] = "publisher notice after the article";
            }
        }

        TextBlock titleBlock = title >= 0 ? units.get(title).block() : null;
        List<TextBlock> kept = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TextBlock b = units.get(i).block();
            if (i == title) {
                continue;
            }
            if (reason[i] == null) {
                kept.add(b);
            } else if (!"empty".equals(reason[i])) {
                removed.add(new Removed(b.text(), b.sourceStart(), reason[i]));
            }
        }
        Map<String, String> prov = new HashMap<>();
        if (!authors.isEmpty()) {
            prov.put("authors", "text:byline");
        }
        if (pageDate[0] != null) {
            prov.put("published", "text:dateline");
        }
        if (titleBlock != null && knownTitle == null) {
            prov.put("title", "text:first-line");
        }
        ArticleMeta pageMeta = new ArticleMeta(null, null, pageDate[0], pageDateRaw[0],
                titleBlock == null ? null : titleBlock.text(), authors, null, prov);
        return new CleanText(titleBlock, kept, removed, pageMeta);
    }

    /**
     * The unit of the leading zone that reads most like a headline: headline-shaped, more words (up to
     * a point), capitalised words, few interface words, close to the body. -1 when none qualifies.
     */
    private int bestHeadline(List<Candidate> units, Shape[] shapes, String[] reason, int leadEnd, int firstBody) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < leadEnd; i++) {
            if (reason[i] != null || !headlineShaped(shapes[i], units.get(i))) {
                continue;
            }
            Shape s = shapes[i];
            double score = Math.min(s.words, 15) + 4 * capitalShare(units.get(i).block().text()) - 12 * s.interfaceShare
                    + (units.get(i).heading() ? 5 : 0) + (firstBody >= 0 && i == firstBody - 1 ? 2 : 0)
                    - (s.words < 3 && !(firstBody >= 0 && i == firstBody - 1) ? 100 : 0);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static double capitalShare(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int caps = 0;
        while (m.find()) {
            words++;
            if (Character.isUpperCase(m.group().charAt(0))) {
                caps++;
            }
        }
        return words == 0 ? 0 : (double) caps / words;
    }

    private static boolean headlineShaped(Shape s, Candidate c) {
        if (c.heading()) {
            return s.words >= 1 && s.words <= 40;
        }
        String text = c.block().text();
        boolean shortTitleCase = s.words == 2 && capitalShare(text) == 1.0;
        return (s.words >= 3 || shortTitleCase) && s.words <= 30 && s.interfaceShare < 0.5
                && (!s.endsWithPeriod || titleCaseHeadline(s, text));
    }

    /** Most words capitalised, headline length: a headline even if it ends with a full stop. */
    private static boolean titleCaseHeadline(Shape s, String text) {
        return s.words >= 3 && s.words <= 30 && capitalShare(text) >= 0.6;
    }

    /**
     * A paragraph repeated inside a longer one ("ERBIL - The council agreed ..." then "The council agreed
     * ..."): the shorter copy goes, whichever comes first. Only paragraphs of a dozen words or more, so
     * short phrases that recur naturally are never touched.
     */
    private static void containedRepeats(List<Candidate> units, Shape[] shapes, String[] reason) {
        int n = units.size();
        if (n > 400) {
            return; // exact repeats are still caught; containment is quadratic
        }
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = shapes[i].words >= 12 && reason[i] == null ? normalise(units.get(i).block().text()) : null;
        }
        for (int i = 0; i < n; i++) {
            if (keys[i] == null || reason[i] != null) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (j == i || keys[j] == null || reason[j] != null || keys[j].length() <= keys[i].length()) {
                    continue;
                }
                if (keys[j].contains(keys[i])) {
                    reason[i] = j > i ? "teaser repeated in full below" : "repeats part of an earlier paragraph";
                    break;
                }
            }
        }
    }

    /** Lower case, letters and digits only, single spaces: what "the same line" means. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    /** What the rules look at in one unit. */
    record Shape(int words, boolean sentence, boolean endsWithPeriod, double interfaceShare, double metaShare,
                 int metaHits) {
        boolean bodyLike() {
            return (words >= 8 && sentence) || words >= 25;
        }

        /** The publisher talking about itself: disclaimers, syndication and translation notices. */
        boolean notice() {
            return metaShare >= 0.3 && metaHits >= 3;
        }
    }

    Shape shape(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int iface = 0;
        int meta = 0;
        Set<String> metaSeen = new HashSet<>();
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.endsWith(".")) {
                w = w.substring(0, w.length() - 1);
            }
            words++;
            if (lexicon.isInterface(w)) {
                iface++;
            }
            if (lexicon.isMeta(w)) {
                meta++;
                metaSeen.add(w);
            }
        }
        if (text.contains("\u00A9")) {
            iface++;
        }
        boolean sentence = LineUnits.endsSentence(text);
        String t = text.strip();
        boolean period = t.endsWith(".") && !t.endsWith("...");
        int content = Math.max(1, contentWords(text));
        return new Shape(words, sentence, period, words == 0 ? 0 : (double) iface / words,
                (double) meta / content, meta);
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "on", "in", "to", "and", "or",
            "but", "is", "are", "was", "were", "be", "it", "its", "this", "that", "these", "those", "we", "our", "not",
            "all", "for", "from", "by", "with", "as", "at", "no", "do", "does", "has", "have", "through");

    private static int contentWords(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            if (!FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }
}
