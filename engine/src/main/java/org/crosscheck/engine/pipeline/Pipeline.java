package org.crosscheck.engine.pipeline;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Layer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of stages, checked when built: each stage's required layers must be provided
 * by the text layer or an earlier stage. Running checks that each stage added what it declared.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public static Pipeline of(List<Stage> stages) {
        EnumSet<Layer> available = EnumSet.of(Layer.TEXT);
        for (Stage s : stages) {
            EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
            for (Layer l : s.requires()) {
                if (!available.contains(l)) {
                    missing.add(l);
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + s.name() + "' needs " + missing
                        + " but the stages before it provide only " + available);
            }
            available.addAll(s.provides());
        }
        return new Pipeline(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The layers a document has after this pipeline. */
    public Set<Layer> provides() {
        EnumSet<Layer> all = EnumSet.of(Layer.TEXT);
        stages.forEach(s -> all.addAll(s.provides()));
        return all;
    }

    public Document run(Document doc) {
        Document d = doc;
        for (Stage s : stages) {
            Document next = s.apply(d);
            if (next == null) {
                throw new IllegalStateException("stage '" + s.name() + "' returned no document for " + doc.id());
            }
            for (Layer l : s.provides()) {
                if (!next.has(l)) {
                    throw new IllegalStateException("stage '" + s.name() + "' declared " + l + " but did not add it");
                }
            }
            d = next;
        }
        return d;
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        stages.forEach(s -> names.add(s.name()));
        return "Pipeline" + names;
    }
}
