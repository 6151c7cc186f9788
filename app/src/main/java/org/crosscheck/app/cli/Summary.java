package org.crosscheck.app.cli;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.entities.GlobalEntity;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/** The readable summary {@code analyze} and {@code demo} print on the terminal. */
final class Summary {

    private Summary() {
    }

    static void print(Analysis a, PrintWriter o) {
        Analysis.Stats s = a.stats();
        o.printf(Locale.ROOT, "%d inputs: %d articles analysed, %d rejected (%d tokens, %.2f s, models loaded in %.2f s, %d threads)%n",
                s.inputs(), s.analysed(), s.rejected(), s.tokens(), s.seconds(), s.loadSeconds(), s.threads());
        for (Rejection r : a.rejected()) {
            o.println("  rejected " + r);
        }
        o.println();
        o.println("Articles:");
        for (Document d : a.documents()) {
            o.printf(Locale.ROOT, "  %-40s %s%n", clip(d.id(), 40), clip(d.titleText() == null ? "(no title)" : d.titleText(), 70));
        }
        if (!a.stories().isEmpty()) {
            o.println();
            o.println("Stories:");
            a.stories().forEach(st -> o.printf(Locale.ROOT, "  %-4s %-50s %d article(s)%n", st.id(), clip(st.label(), 50), st.articles().size()));
        }
        o.println();
        o.println("People and organisations (most mentioned):");
        a.entities().entities().stream()
                .filter(g -> g.named() && (g.type().name().equals("PERSON") || g.type().name().equals("ORGANIZATION")))
                .limit(12)
                .forEach(g -> o.printf(Locale.ROOT, "  %-30s %-13s %2d article(s)  %s%n", clip(g.name(), 30),
                        g.type().name().toLowerCase(Locale.ROOT), g.articles().size(), roles(g)));
        o.flush();
    }

    private static String roles(GlobalEntity g) {
        return g.roles().stream().limit(2)
                .map(r -> r.title() + (r.affiliation() == null ? "" : " (" + r.affiliation() + ")"))
                .collect(Collectors.joining("; "));
    }

    static String clip(String s, int n) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() <= n ? t : t.substring(0, n - 1) + "\u2026";
    }
}
