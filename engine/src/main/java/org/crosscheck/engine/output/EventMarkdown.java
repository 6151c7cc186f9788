package org.crosscheck.engine.output;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.events.Event;
import org.crosscheck.engine.events.StoryEvent;
import org.crosscheck.engine.time.TimeExpression;

import java.util.List;
import java.util.stream.Collectors;

import static org.crosscheck.engine.output.Markdown.escape;

/** The report sections for dates, events and story events (article text is escaped everywhere). */
final class EventMarkdown {

    private EventMarkdown() {
    }

    /** "## Events" and "## Dates and times" of one article. */
    static String article(Document d) {
        StringBuilder sb = new StringBuilder();
        if (!d.events().isEmpty()) {
            sb.append("## Events\n\n");
            for (Event e : d.events()) {
                sb.append("- **").append(escape(e.name() == null ? e.type().replace('_', ' ') : e.name())).append("** (")
                        .append(e.type().replace('_', ' ')).append(")\n");
                sb.append("  - place: ").append(e.place() == null ? "-" : escape(e.place().name()) + " (" + escape(e.place().evidence()) + ")").append('\n');
                sb.append("  - date: ").append(date(e.date())).append('\n');
                sb.append("  - participants: ").append(participants(e.participants())).append('\n');
            }
            sb.append('\n');
        }
        if (!d.times().isEmpty()) {
            sb.append("## Dates and times\n\n| expression | type | value | candidates | conflict |\n|---|---|---|---|---|\n");
            for (TimeExpression t : d.times()) {
                sb.append("| ").append(escape(d.text(t.span()))).append(" | ").append(t.type()).append(" | ")
                        .append(t.value() == null ? "open" : escape(t.value())).append(" | ")
                        .append(escape(String.join(", ", t.candidates()))).append(" | ")
                        .append(t.conflict() == null ? "" : escape(t.conflict())).append(" |\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** "## Events" of the collection: one line per real-world event, with its date reasoning. */
    static String collection(List<StoryEvent> events) {
        if (events.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("## Events\n\n| event | type | date | place | participants | articles |\n|---|---|---|---|---|---|\n");
        for (StoryEvent e : events) {
            sb.append("| ").append(escape(e.name() == null ? "-" : e.name())).append(" | ").append(e.type().replace('_', ' '))
                    .append(" | ").append(e.date().value() == null ? (e.date().candidates().isEmpty() ? "unknown"
                            : "one of " + escape(String.join(", ", e.date().candidates()))) : escape(e.date().value()))
                    .append(" | ").append(e.place() == null ? "-" : escape(e.place().name()))
                    .append(" | ").append(participants(e.participants()))
                    .append(" | ").append(escape(String.join(", ", e.articles()))).append(" |\n");
        }
        sb.append('\n');
        for (StoryEvent e : events) {
            if (!e.date().evidence().isEmpty()) {
                sb.append("- ").append(e.id()).append(" date: ")
                        .append(escape(String.join(" | ", e.date().evidence()))).append('\n');
            }
        }
        sb.append('\n');
        return sb.toString();
    }

    private static String date(Event.EventDate d) {
        if (d.value() != null) {
            return escape(d.value()) + (d.text() == null ? "" : " (\u201c" + escape(d.text()) + "\u201d)");
        }
        if (!d.candidates().isEmpty()) {
            return "open: one of " + escape(String.join(", ", d.candidates()));
        }
        return "-";
    }

    private static String participants(List<Event.Participant> ps) {
        return ps.isEmpty() ? "-" : ps.stream().map(p -> escape(p.name())).collect(Collectors.joining("; "));
    }
}
