package org.crosscheck.engine.time;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Layer;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.entities.KnowledgeBase;
import org.crosscheck.engine.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code time} stage (TIMES layer): finds date and time expressions and normalises them to
 * TimeML values, each with the reference it was resolved against and the evidence. Articles with a
 * publication date are anchored on it; for the others the {@link ReferenceTimeEstimator} bounds the
 * day they speak from, and a value is given only where the evidence leaves one.
 */
public final class TimeStage implements Stage {

    private final TimeTagger tagger;
    private final ReferenceTimeEstimator estimator;

    public TimeStage(TimeConfig config, KnowledgeBase kb, Landmarks landmarks) {
        this.tagger = new TimeTagger(config);
        this.estimator = new ReferenceTimeEstimator(config, kb, landmarks);
    }

    /** With the shipped landmarks and today's date. */
    public static TimeStage standard(KnowledgeBase kb) {
        return new TimeStage(TimeConfig.standard(), kb, Landmarks.standard());
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public Document apply(Document doc) {
        List<Found> found = tagger.find(doc.text(), sentences(doc));
        ReferenceTime ref = reference(doc, found);
        return doc.withTimes(tagger.resolve(found, ref), ref);
    }

    /** The day {@code doc} speaks from, or what the evidence says of it. */
    public ReferenceTime referenceTime(Document doc) {
        if (doc.reference() != null) {
            return doc.reference(); // established when the stage ran
        }
        return reference(doc, tagger.find(doc.text(), sentences(doc)));
    }

    private ReferenceTime reference(Document doc, List<Found> found) {
        if (doc.meta().published() != null) {
            return ReferenceTime.published(doc.meta().published());
        }
        return estimator.estimate(doc, found);
    }

    private static List<Span> sentences(Document doc) {
        List<Span> out = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            out.add(s.span());
        }
        return out;
    }
}
