package org.crosscheck.engine.nlp;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.Layer;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.MentionKind;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Named-entity mentions from a {@link NerBackend}: runs of tokens with the same label. */
public final class NerStage implements Stage {

    private final NerBackend backend;

    public NerStage(NerBackend backend) {
        this.backend = backend;
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Document apply(Document doc) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = doc.tokens(s);
            List<EntityType> labels = backend.tag(toks);
            mentions.addAll(runs(doc.text(), toks, labels));
        }
        return doc.withMentions(mentions);
    }

    /** Consecutive tokens with one label make one mention. */
    public static List<Mention> runs(String text, List<Token> toks, List<EntityType> labels) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            EntityType t = labels.get(i);
            if (t == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && labels.get(j) == t) {
                j++;
            }
            Span span = new Span(toks.get(i).start(), toks.get(j - 1).end());
            out.add(new Mention(span, span.in(text), t, MentionKind.NAME, "ner", -1));
            i = j;
        }
        return out;
    }
}
