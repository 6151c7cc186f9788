package org.crosscheck.eval.quotes;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import org.crosscheck.engine.doc.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The baseline: Stanford CoreNLP's quote attribution ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote},
 * default English models) on the raw article text. Each quote CoreNLP finds is one attribution with its
 * speaker mention; the mentions of the coreference chain of its canonical speaker are the speaker's
 * referents, as our entity's mentions are ours. CoreNLP finds no cues and no reported speech.
 */
final class CoreNlpQuoteBaseline {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    CoreNlpQuoteBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("ner.useSUTime", "false");
        pipeline = new StanfordCoreNLP(p);
    }

    List<AttributionScorer.Predicted> predict(String text) {
        CoreDocument doc = new CoreDocument(text);
        // the quote annotator prints its search for speakers to standard error, token by token
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            pipeline.annotate(doc);
        } finally {
            System.setErr(err);
        }
        List<AttributionScorer.Predicted> out = new ArrayList<>();
        if (doc.quotes() == null) {
            return out;
        }
        for (CoreQuote q : doc.quotes()) {
            Pair<Integer, Integer> off = q.quoteCharOffsets();
            Span content = new Span(off.first(), Math.max(off.first(), off.second()));
            Span source = span(q.speakerCharOffsets());
            List<Span> referents = new ArrayList<>();
            Span canonical = span(q.canonicalSpeakerCharOffsets());
            if (canonical != null) {
                referents.add(canonical);
                referents.addAll(chainOf(doc, canonical));
            }
            out.add(new AttributionScorer.Predicted(List.of(content), null, source, referents, true));
        }
        return out;
    }

    private static Span span(Optional<Pair<Integer, Integer>> p) {
        if (p == null || p.isEmpty() || p.get().first() == null || p.get().second() == null
                || p.get().second() < p.get().first()) {
            return null;
        }
        return new Span(p.get().first(), p.get().second());
    }

    /** The character spans of every mention in the coreference chain that holds {@code mention}. */
    private static List<Span> chainOf(CoreDocument doc, Span mention) {
        List<Span> out = new ArrayList<>();
        if (doc.corefChains() == null) {
            return out;
        }
        for (CorefChain chain : doc.corefChains().values()) {
            List<Span> spans = new ArrayList<>();
            boolean holds = false;
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                Span s = charSpan(doc, m);
                if (s == null) {
                    continue;
                }
                spans.add(s);
                if (s.overlaps(mention)) {
                    holds = true;
                }
            }
            if (holds) {
                out.addAll(spans);
            }
        }
        return out;
    }

    private static Span charSpan(CoreDocument doc, CorefChain.CorefMention m) {
        if (m.sentNum < 1 || m.sentNum > doc.sentences().size()) {
            return null;
        }
        CoreSentence s = doc.sentences().get(m.sentNum - 1);
        List<CoreLabel> toks = s.tokens();
        if (m.startIndex < 1 || m.endIndex - 1 > toks.size() || m.endIndex <= m.startIndex) {
            return null;
        }
        return new Span(toks.get(m.startIndex - 1).beginPosition(), toks.get(m.endIndex - 2).endPosition());
    }
}
