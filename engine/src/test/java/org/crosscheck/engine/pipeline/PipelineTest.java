package org.crosscheck.engine.pipeline;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {

    private static Stage stage(String name, Set<Layer> needs, Set<Layer> adds, boolean honest) {
        return new Stage() {
            public String name() {
                return name;
            }

            public Set<Layer> requires() {
                return needs;
            }

            public Set<Layer> provides() {
                return adds;
            }

            public Document apply(Document doc) {
                return honest ? doc.withTokensAndSentences(List.of(), List.of()) : doc;
            }
        };
    }

    @Test
    void refusesAStageWhoseNeedsComeLaterWhenBuilt() {
        Stage ner = stage("ner", Set.of(Layer.TOKENS), Set.of(Layer.MENTIONS), true);
        Stage tok = stage("tokenize", Set.of(Layer.TEXT), Set.of(Layer.TOKENS, Layer.SENTENCES), true);
        assertThatThrownBy(() -> Pipeline.of(ner, tok))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ner' needs [TOKENS]");
        assertThat(Pipeline.of(tok).provides()).contains(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES);
    }

    @Test
    void refusesAStageThatDoesNotAddWhatItDeclares() {
        Stage liar = stage("liar", Set.of(Layer.TEXT), Set.of(Layer.TOKENS), false);
        assertThatThrownBy(() -> Pipeline.of(liar).run(Document.ofText("d", "Some text.")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declared TOKENS");
    }
}
