package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Span;

import java.util.List;

/**
 * A proposition across the collection: every report of it (article x span, in whatever wording), who
 * holds it, who disputes it, and how many independent outlets carry it.
 *
 * @param id                 stable id within the collection ("C1", ...), most widely carried first
 * @param proposition        a short normalised statement: the core clause of its most typical report,
 *                           without the attribution
 * @param stories            ids of the stories its reports belong to (empty when stories are unknown)
 * @param reports            every report of it, in collection order
 * @param holders            who asserts, backs or disputes it, one entry per holder and stance
 * @param sources            the independent sources that carry it (reprints, relayed and same-outlet
 *                           articles folded into one)
 * @param singleSource       whether exactly one independent source carries it
 * @param confidence         0..1: how sure the grouping of its reports is
 */
public record Claim(String id, String proposition, List<String> stories, List<Report> reports, List<Holder> holders,
                    List<Source> sources, boolean singleSource, double confidence) {

    /**
     * One article's report of the claim.
     *
     * @param article     article id
     * @param span        the supporting words (the quoted content, the reported clause, the sentence)
     * @param sentence    the sentence that holds them (the first, when the words run over several)
     * @param text        the core clause this report states (normalised: no attribution, no quote marks)
     * @param holder      holder id: a global entity id, {@code outlet:NAME} for the article's own voice,
     *                    or {@code speaker:LABEL} for a speaker known only by a description
     * @param holderName  a readable name of the holder
     * @param stance      what the holder does with the claim
     * @param voice       how the words are reported
     * @param cue         the attribution or stance words ("said", "denied", "called ... baseless"), or null
     * @param target      for a dispute or support: the words naming what is disputed, or null
     * @param source      the independent source this report counts under (outlet, agency relayed, ...)
     * @param credited    the other outlet the article credits for this report ("according to the Daily"), or null
     * @param onBehalfOf  the organisation a spokesperson speaks for, when the article credits the
     *                    organisation and quotes its spokesperson, or null
     * @param confidence  0..1: attribution confidence times how close the report is to the claim
     */
    public record Report(String article, Span span, Span sentence, String text, String holder, String holderName,
                         Stance stance, Voice voice, String cue, String target, String source, String credited,
                         String onBehalfOf, double confidence) {
    }

    /**
     * One holder's stance on the claim.
     *
     * @param id       holder id (as in {@link Report#holder()})
     * @param name     readable name
     * @param stance   assert, support or dispute
     * @param articles the articles where the holder takes that stance
     */
    public record Holder(String id, String name, Stance stance, List<String> articles) {

        public Holder {
            articles = List.copyOf(articles);
        }
    }

    /**
     * One independent source.
     *
     * @param name     the outlet (or agency) counted, or the article id when its outlet is unknown
     * @param articles the articles counted under it
     * @param via      how articles were folded into it ("reprint", "relayed", "same outlet"), empty when one article
     */
    public record Source(String name, List<String> articles, List<String> via) {

        public Source {
            articles = List.copyOf(articles);
            via = List.copyOf(via);
        }
    }

    public Claim {
        stories = List.copyOf(stories);
        reports = List.copyOf(reports);
        holders = List.copyOf(holders);
        sources = List.copyOf(sources);
    }

    /** Number of independent sources carrying the claim. */
    public int independentSources() {
        return sources.size();
    }

    /** Holders with the given stance. */
    public List<Holder> holders(Stance stance) {
        return holders.stream().filter(h -> h.stance() == stance).toList();
    }
}
