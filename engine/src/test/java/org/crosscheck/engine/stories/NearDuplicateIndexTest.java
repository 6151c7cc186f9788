package org.crosscheck.engine.stories;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicateIndexTest {

    static final String TEXT = "The regional water authority said on Monday that the northern reservoir had fallen to "
            + "its lowest level in twenty years, and asked farmers in three districts to cut irrigation by a third "
            + "until the autumn rains. Engineers will inspect the dam next week, the authority added, and a public "
            + "meeting on the rationing plan is set for the town hall on Thursday evening. Residents may still water "
            + "gardens before eight in the morning.";

    static List<String> words(String s) {
        return Arrays.asList(s.split("\\s+"));
    }

    static NearDuplicateIndex index() {
        return new NearDuplicateIndex(StoryConfig.DEFAULT.reprintJaccard(), StoryConfig.DEFAULT.reprintContainment());
    }

    @Test
    void exactCopyIsAnExactDuplicateEvenWithOtherSpacingAndCase() {
        NearDuplicateIndex idx = index();
        assertThat(idx.add("a", words(TEXT))).isNull();
        NearDuplicateIndex.Match m = idx.add("b", words(TEXT.toUpperCase()));
        assertThat(m).isNotNull();
        assertThat(m.exact()).isTrue();
        assertThat(m.original()).isEqualTo("a");
    }

    @Test
    void lightlyEditedSyndicatedCopyIsAReprint() {
        NearDuplicateIndex idx = index();
        idx.add("wire", words(TEXT));
        String edited = "Valley Herald. " + TEXT.replace("on Monday", "on Monday afternoon")
                .replace("Thursday evening", "Thursday") + " Reporting by the wire service.";
        NearDuplicateIndex.Match m = idx.add("herald", words(edited));
        assertThat(m).isNotNull();
        assertThat(m.exact()).isFalse();
        assertThat(m.original()).isEqualTo("wire");
        assertThat(m.similarity()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void copyCutShortCountsThroughContainment() {
        NearDuplicateIndex idx = index();
        idx.add("full", words(TEXT));
        String half = TEXT.substring(0, TEXT.indexOf("Engineers"));
        assertThat(idx.add("short", words(half))).isNotNull();
    }

    @Test
    void aDifferentReportOfTheSameEventIsNotAReprint() {
        NearDuplicateIndex idx = index();
        idx.add("a", words(TEXT));
        String other = "Farmers in three districts must cut irrigation by a third, the water authority announced, "
                + "because the northern reservoir is at a twenty-year low. A town hall meeting will discuss rationing.";
        assertThat(idx.add("b", words(other))).isNull();
    }

    @Test
    void aCopyOfACopyPointsAtTheOriginal() {
        NearDuplicateIndex idx = index();
        idx.add("first", words(TEXT));
        idx.add("second", words(TEXT + " Copyright the wire."));
        NearDuplicateIndex.Match m = idx.add("third", words(TEXT + " Copyright the wire. Shared by a reader."));
        assertThat(m.original()).isEqualTo("first");
    }

    @Test
    void manyUnrelatedTextsGiveNoFalseReprints() {
        NearDuplicateIndex idx = index();
        java.util.Random r = new java.util.Random(5);
        String[] vocab = TEXT.toLowerCase().split("\\s+");
        int matches = 0;
        for (int i = 0; i < 300; i++) {
            List<String> w = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                w.add(vocab[r.nextInt(vocab.length)]);
            }
            if (idx.add("t" + i, w) != null) {
                matches++;
            }
        }
        assertThat(matches).isZero();
    }

    @Test
    void emptyTextsAreNeverCopies() {
        NearDuplicateIndex idx = index();
        assertThat(idx.add("e1", List.of())).isNull();
        assertThat(idx.add("e2", List.of("!!", "--"))).isNull();
    }
}
