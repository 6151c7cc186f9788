package org.crosscheck.engine.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.nlp.Segmenter;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens and sentences from CoreNLP's PTB tokenizer and sentence splitter. Hyphenated words stay
 * whole ("Al-Qaeda", as in CoNLL data) and characters are not escaped, so each token's text is
 * exactly its span; the model-facing form ({@link Token#norm()}) has quotes and dashes unified.
 */
public final class CoreNlpSegmenter implements Segmenter {

    private static final String OPTIONS = String.join(",",
            "invertible=false", "tokenizeNLs=false", "ptb3Escaping=false", "normalizeParentheses=false",
            "normalizeOtherBrackets=false", "splitHyphenated=false", "splitForwardSlash=false",
            "untokenizable=noneKeep", "quotes=original", "ellipses=original", "dashes=original");

    private final TokenizerFactory<CoreLabel> factory = PTBTokenizer.factory(new CoreLabelTokenFactory(), OPTIONS);
    private final WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();

    @Override
    public List<List<Token>> segment(String text, Span region) {
        String part = region.in(text);
        List<CoreLabel> labels = factory.getTokenizer(new StringReader(part)).tokenize();
        List<List<CoreLabel>> sentences = splitter.process(labels);
        List<List<Token>> out = new ArrayList<>(sentences.size());
        for (List<CoreLabel> s : sentences) {
            List<Token> toks = new ArrayList<>(s.size());
            for (CoreLabel l : s) {
                int b = l.beginPosition();
                int e = l.endPosition();
                if (b < 0 || e <= b || e > part.length()) {
                    continue;
                }
                String word = part.substring(b, e);
                toks.add(new Token(new Span(region.start() + b, region.start() + e), word, norm(word)));
            }
            if (!toks.isEmpty()) {
                out.add(toks);
            }
        }
        return out;
    }

    /** The form the models were trained on: straight quotes, ASCII dashes. */
    static String norm(String w) {
        boolean plain = true;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) > 0x7F) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return w;
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> sb.append('"');
                case '\u2018', '\u2019', '\u201A', '\u2032' -> sb.append('\'');
                case '\u2013', '\u2014', '\u2212' -> sb.append('-');
                case '\u2026' -> sb.append("...");
                case '\u00A0' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
