package org.crosscheck.store;

import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.analysis.Analyzer;
import org.crosscheck.engine.analysis.Engine;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.ingest.RawArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's full analysis. A batch goes through {@link Analyzer#analyzeRaw(List, List)}, with
 * recent stored articles of the batch's outlets as the boilerplate profile's context; the
 * cross-document layers come from {@link Analyzer#crossDocument} over every stored document.
 */
public final class EngineAnalyser implements Analyser {

    private final Analyzer analyzer;

    public EngineAnalyser(Engine engine) {
        this.analyzer = new Analyzer(engine);
    }

    @Override
    public List<Outcome<Document>> analyse(List<RawArticle> batch) {
        return analyse(batch, List.of());
    }

    @Override
    public boolean wantsContext() {
        return true;
    }

    @Override
    public List<Outcome<Document>> analyse(List<RawArticle> batch, List<RawArticle> context) {
        List<Outcome<RawArticle>> in = new ArrayList<>(batch.size());
        batch.forEach(r -> in.add(Outcome.ok(r)));
        Analysis a = analyzer.analyzeRaw(in, context);
        Map<String, Document> docs = new HashMap<>();
        a.documents().forEach(d -> docs.put(d.id(), d));
        Map<String, Rejection> rejected = new HashMap<>();
        for (Rejection r : a.rejected()) {
            rejected.put(r.origin().toString(), r);
        }
        List<Outcome<Document>> out = new ArrayList<>(batch.size());
        for (RawArticle raw : batch) {
            Document d = docs.get(raw.id());
            if (d != null) {
                out.add(Outcome.ok(d));
            } else {
                Rejection r = rejected.get(raw.origin().toString());
                out.add(r != null ? new Outcome.Rejected<>(r)
                        : Outcome.rejected(raw.origin(), Rejection.Reason.FAILED, "the engine returned no document"));
            }
        }
        return out;
    }

    @Override
    public Analysis crossDocument(List<Document> documents) {
        return analyzer.crossDocument(documents, List.of());
    }

    @Override
    public String name() {
        return "engine";
    }
}
