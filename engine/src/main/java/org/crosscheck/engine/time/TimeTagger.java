package org.crosscheck.engine.time;

import org.crosscheck.engine.doc.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the time expressions of a text and anchors them: the grammar (regular expressions over
 * the text) and the resolver together, without the document model. The {@code time} stage adds
 * the article-level evidence for articles without a publication date; evaluation on TimeML data
 * calls this directly with the document creation time.
 */
public final class TimeTagger {

    private final TimeConfig config;
    private final TimexGrammar grammar = TimexGrammar.standard();
    private final TimexResolver resolver;

    public TimeTagger(TimeConfig config) {
        this.config = config;
        this.resolver = new TimexResolver(config.today());
    }

    public TimeConfig config() {
        return config;
    }

    /** Expressions in {@code text} anchored on {@code published} (null: unknown). Sentences may be empty. */
    public List<TimeExpression> tag(String text, List<Span> sentences, LocalDate published) {
        ReferenceTime ref = published != null ? ReferenceTime.published(published)
                : ReferenceTime.unknown(config.today(), config.windowYears());
        return tag(text, sentences, ref);
    }

    public List<TimeExpression> tag(String text, List<Span> sentences, ReferenceTime ref) {
        return resolver.resolve(grammar.find(text, sentences), ref);
    }

    List<Found> find(String text, List<Span> sentences) {
        return grammar.find(text, sentences);
    }

    List<TimeExpression> resolve(List<Found> found, ReferenceTime ref) {
        return resolver.resolve(found, ref);
    }
}
