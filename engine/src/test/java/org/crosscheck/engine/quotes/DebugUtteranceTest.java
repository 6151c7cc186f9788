package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.EntityResolver;
import org.crosscheck.engine.entities.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.List;

class DebugUtteranceTest {
    @Test
    void show() {
        if (System.getProperty("debugUtterance") == null) {
            return;
        }
        List<Document> docs = List.of(
                QuoteFixture.article("a", null, "“The port will stay open all winter, whatever the storms,” said Mayor Ines Carvalho."),
                QuoteFixture.article("b", null, "“The harbour will remain open throughout the winter, whatever storms come,” Ines Carvalho said."));
        EntityIndex idx = new EntityResolver(KnowledgeBase.standard()).resolve(docs);
        for (Document d : docs) {
            System.out.println("DOC " + d.id() + QuoteFixture.describe(d));
            d.quotes().forEach(q -> System.out.println("GLOBAL " + idx.globalId(d.id(), q.speakerEntity())));
            d.mentions().forEach(m -> System.out.println("MENTION " + m));
        }
        UtteranceMatcher m = new UtteranceMatcher(new UtteranceMatcherTest.TableEmbedder());
        m.match(docs, idx);
        System.out.println("STATS " + m.lastStats() + " " + m.lastComparisons());
    }
}
