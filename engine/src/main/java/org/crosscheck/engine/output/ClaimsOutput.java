package org.crosscheck.engine.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.claims.Claim;
import org.crosscheck.engine.claims.ClaimMatrix;
import org.crosscheck.engine.claims.Stance;
import org.crosscheck.engine.doc.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.crosscheck.engine.output.Markdown.escape;

/**
 * The claims part of the collection outputs: the {@code claims} and {@code claim_matrices} sections of
 * {@code collection.json} (documented in {@code docs/schema.md}) and the "Claims" section of
 * {@code report.md} (each story's claims x outlets matrix, then who asserts and who disputes).
 */
public final class ClaimsOutput {

    /** Rows shown per story in the Markdown matrix; the JSON has them all. */
    static final int MARKDOWN_ROWS = 15;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ClaimsOutput() {
    }

    public static ArrayNode claims(Analysis a) {
        Map<String, Document> docs = byId(a);
        ArrayNode arr = F.arrayNode();
        for (Claim c : a.claims()) {
            arr.add(claim(c, docs));
        }
        return arr;
    }

    public static ObjectNode claim(Claim c, Map<String, Document> docs) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.put("proposition", c.proposition());
        ArrayNode st = o.putArray("stories");
        c.stories().forEach(st::add);
        o.put("independent_sources", c.independentSources());
        o.put("single_source", c.singleSource());
        o.put("confidence", round(c.confidence()));
        ArrayNode src = o.putArray("sources");
        for (Claim.Source s : c.sources()) {
            ObjectNode so = F.objectNode();
            so.put("name", s.name());
            ArrayNode arts = so.putArray("articles");
            s.articles().forEach(arts::add);
            ArrayNode via = so.putArray("via");
            s.via().forEach(via::add);
            src.add(so);
        }
        ArrayNode hs = o.putArray("holders");
        for (Claim.Holder h : c.holders()) {
            ObjectNode ho = F.objectNode();
            ho.put("id", h.id());
            ho.put("name", h.name());
            ho.put("stance", h.stance().label());
            ArrayNode arts = ho.putArray("articles");
            h.articles().forEach(arts::add);
            hs.add(ho);
        }
        ArrayNode rs = o.putArray("reports");
        for (Claim.Report r : c.reports()) {
            ObjectNode ro = F.objectNode();
            ro.put("article", r.article());
            ro.put("start", r.span().start());
            ro.put("end", r.span().end());
            Document d = docs.get(r.article());
            ro.put("words", d == null ? null : d.text(r.span()));
            ro.put("sentence_start", r.sentence().start());
            ro.put("sentence_end", r.sentence().end());
            ro.put("text", r.text());
            ro.put("holder", r.holder());
            ro.put("holder_name", r.holderName());
            ro.put("stance", r.stance().label());
            ro.put("voice", r.voice().label());
            ro.put("cue", r.cue());
            ro.put("target", r.target());
            ro.put("source", r.source());
            ro.put("credited", r.credited());
            ro.put("on_behalf_of", r.onBehalfOf());
            ro.put("confidence", round(r.confidence()));
            rs.add(ro);
        }
        return o;
    }

    public static ArrayNode matrices(Analysis a) {
        ArrayNode arr = F.arrayNode();
        for (ClaimMatrix m : ClaimMatrix.of(a.stories(), a.claims(), a.documents())) {
            ObjectNode mo = F.objectNode();
            mo.put("story", m.story());
            mo.put("label", m.label());
            ArrayNode cols = mo.putArray("outlets");
            for (ClaimMatrix.Outlet ol : m.outlets()) {
                ObjectNode oo = F.objectNode();
                oo.put("name", ol.name());
                ArrayNode arts = oo.putArray("articles");
                ol.articles().forEach(arts::add);
                oo.put("counts_as", ol.source());
                cols.add(oo);
            }
            ArrayNode rows = mo.putArray("rows");
            for (ClaimMatrix.Row r : m.rows()) {
                ObjectNode ro = F.objectNode();
                ro.put("claim", r.claim());
                ro.put("proposition", r.proposition());
                ro.put("independent_sources", r.independentSources());
                ro.put("single_source", r.singleSource());
                ArrayNode cells = ro.putArray("cells");
                r.cells().forEach(cl -> cells.add(cl.label()));
                rows.add(ro);
            }
            arr.add(mo);
        }
        return arr;
    }

    /** The Markdown section: per story, the claims x outlets matrix, then holders and disputers of each claim shown. */
    public static String markdown(Analysis a) {
        if (a.claims().isEmpty()) {
            return "";
        }
        Map<String, Claim> byId = new HashMap<>();
        a.claims().forEach(c -> byId.put(c.id(), c));
        StringBuilder sb = new StringBuilder("## Claims\n\n");
        sb.append("A = asserted, D = disputed, A/D = both, R = reported only (relayed from another outlet, or only"
                + " named as what a denial targets), - = absent. Sources counts independent outlets (reprints, agency"
                + " copies and relayed reports count once).\n\n");
        for (ClaimMatrix m : ClaimMatrix.of(a.stories(), a.claims(), a.documents())) {
            if (m.rows().isEmpty()) {
                continue;
            }
            sb.append("### ").append(m.story() == null ? "" : escape(m.story()) + ": ").append(escape(m.label())).append("\n\n");
            sb.append("| claim | sources |");
            for (ClaimMatrix.Outlet o : m.outlets()) {
                sb.append(' ').append(escape(o.name()));
                if (o.source() != null) {
                    sb.append(" (as ").append(escape(o.source())).append(')');
                }
                sb.append(" |");
            }
            sb.append("\n|---|---|").append("---|".repeat(m.outlets().size())).append('\n');
            List<ClaimMatrix.Row> shown = m.rows().stream().limit(MARKDOWN_ROWS).toList();
            for (ClaimMatrix.Row r : shown) {
                sb.append("| ").append(escape(r.claim())).append(": ").append(escape(shorten(r.proposition(), 110)))
                        .append(" | ").append(r.independentSources()).append(r.singleSource() ? " (single)" : "").append(" |");
                for (ClaimMatrix.Cell cl : r.cells()) {
                    sb.append(' ').append(symbol(cl)).append(" |");
                }
                sb.append('\n');
            }
            if (m.rows().size() > shown.size()) {
                sb.append("\n").append(m.rows().size() - shown.size()).append(" more claims in collection.json.\n");
            }
            sb.append('\n');
            for (ClaimMatrix.Row r : shown) {
                Claim c = byId.get(r.claim());
                List<Claim.Holder> dis = c.holders(Stance.DISPUTE);
                if (dis.isEmpty() && c.holders().size() <= 1) {
                    continue;
                }
                sb.append("- ").append(escape(c.id())).append(": asserted by ").append(names(c, Stance.ASSERT, Stance.SUPPORT))
                        .append("; disputed by ").append(names(c, Stance.DISPUTE)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String names(Claim c, Stance... stances) {
        List<Stance> want = List.of(stances);
        String s = c.holders().stream().filter(h -> want.contains(h.stance()))
                .map(h -> escape(h.name()) + " (" + h.articles().size() + " article" + (h.articles().size() == 1 ? "" : "s") + ")")
                .collect(Collectors.joining(", "));
        return s.isEmpty() ? "nobody named" : s;
    }

    private static String symbol(ClaimMatrix.Cell c) {
        return switch (c) {
            case ASSERTED -> "A";
            case DISPUTED -> "D";
            case CONTESTED -> "A/D";
            case REPORTED -> "R";
            case ABSENT -> "-";
        };
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "\u2026";
    }

    private static Map<String, Document> byId(Analysis a) {
        Map<String, Document> m = new HashMap<>();
        a.documents().forEach(d -> m.put(d.id(), d));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
