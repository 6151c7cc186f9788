package org.crosscheck.engine.clean.html;

import org.jsoup.nodes.Element;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an element's names (class, id, itemprop, role) say about it, from the vocabulary in
 * {@code markup-hints.lexicon}. Each class name is split into tokens at hyphens, underscores,
 * digits and lower-to-upper case changes ({@code postMeta__date} gives post, meta, date).
 *
 * <p>A class name is a <em>boilerplate</em> name when one of its tokens is a boilerplate word and it
 * is not a content name whose last token is a content word ({@code post-meta} is boilerplate,
 * {@code entry-content} is content). Names that state a condition rather than a role
 * ({@code has-sidebar}, {@code comments-open}, {@code is-sticky}) are ignored: publishing systems
 * put them on the article itself.
 */
public final class MarkupHints {

    /** The verdict on one element. */
    public enum Verdict { CONTENT, BOILERPLATE, WEAK_BOILERPLATE, COMMENTS, NEUTRAL }

    private final Set<String> boilerplate;
    private final List<String> boilerplatePrefixes;
    private final Set<String> content;
    private final Set<String> layout;
    private final Set<String> weak;
    private final Set<String> comments;
    private final List<String> commentPrefixes;

    private MarkupHints(Map<String, List<String>> sections) {
        this.boilerplate = new HashSet<>();
        this.boilerplatePrefixes = new ArrayList<>();
        split(sections.getOrDefault("boilerplate", List.of()), boilerplate, boilerplatePrefixes);
        this.content = new HashSet<>(sections.getOrDefault("content", List.of()));
        this.layout = new HashSet<>(sections.getOrDefault("layout", List.of()));
        this.weak = new HashSet<>(sections.getOrDefault("weak", List.of()));
        this.boilerplate.addAll(weak);
        this.comments = new HashSet<>();
        this.commentPrefixes = new ArrayList<>();
        split(sections.getOrDefault("comments", List.of()), comments, commentPrefixes);
    }

    private static void split(List<String> words, Set<String> exact, List<String> prefixes) {
        for (String w : words) {
            if (w.endsWith("*")) {
                prefixes.add(w.substring(0, w.length() - 1));
            } else {
                exact.add(w);
            }
        }
    }

    private static final MarkupHints DEFAULT = load();

    public static MarkupHints standard() {
        return DEFAULT;
    }

