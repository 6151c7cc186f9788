package org.crosscheck.engine.pipeline;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Layer;

import java.util.Set;

/**
 * One per-article step: a pure function from document to document. A stage declares the layers
 * it needs and the layers it adds, so a {@link Pipeline} can check the order when it is built.
 * Stages are thread-safe and load their models once, in their constructor.
 */
public interface Stage {

    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    Document apply(Document doc);
}
