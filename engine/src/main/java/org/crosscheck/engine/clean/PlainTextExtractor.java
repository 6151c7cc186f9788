package org.crosscheck.engine.clean;

import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection.Reason;
import org.crosscheck.engine.ingest.Format;
import org.crosscheck.engine.ingest.RawArticle;

import java.util.List;

/** Plain text and Markdown: split into paragraph units, then the {@link FurnitureFilter}. */
public final class PlainTextExtractor implements ContentExtractor {

    private final FurnitureFilter filter;

    public PlainTextExtractor(FurnitureFilter filter) {
        this.filter = filter;
    }

    @Override
    public Outcome<CleanText> extract(RawArticle raw) {
        boolean markdown = raw.format() == Format.MARKDOWN;
        List<FurnitureFilter.Candidate> units = LineUnits.split(raw.content(), markdown).stream()
                .map(u -> new FurnitureFilter.Candidate(u.block(), u.heading(), false))
                .toList();
        CleanText clean = filter.filter(units, raw.meta().title());
        if (clean.paragraphs().isEmpty()) {
            return Outcome.rejected(raw.origin(), Reason.NO_TEXT,
                    "nothing left after removing " + clean.removed().size() + " furniture line(s)");
        }
        return Outcome.ok(clean);
    }
}
