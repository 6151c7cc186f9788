package org.crosscheck.engine.quotes;

import java.util.List;

/**
 * One thing one person said, as several articles report it (verbatim, in another translation,
 * as reported speech).
 *
 * @param id       stable id within the collection ("U1", ...)
 * @param speaker  global entity id of the speaker, or null when unnamed
 * @param versions the quotes that report it
 */
public record Utterance(String id, String speaker, List<Version> versions) {

    /** One report of the utterance: article, quote index in it, and how close it is to the first version. */
    public record Version(String article, int quote, double similarity) {
    }

    public Utterance {
        versions = List.copyOf(versions);
    }
}