    private static MarkupHints load() {
        try (InputStream in = MarkupHints.class.getResourceAsStream("markup-hints.lexicon")) {
            if (in == null) {
                throw new IllegalStateException("markup-hints.lexicon missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> sections = new HashMap<>();
            String section = "boilerplate";
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1).strip();
                    continue;
                }
                for (String w : line.split("\\s+")) {
                    sections.computeIfAbsent(section, k -> new ArrayList<>()).add(w.toLowerCase(Locale.ROOT));
                }
            }
            return new MarkupHints(sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Verdict> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The element's verdict from its class names and id (comments first, then boilerplate, then content). */
    public Verdict verdict(Element e) {
        String cls = e.className();
        String id = e.id();
        String itemprop = e.attr("itemprop");
        String role = e.attr("role");
        if (cls.isEmpty() && id.isEmpty() && itemprop.isEmpty() && role.isEmpty()) {
            return Verdict.NEUTRAL;
        }
        String key = cls + '\u0001' + id + '\u0001' + itemprop + '\u0001' + role;
        Verdict v = cache.get(key);
        if (v == null) {
            v = compute(e);
            if (cache.size() > 200_000) {
                cache.clear();
            }
            cache.put(key, v);
        }
        return v;
    }

    private Verdict compute(Element e) {
        boolean isContent = false;
        boolean boiler = false;
        boolean comment = false;
        boolean strong = false;
        String cls = e.className();
        String id = e.id();
        for (String name : names(cls, id)) {
            if (stateName(name)) {
                continue;
            }
            List<String> tokens = tokens(name);
            if (tokens.isEmpty() || hashed(tokens)) {
                continue;
            }
            boolean b = false;
            boolean c = false;
            boolean k = false;
            boolean l = false;
            boolean s = false;
            for (String t : tokens) {
                if (layout.contains(t)) {
                    l = true;
                }
                if (isBoilerplate(t)) {
                    b = true;
                    if (!weak.contains(t)) {
                        s = true;
                    }
                }
                if (isComment(t)) {
                    k = true;
                }
                if (content.contains(t)) {
                    c = true;
                }
            }
            // also the name with its separators removed ("articlebody", "sidebarwidget")
            String joined = String.join("", tokens);
            if (tokens.size() > 1 && content.contains(joined)) {
                c = true;
            }
            String last = tokens.get(tokens.size() - 1);
            if (l && (b || k) && !c) {
                continue; // "fixed-sidebar-layout": the page that has a sidebar
            }
            if (c && content.contains(last) && !(isBoilerplate(last))) {
                isContent = true;
            } else if (k) {
                comment = true;
            } else if (b) {
                boiler = true;
                strong |= s;
            } else if (c) {
                isContent = true;
            }
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
            return Verdict.CONTENT;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
                || role.equals("complementary") || role.equals("search") || role.equals("menu")
                || role.equals("menubar") || role.equals("dialog") || role.equals("alertdialog")) {
            return isContent ? Verdict.CONTENT : Verdict.BOILERPLATE;
        }
        if (comment && !isContent) {
            return Verdict.COMMENTS;
        }
        if (boiler && !isContent) {
            return strong ? Verdict.BOILERPLATE : Verdict.WEAK_BOILERPLATE;
        }
        if (isContent) {
            return Verdict.CONTENT;
        }
        return Verdict.NEUTRAL;
    }

    /** Whether one of the element's names is a content name that says "the article's text". */
    public boolean articleBodyName(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        for (String name : names(e.className(), e.id())) {
            List<String> tokens = tokens(name);
            if (tokens.size() < 2) {
                continue;
            }
            String first = tokens.get(0);
            String last = tokens.get(tokens.size() - 1);
            boolean bodyWord = last.equals("body") || last.equals("content") || last.equals("text")
                    || last.equals("inner") && tokens.size() > 2;
            boolean articleWord = first.equals("article") || first.equals("entry") || first.equals("post")
                    || first.equals("story") || first.equals("blog") || first.equals("single") || first.equals("artikel")
                    || first.equals("news") || first.equals("td") && tokens.contains("post");
            if (bodyWord && articleWord && !tokens.contains("comment") && !tokens.contains("comments")) {
                return true;
            }
        }
        return false;
    }

    private boolean isBoilerplate(String t) {
        if (boilerplate.contains(t)) {
            return true;
        }
        for (String p : boilerplatePrefixes) {
            if (t.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean isComment(String t) {
        if (comments.contains(t)) {
            return true;
        }
        for (String p : commentPrefixes) {
            if (t.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element's class names and id, each without a BEM modifier ({@code l-outer--nav} is an
     * outer box in its navigation variant, {@code section--ads} a section that may carry ads).
     */
    private static List<String> names(String cls, String id) {
        List<String> out = new ArrayList<>();
        for (String c : cls.split("\\s+")) {
            String n = withoutModifier(c);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        String i = withoutModifier(id.strip());
        if (!i.isEmpty()) {
            out.add(i);
        }
        return out;
    }

    private static String withoutModifier(String name) {
        int m = name.indexOf("--");
        return m > 0 ? name.substring(0, m) : name;
    }

    /** Names that state a condition of the element rather than its role. */
    static boolean stateName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("has-") || n.startsWith("has_") || n.startsWith("non-") || n.startsWith("not-") || n.startsWith("is-") || n.startsWith("is_")
                || n.startsWith("no-") || n.startsWith("with-") || n.startsWith("without-")
                || n.endsWith("-open") || n.endsWith("-closed") || n.endsWith("-enabled") || n.endsWith("-disabled")
                || n.endsWith("-active") || n.endsWith("-inactive") || n.startsWith("tag-") || n.startsWith("category-")
                || n.startsWith("format-") || n.startsWith("status-") || n.startsWith("postid-") || n.startsWith("page-template");
    }

    /**
     * A name generated by a tool (CSS-in-JS hashes such as {@code sc-qOiPt} or {@code jpYiwZ}): most
     * of its tokens are one or two letters. Its tokens are chance, not words.
     */
    static boolean hashed(List<String> tokens) {
        int shortOnes = 0;
        for (String t : tokens) {
            if (t.length() <= 2) {
                shortOnes++;
            }
        }
        return shortOnes * 2 > tokens.size();
    }

    /** Lower-case tokens of a name, split at separators, digits and case changes. */
    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                cur.append(Character.toLowerCase(c));
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            prev = c;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
