package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The attribution cues ({@code quotes/cues.tsv}): reporting verbs and phrases in every form the text
 * may use, each with its polarity class and the frames it takes; the dismissal words that make "called
 * X baseless" a denial ({@code quotes/dismissals.txt}); and the head nouns of unnamed sources
 * ({@code quotes/source-nouns.txt}). The file formats are documented in the files themselves.
 */
public final class CueLexicon {

    /** What may follow a cue (see {@code cues.tsv}). */
    public enum Frame {
        QUOTE, INV, THAT, THAT_EXPLICIT, OBJ, TO, OF, NP, AS, WHETHER, PREP, SOURCE
    }

    /** One lexicon entry. */
    public record Cue(String lemma, CuePolarity polarity, Set<Frame> frames) {

        public boolean has(Frame f) {
            return frames.contains(f);
        }

        /** Whether the cue can carry reported speech (a clause or phrase without quotation marks). */
        public boolean reports() {
            for (Frame f : frames) {
                if (f != Frame.QUOTE && f != Frame.INV) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A cue found at token indices [first, end). */
    public record Match(Cue cue, int first, int end) {
    }

    private record Form(String[] words, Cue cue) {
    }

    private final Map<String, List<Form>> byFirstWord;
    private final List<String[]> dismissals;
    private final Set<String> sourceNouns;

    private CueLexicon(Map<String, List<Form>> byFirstWord, List<String[]> dismissals, Set<String> sourceNouns) {
        this.byFirstWord = byFirstWord;
        this.dismissals = dismissals;
        this.sourceNouns = sourceNouns;
    }

    private static volatile CueLexicon standard;

    /** The shipped lexicon (loaded once). */
    public static CueLexicon standard() {
        CueLexicon c = standard;
        if (c == null) {
            synchronized (CueLexicon.class) {
                c = standard;
                if (c == null) {
                    c = new CueLexicon(readCues(lines("cues.tsv")), readPhrases(lines("dismissals.txt")),
                            new HashSet<>(strip(lines("source-nouns.txt"))));
                    standard = c;
                }
            }
        }
        return c;
    }

    private static List<String> lines(String name) {
        try (InputStream in = CueLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("quotes/" + name + " missing from the classpath");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strip(List<String> lines) {
        return lines.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    }

    static Map<String, List<Form>> readCues(List<String> lines) {
        Map<String, List<Form>> map = new HashMap<>();
        int no = 0;
        for (String line : lines) {
            no++;
            String[] f = line.split("\t");
            if (f.length < 4) {
                throw new IllegalStateException("quotes/cues.tsv entry " + no + " needs 4 tab-separated columns: " + line);
            }
            CuePolarity pol;
            try {
                pol = CuePolarity.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("quotes/cues.tsv entry " + no + ": unknown class '" + f[1] + "'", e);
            }
            EnumSet<Frame> frames = EnumSet.noneOf(Frame.class);
            for (String fr : f[3].strip().split("\\s+")) {
                frames.add(switch (fr) {
                    case "quote" -> Frame.QUOTE;
                    case "inv" -> Frame.INV;
                    case "that" -> Frame.THAT;
                    case "that!" -> Frame.THAT_EXPLICIT;
                    case "obj" -> Frame.OBJ;
                    case "to" -> Frame.TO;
                    case "of" -> Frame.OF;
                    case "np" -> Frame.NP;
                    case "as" -> Frame.AS;
                    case "whether" -> Frame.WHETHER;
                    case "prep" -> Frame.PREP;
                    case "source" -> Frame.SOURCE;
                    default -> throw new IllegalStateException("quotes/cues.tsv entry " + no + ": unknown frame '" + fr + "'");
                });
            }
            Cue cue = new Cue(f[0].strip(), pol, Set.copyOf(frames));
            for (String form : f[2].split("\\|")) {
                String[] words = form.strip().toLowerCase(Locale.ROOT).split("\\s+");
                map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Form(words, cue));
            }
        }
        for (List<Form> l : map.values()) {
            l.sort(Comparator.comparingInt((Form x) -> -x.words().length));
        }
        return map;
    }

    private static List<String[]> readPhrases(List<String> lines) {
        List<String[]> out = new ArrayList<>();
        for (String l : strip(lines)) {
            out.add(l.split("\\s+"));
        }
        out.sort(Comparator.comparingInt((String[] x) -> -x.length));
        return out;
    }

    /** The lower-case, straight-apostrophe form of a token that all lookups use. */
    public static String lower(Token t) {
        String n = t.norm();
        boolean plain = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isUpperCase(c) || c == '\u2019') {
                plain = false;
                break;
            }
        }
        return plain ? n : n.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** The longest cue starting at token {@code i}, not reaching past {@code limit}, or null. */
    public Match at(String[] lower, int i, int limit) {
        List<Form> forms = byFirstWord.get(lower[i]);
        if (forms == null) {
            return null;
        }
        for (Form f : forms) {
            int n = f.words().length;
            if (i + n > limit) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = f.words()[k].equals(lower[i + k]);
            }
            if (ok) {
                return new Match(f.cue(), i, i + n);
            }
        }
        return null;
    }

    /** The number of tokens of a dismissal ("baseless", "completely baseless") starting at {@code i}, or 0. */
    public int dismissalAt(String[] lower, int i, int limit) {
        for (String[] d : dismissals) {
            if (i + d.length > limit) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < d.length && ok; k++) {
                ok = d[k].equals(lower[i + k]);
            }
            if (ok) {
                return d.length;
            }
        }
        return 0;
    }

    /** Whether a lower-case word can head the description of an unnamed source ("officials", "a poll"). */
    public boolean isSourceNoun(String lowerWord) {
        return sourceNouns.contains(lowerWord);
    }

    /** Every cue form, for documentation and tests. */
    public int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }
}
