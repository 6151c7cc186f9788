package org.crosscheck.engine.claims;

import java.util.List;

/**
 * A proposition and who holds it, who disputes it, and how many independent outlets carry it.
 *
 * @param id          stable id within the collection ("K1", ...)
 * @param proposition a short normalised statement
 * @param story       story id, or null
 * @param reports     article x span reports of it
 * @param holders     global entity ids (or outlet names) asserting it
 * @param disputers   global entity ids disputing it
 * @param outlets     independent outlets carrying it (reprints counted once)
 * @param singleSource whether only one independent outlet carries it
 */
public record Claim(String id, String proposition, String story, List<Report> reports, List<String> holders,
                    List<String> disputers, List<String> outlets, boolean singleSource) {

    /** One article's report of the claim. */
    public record Report(String article, int start, int end, String stance, String holder) {
    }

    public Claim {
        reports = List.copyOf(reports);
        holders = List.copyOf(holders);
        disputers = List.copyOf(disputers);
        outlets = List.copyOf(outlets);
    }
}
