package org.crosscheck.store;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.clean.CleanText;
import org.crosscheck.engine.clean.Cleaner;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.ingest.RawArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * Clean text only, no language processing: articles become searchable and listed, with no
 * entities, quotes, stories or claims. For loading large archives quickly, for the store
 * benchmark and for crash tests, which measure and test the store, not the engine.
 */
public final class TextAnalyser implements Analyser {

    private final Cleaner cleaner = Cleaner.standard();

    @Override
    public List<Outcome<Document>> analyse(List<RawArticle> batch) {
        List<Outcome<Document>> out = new ArrayList<>(batch.size());
        for (RawArticle raw : batch) {
            try {
                Outcome<CleanText> c = cleaner.extract(raw);
                switch (c) {
                    case Outcome.Ok<CleanText> ok -> out.add(ok.value().paragraphs().isEmpty()
                            ? Outcome.rejected(raw.origin(), Rejection.Reason.NO_TEXT, "no article text found")
                            : Outcome.ok(Cleaner.assemble(raw, ok.value())));
                    case Outcome.Rejected<CleanText> r -> out.add(new Outcome.Rejected<>(r.rejection()));
                }
            } catch (RuntimeException e) {
                out.add(Outcome.rejected(raw.origin(), Rejection.Reason.FAILED, e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            }
        }
        return out;
    }

    @Override
    public Analysis crossDocument(List<Document> documents) {
        Analysis.Stats stats = new Analysis.Stats(documents.size(), documents.size(), 0, 0, 0, 0, 1);
        return new Analysis(documents, List.of(), EntityIndex.EMPTY, List.of(), List.of(), List.of(), stats);
    }

    @Override
    public String name() {
        return "text only";
    }
}
