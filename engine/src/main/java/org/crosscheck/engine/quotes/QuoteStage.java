package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Layer;
import org.crosscheck.engine.nlp.NameGender;
import org.crosscheck.engine.pipeline.Stage;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who said what in one article: every attributed statement with its content, cue, kind, polarity
 * class and speaker.
 * <ul>
 *   <li><b>direct</b> quotes in any quotation marks, also over several paragraphs, split by their
 *       attribution ("“…,” he said. “…”"), or continuing the previous speaker's quote with no
 *       attribution of their own; quotes inside quotes belong to the outer speaker;</li>
 *   <li><b>partial</b> quotes: a few quoted words inside the reporter's sentence, attributed through
 *       that sentence's cue ("called the concerns “completely baseless”");</li>
 *   <li><b>reported</b> speech: "X said (that) …", "X told Y that …", "according to X, …",
 *       "…, officials said.", "X accused/denied/urged/called on …", participles ("…, saying that …")
 *       and coordinations ("… and called on …") sharing their clause's speaker, and "Name: …" headlines.</li>
 * </ul>
 * Speakers are found next to the cue (before it, or after it when inverted), through appositions and
 * relative clauses ("A resident, who asked not to be named, added"); pronouns go to the previous
 * speaker or the most salient fitting person in the sentences before; descriptions use the entity
 * the entities layer linked them to; an unnamed source stays an unnamed speaker. Cues and their
 * classes come from {@link CueLexicon}.
 */
public final class QuoteStage implements Stage {

    private final CueLexicon cues;
    private final NameGender genders;
    private final Predicate<String> titleHead;

    /**
     * @param cues      the cue lexicon
     * @param genders   given-name genders for matching "he"/"she"
     * @param titleHead whether a lower-case word can end a title or role ("minister", "expert")
     */
    public QuoteStage(CueLexicon cues, NameGender genders, Predicate<String> titleHead) {
        this.cues = cues;
        this.genders = genders;
        this.titleHead = titleHead;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Document apply(Document doc) {
        List<Quote> quotes = new Attributor(doc, cues, genders, titleHead).run();
        return doc.withQuotes(quotes);
    }
}
