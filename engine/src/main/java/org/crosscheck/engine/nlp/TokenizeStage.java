package org.crosscheck.engine.nlp;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Layer;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.doc.TokenSpan;
import org.crosscheck.engine.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tokens and sentences for the title and every paragraph. The title's sentences get paragraph
 * index -1.
 */
public final class TokenizeStage implements Stage {

    private final Segmenter segmenter;

    public TokenizeStage(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public String name() {
        return "tokenize";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Document apply(Document doc) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        if (doc.title() != null) {
            add(doc, doc.title(), -1, tokens, sentences);
        }
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            add(doc, doc.paragraphs().get(p), p, tokens, sentences);
        }
        return doc.withTokensAndSentences(tokens, sentences);
    }

    private void add(Document doc, Span region, int paragraph, List<Token> tokens, List<Sentence> sentences) {
        for (List<Token> sent : segmenter.segment(doc.text(), region)) {
            if (sent.isEmpty()) {
                continue;
            }
            int first = tokens.size();
            tokens.addAll(sent);
            Span span = new Span(sent.get(0).start(), sent.get(sent.size() - 1).end());
            sentences.add(new Sentence(span, new TokenSpan(first, tokens.size()), paragraph));
        }
    }
}
