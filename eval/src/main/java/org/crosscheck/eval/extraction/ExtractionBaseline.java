package org.crosscheck.eval.extraction;

/**
 * A baseline extractor compared side by side in {@code eval extraction --baseline NAME}. Baselines
 * are found with {@link java.util.ServiceLoader}: they live in the optional {@code eval-baselines}
 * module that the Maven profile {@code baselines} adds (see docs/evaluation.md), so the default
 * build needs none of their dependencies.
 */
public interface ExtractionBaseline extends PageExtractor {
}
