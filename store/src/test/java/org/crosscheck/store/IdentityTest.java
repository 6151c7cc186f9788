package org.crosscheck.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityTest {

    @Test
    void spacingLineEndingsAndCompositionDoNotChangeTheHash() {
        var a = Fixtures.raw("a.txt", "X", "https://x.example/a", null, "Title", "One  paragraph.");
        var b = new org.crosscheck.engine.ingest.RawArticle("other-name.txt", a.origin(), a.format(),
                a.content().replace("\n", "\r\n").replace("One  paragraph", "One paragraph"), a.meta(), null);
        assertThat(Identity.of(a).key()).isEqualTo(Identity.of(b).key());
        assertThat(Identity.normaliseContent("Cafe\u0301 \u00A0 ok")).isEqualTo(Identity.normaliseContent("Caf\u00E9 ok"));
    }

    @Test
    void urlIsNormalisedAndPartOfTheKey() {
        assertThat(Identity.normaliseUrl("HTTP://WWW.Example.org/news/1/?utm_source=feed&id=3#top"))
                .isEqualTo("https://example.org/news/1?id=3");
        assertThat(Identity.normaliseUrl("  ")).isNull();
        var a = Fixtures.raw("a.txt", "X", "https://x.example/a", null, "Title", "Same words.");
        var b = Fixtures.raw("a.txt", "X", "https://y.example/a", null, "Title", "Same words.");
        assertThat(Identity.of(a).contentHash()).isEqualTo(Identity.of(b).contentHash());
        assertThat(Identity.of(a).key()).isNotEqualTo(Identity.of(b).key());
    }
}
