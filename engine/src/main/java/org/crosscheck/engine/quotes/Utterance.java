package org.crosscheck.engine.quotes;

import java.util.List;

/**
 * One thing one person said, as several articles report it: verbatim, in another translation, as
 * reported speech. Every quote with a speaker belongs to exactly one utterance; most have one version.
 *
 * @param id          stable id within the collection ("U1", ...): most versions first
 * @param speaker     global entity id of the speaker, or null when the quotes name none
 * @param speakerName the speaker's canonical name, or null
 * @param versions    the quotes that report it, the representative one first
 * @param outlets     the outlets (or, when unknown, articles) carrying it, in order of first version
 */
public record Utterance(String id, String speaker, String speakerName, List<Version> versions, List<String> outlets) {

    /**
     * One report of the utterance.
     *
     * @param article    article id
     * @param quote      index into that article's {@code Document.quotes()}
     * @param outlet     the article's outlet, or null
     * @param kind       direct, partial or reported
     * @param text       the words as this article gives them
     * @param similarity 0..1: how close the words are to the representative version's (1 for it)
     * @param evidence   why this version joined ("cosine 0.88, shared words: terrorist, active"), or null
     */
    public record Version(String article, int quote, String outlet, QuoteKind kind, String text, double similarity,
                          String evidence) {

        /** The first shape of this record, kept for callers written against it. */
        public Version(String article, int quote, double similarity) {
            this(article, quote, null, null, null, similarity, null);
        }
    }

    public Utterance {
        versions = List.copyOf(versions);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }

    /** The first shape of this record, kept for callers written against it. */
    public Utterance(String id, String speaker, List<Version> versions) {
        this(id, speaker, null, versions, null);
    }

    /** Whether more than one article carries it. */
    public boolean multiSource() {
        return versions.stream().map(Version::article).distinct().count() > 1;
    }
}
