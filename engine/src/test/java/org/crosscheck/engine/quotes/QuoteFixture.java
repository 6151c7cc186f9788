package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.entities.EntityStage;
import org.crosscheck.engine.entities.KnowledgeBase;
import org.crosscheck.engine.nlp.NerStage;
import org.crosscheck.engine.nlp.TokenizeStage;
import org.crosscheck.engine.nlp.corenlp.CoreNlpNameGender;
import org.crosscheck.engine.nlp.corenlp.CoreNlpNer;
import org.crosscheck.engine.nlp.corenlp.CoreNlpSegmenter;
import org.crosscheck.engine.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;

/** The pipeline up to quotes, loaded once for all quote tests, and helpers to build articles. */
final class QuoteFixture {

    private static Pipeline pipeline;

    private QuoteFixture() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            KnowledgeBase kb = KnowledgeBase.standard();
            pipeline = Pipeline.of(new TokenizeStage(new CoreNlpSegmenter()), new NerStage(CoreNlpNer.standard()),
                    new EntityStage(kb),
                    new QuoteStage(CueLexicon.standard(), CoreNlpNameGender.standard(), kb.titles()::isHead));
        }
        return pipeline;
    }

    /** An article of paragraphs (the first may be a title when {@code title} is true). */
    static Document article(String id, String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder();
        Span titleSpan = null;
        if (title != null) {
            sb.append(title);
            titleSpan = new Span(0, title.length());
            sb.append("\n\n");
        }
        List<Span> paras = new ArrayList<>();
        for (String p : paragraphs) {
            if (!paras.isEmpty()) {
                sb.append("\n\n");
            }
            paras.add(new Span(sb.length(), sb.length() + p.length()));
            sb.append(p);
        }
        Document raw = Document.of(id, Origin.of(id), ArticleMeta.EMPTY, sb.toString(), titleSpan, paras, null, List.of());
        return pipeline().run(raw);
    }

    static Document paragraphs(String... paragraphs) {
        return article("test", null, paragraphs);
    }

    /** The quote whose content contains {@code words}, preferring the shortest. */
    static Quote quoteWith(Document d, String words) {
        Quote best = null;
        for (Quote q : d.quotes()) {
            if (d.text(q.content()).contains(words) && (best == null || q.content().length() < best.content().length())) {
                best = q;
            }
        }
        if (best == null) {
            throw new AssertionError("no quote contains '" + words + "'; quotes: " + describe(d));
        }
        return best;
    }

    static String speakerText(Document d, Quote q) {
        return q.speakerMention() == null ? null : d.text(q.speakerMention());
    }

    static String cueText(Document d, Quote q) {
        return q.cue() == null ? null : d.text(q.cue());
    }

    static String describe(Document d) {
        StringBuilder sb = new StringBuilder();
        for (Quote q : d.quotes()) {
            sb.append("\n  ").append(q.kind()).append(' ').append(q.polarity()).append(" [")
                    .append(cueText(d, q)).append("] ").append(speakerText(d, q)).append(" -> ")
                    .append(q.speakerLabel()).append(" (").append(q.via()).append(' ').append(q.confidence())
                    .append("): ").append(d.text(q.content()));
        }
        return sb.toString();
    }
}
