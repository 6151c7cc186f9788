package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Document;
import org.junit.jupiter.api.Test;

class DebugQuotesTest {
    @Test
    void show() {
        Document d = QuoteFixture.paragraphs(System.getProperty("para", "The meeting also featured insights from Mark Olsen, a researcher affiliated with Norway's Ministry of Trade, who highlighted the difficult links between the two parties in a published article."));
        System.out.println("QUOTES" + QuoteFixture.describe(d));
        d.mentions().forEach(m -> System.out.println("MENTION " + m));
        Attributor a = new Attributor(d, CueLexicon.standard(), org.crosscheck.engine.nlp.NameGender.NONE, w -> false);
        for (int i = 0; i < a.n; i++) {
            CueLexicon.Match m = CueLexicon.standard().at(a.low, i, a.n);
            if (m != null) {
                System.out.println("CUE " + i + " " + a.low[i] + " subj=" + a.subjectBefore(i, 0));
            }
        }
    }
}
