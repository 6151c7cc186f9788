package org.crosscheck.engine.nlp;

import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.Token;

import java.util.List;

/**
 * A named-entity tagger: one label per token. The only place that knows a particular NER library
 * is its adapter; everything else sees this interface.
 */
public interface NerBackend {

    /** One label per token: an {@link EntityType} or null for "outside". Thread-safe. */
    List<EntityType> tag(List<Token> sentence);

    /** A short description for reports ("CoreNLP CRF english.conll.4class.distsim"). */
    String describe();
}
