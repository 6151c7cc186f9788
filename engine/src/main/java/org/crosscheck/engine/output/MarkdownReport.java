package org.crosscheck.engine.output;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.doc.Role;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.quotes.Quote;
import org.crosscheck.engine.stories.Story;
import org.crosscheck.engine.quotes.Utterance;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.crosscheck.engine.output.Markdown.escape;

/** The human-readable reports {@code analyze} writes beside the JSON: one per article, one for the collection. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String collection(Analysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append("# crosscheck report\n\n");
        Analysis.Stats s = a.stats();
        sb.append(String.format(Locale.ROOT, "%d inputs: %d articles analysed, %d rejected; %d tokens in %.2f s (%d threads).%n%n",
                s.inputs(), s.analysed(), s.rejected(), s.tokens(), s.seconds(), s.threads()));
        sb.append("## Articles\n\n| article | title | outlet | published |\n|---|---|---|---|\n");
        for (Document d : a.documents()) {
            sb.append("| ").append(escape(d.id())).append(" | ").append(escape(orDash(d.titleText())))
                    .append(" | ").append(escape(orDash(d.meta().outlet()))).append(" | ")
                    .append(d.meta().published() == null ? "-" : d.meta().published()).append(" |\n");
        }
        sb.append('\n');
        if (!a.rejected().isEmpty()) {
            sb.append("## Rejected inputs\n\n");
            for (Rejection r : a.rejected()) {
                sb.append("- ").append(escape(r.origin().toString())).append(": **")
                        .append(r.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("**")
                        .append(r.detail() == null ? "" : " (" + escape(r.detail()) + ")").append('\n');
            }
            sb.append('\n');
        }
        stories(a, sb);
        sb.append("## Entities\n\n| entity | type | also called | roles | articles |\n|---|---|---|---|---|\n");
        for (GlobalEntity g : a.entities().entities()) {
            if (!g.named() && g.articles().size() < 2) {
                continue;
            }
            String aliases = g.aliases().stream().map(GlobalEntity.Alias::text)
                    .filter(t -> !t.equalsIgnoreCase(g.name())).limit(8).map(Markdown::escape)
                    .collect(Collectors.joining("; "));
            String roles = g.roles().stream().limit(3)
                    .map(r -> escape(r.title() + (r.affiliation() == null ? "" : " (" + r.affiliation() + ")")))
                    .collect(Collectors.joining("; "));
            sb.append("| ").append(escape(g.name())).append(" | ").append(g.type().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(aliases).append(" | ").append(roles).append(" | ")
                    .append(g.articles().size()).append(" |\n");
        }
        sb.append('\n');
        sb.append(EventMarkdown.collection(a.events()));
        utterances(a, sb);
        sb.append(ClaimsOutput.markdown(a));
        return sb.toString();
    }

    /** A section per story: its articles by outlet and date, copies marked with the article they reprint. */
    static void stories(Analysis a, StringBuilder sb) {
        if (a.stories().isEmpty()) {
            return;
        }
        sb.append("## Stories\n\n");
        java.util.Map<String, Document> byId = new java.util.HashMap<>();
        a.documents().forEach(d -> byId.put(d.id(), d));
        for (Story s : a.stories()) {
            int copies = s.articles().size() - s.sources().size();
            sb.append("### ").append(s.id()).append(": ").append(escape(s.label())).append("\n\n");
            sb.append(s.articles().size()).append(s.articles().size() == 1 ? " article" : " articles");
            if (copies > 0) {
                sb.append(" (").append(s.sources().size()).append(" independent, ").append(copies)
                        .append(copies == 1 ? " reprint" : " reprints").append(")");
            }
            if (!s.dates().isEmpty()) {
                sb.append("; event date ").append(String.join(", ", s.dates()));
            }
            if (!s.places().isEmpty()) {
                sb.append("; places: ").append(s.places().stream().map(Markdown::escape).collect(Collectors.joining(", ")));
            }
            sb.append(".\n\n| article | title | outlet | published | note |\n|---|---|---|---|---|\n");
            for (String id : s.articles()) {
                Document d = byId.get(id);
                String original = s.reprintOf().get(id);
                sb.append("| ").append(escape(id)).append(" | ")
                        .append(escape(orDash(d == null ? null : d.titleText()))).append(" | ")
                        .append(escape(orDash(d == null ? null : d.meta().outlet()))).append(" | ")
                        .append(d == null || d.meta().published() == null ? "-" : d.meta().published()).append(" | ")
                        .append(original == null ? "" : "reprint of " + escape(original)).append(" |\n");
            }
            sb.append('\n');
        }
    }

    /** The statements several articles carry, their versions side by side. */
    private static void utterances(Analysis a, StringBuilder sb) {
        List<Utterance> multi = a.utterances().stream().filter(Utterance::multiSource).toList();
        long quotes = a.documents().stream().mapToLong(d -> d.quotes().size()).sum();
        sb.append("## Utterances\n\n");
        sb.append(String.format(Locale.ROOT, "%d quotes in %d utterances; %d carried by more than one article.%n%n",
                quotes, a.utterances().size(), multi.size()));
        for (Utterance u : multi) {
            sb.append("### ").append(u.id()).append(": ").append(escape(u.speakerName() == null ? "unknown speaker" : u.speakerName()))
                    .append(" (").append(u.outlets().size()).append(" outlets)\n\n");
            sb.append("| outlet | article | kind | words | similarity | why joined |\n|---|---|---|---|---|---|\n");
            for (Utterance.Version v : u.versions()) {
                Document d = a.document(v.article());
                String outlet = v.outlet() != null ? v.outlet() : "-";
                String title = d == null || d.titleText() == null ? v.article() : d.titleText();
                sb.append("| ").append(escape(outlet)).append(" | ").append(escape(oneLine(title))).append(" | ")
                        .append(v.kind() == null ? "-" : v.kind().name().toLowerCase(Locale.ROOT)).append(" | ")
                        .append(escape(oneLine(v.text()))).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f", v.similarity())).append(" | ")
                        .append(v.evidence() == null ? "representative" : escape(v.evidence())).append(" |\n");
            }
            sb.append('\n');
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    public static String article(Document d, EntityIndex index) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(escape(d.titleText() == null ? d.id() : d.titleText())).append("\n\n");
        sb.append("- input: ").append(escape(d.origin().toString())).append('\n');
        sb.append("- outlet: ").append(escape(orDash(d.meta().outlet()))).append('\n');
        sb.append("- published: ").append(d.meta().published() == null ? "-" : d.meta().published()).append('\n');
        sb.append("- url: ").append(escape(orDash(d.meta().url()))).append('\n');
        for (String w : d.warnings()) {
            sb.append("- warning: ").append(escape(w)).append('\n');
        }
        sb.append('\n');
        List<LocalEntity> ents = d.entities();
        if (!ents.isEmpty()) {
            sb.append("## Entities\n\n| entity | type | mentions | roles |\n|---|---|---|---|\n");
            for (LocalEntity e : ents) {
                String roles = e.roles().stream().map(Role::text).map(Markdown::escape).collect(Collectors.joining("; "));
                sb.append("| ").append(escape(e.name())).append(" | ").append(e.type().name().toLowerCase(Locale.ROOT))
                        .append(" | ").append(e.mentions().size()).append(" | ").append(roles).append(" |\n");
            }
            sb.append('\n');
        }
        if (!d.quotes().isEmpty()) {
            sb.append("## Who said what\n\n| speaker | how | said | kind | stance | words |\n|---|---|---|---|---|---|\n");
            for (Quote q : d.quotes()) {
                String speaker = q.speakerLabel() == null ? "unknown speaker" : q.speakerLabel();
                String how = switch (q.via()) {
                    case NAME -> "named";
                    case DESCRIPTION -> "as \u201C" + d.text(q.speakerMention()) + "\u201D";
                    case PRONOUN -> "\u201C" + d.text(q.speakerMention()) + "\u201D";
                    case UNNAMED -> "unnamed";
                    case CONTINUATION -> "continues";
                    case NONE -> "-";
                };
                sb.append("| ").append(escape(speaker)).append(" | ").append(escape(how))
                        .append(String.format(Locale.ROOT, " %.2f", q.confidence())).append(" | ")
                        .append(q.cue() == null ? "-" : escape(d.text(q.cue()))).append(" | ")
                        .append(q.kind().name().toLowerCase(Locale.ROOT)).append(" | ")
                        .append(q.polarity().name().toLowerCase(Locale.ROOT)).append(" | ")
                        .append(escape(oneLine(d.text(q.content())))).append(" |\n");
            }
            sb.append('\n');
        }
        sb.append(EventMarkdown.article(d));
        sb.append("## Text\n\n");
        for (var p : d.paragraphs()) {
            sb.append(escape(d.text(p))).append("\n\n");
        }
        return sb.toString();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
