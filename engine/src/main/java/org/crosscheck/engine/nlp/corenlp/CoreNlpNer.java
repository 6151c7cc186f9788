package org.crosscheck.engine.nlp.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.nlp.NerBackend;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's CRF tagger with the CoNLL four-class model (PER, ORG, LOC, MISC), used
 * directly: no POS tagger, lemmatiser, SUTime or fine-grained annotators, which this model does
 * not need. Tokens go through {@code classifySentence}, which runs the model's own feature
 * preprocessing (on pre-tokenised lists {@code classify} skips it and loses 30 F1 points).
 * The model loads once; classification is thread-safe.
 */
public final class CoreNlpNer implements NerBackend {

    public static final String DEFAULT_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final CRFClassifier<CoreLabel> crf;
    private final String model;

    public CoreNlpNer(String model) {
        this.model = model;
        try {
            Properties props = new Properties();
            this.crf = CRFClassifier.getClassifier(model, props);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the NER model " + model + ": " + e.getMessage(), e);
        }
    }

    public static CoreNlpNer standard() {
        return new CoreNlpNer(DEFAULT_MODEL);
    }

    /** Context kept on each side of a run of capitalised tokens when tagging by windows. */
    static final int MARGIN = 2;

    @Override
    public List<EntityType> tag(List<Token> sentence) {
        int n = sentence.size();
        List<EntityType> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labels.add(null);
        }
        // Names are written with capitals (or digits inside them). Tag only windows around such
        // tokens, with some context: most of a sentence's tokens never reach the CRF.
        boolean[] cap = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            cap[i] = capitalised(sentence.get(i).word());
            any |= cap[i];
        }
        if (!any) {
            return labels;
        }
        int i = 0;
        while (i < n) {
            if (!cap[i]) {
                i++;
                continue;
            }
            int start = Math.max(0, i - MARGIN);
            int j = i;
            // extend while another capitalised token starts within reach of this window
            while (true) {
                int k = j + 1;
                while (k < n && !cap[k] && k - j <= 2 * MARGIN) {
                    k++;
                }
                if (k < n && cap[k] && k - j <= 2 * MARGIN) {
                    j = k;
                } else {
                    break;
                }
            }
            int end = Math.min(n, j + 1 + MARGIN);
            List<EntityType> part = tagAll(sentence.subList(start, end));
            for (int k = i; k <= j; k++) {
                labels.set(k, part.get(k - start));
            }
            i = j + 1;
        }
        return labels;
    }

    private static boolean capitalised(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The CRF over all the given tokens. */
    List<EntityType> tagAll(List<Token> sentence) {
        List<CoreLabel> in = new ArrayList<>(sentence.size());
        for (Token t : sentence) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.norm());
            l.setValue(t.norm());
            l.setOriginalText(t.word());
            in.add(l);
        }
        List<CoreLabel> out = crf.classifySentence(in);
        List<EntityType> labels = new ArrayList<>(out.size());
        for (CoreLabel l : out) {
            labels.add(label(l.get(CoreAnnotations.AnswerAnnotation.class)));
        }
        return labels;
    }

    static EntityType label(String answer) {
        if (answer == null || answer.equals("O") || answer.isEmpty()) {
            return null;
        }
        String a = answer.startsWith("B-") || answer.startsWith("I-") || answer.startsWith("S-")
                || answer.startsWith("E-") ? answer.substring(2) : answer;
        try {
            return EntityType.fromLabel(a);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String describe() {
        return "Stanford CoreNLP CRF " + model.substring(model.lastIndexOf('/') + 1);
    }
}
