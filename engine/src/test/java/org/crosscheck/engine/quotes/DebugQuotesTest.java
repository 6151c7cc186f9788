package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Document;
import org.junit.jupiter.api.Test;

class DebugQuotesTest {
    @Test
    void show() {
        String p = System.getProperty("para");
        if (p == null) {
            return;
        }
        Document d = QuoteFixture.paragraphs(p.split("\\|"));
        System.out.println("QUOTES" + QuoteFixture.describe(d));
        d.mentions().forEach(m -> System.out.println("MENTION " + m.text() + " " + m.type() + " " + m.kind()));
        d.sentences().forEach(s -> System.out.println("SENT " + d.text(s.span())));
        Attributor a = new Attributor(d, CueLexicon.standard(), org.crosscheck.engine.nlp.NameGender.NONE,
                org.crosscheck.engine.entities.KnowledgeBase.standard().titles()::isHead);
        for (int qi = 0; qi < a.top.size(); qi++) {
            System.out.println("TOP " + qi + " open=" + a.topOpenTok[qi] + " close=" + a.topCloseTok[qi] + " after=" + a.after(qi));
        }
        for (int i = 0; i < a.n; i++) {
            System.out.print(i + ":" + a.low[i] + " ");
        }
        System.out.println();
    }
}
