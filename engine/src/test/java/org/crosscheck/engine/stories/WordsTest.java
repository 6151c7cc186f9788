package org.crosscheck.engine.stories;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void numbersHaveOneSpelling() {
        assertThat(Words.contentKey("1,200")).isEqualTo("#1200");
        assertThat(Words.contentKey("1200")).isEqualTo("#1200");
        assertThat(Words.contentKey("6.2")).isEqualTo("#6.2");
        assertThat(Words.contentKey("12:30")).isNull();
    }

    @Test
    void pluralsFoldAndFunctionWordsGo() {
        assertThat(Words.contentKey("Meetings")).isEqualTo("meeting");
        assertThat(Words.contentKey("cities")).isEqualTo("city");
        assertThat(Words.contentKey("bus")).isEqualTo("bus");
        assertThat(Words.contentKey("glass")).isEqualTo("glass");
        assertThat(Words.contentKey("the")).isNull();
        assertThat(Words.contentKey("said")).isNull();
        assertThat(Words.contentKey("minister's")).isEqualTo("minister");
        assertThat(Words.contentKey(",")).isNull();
    }

    @Test
    void shingleKeysIgnoreCaseAndPunctuation() {
        assertThat(Words.shingleKey("Geneva,")).isEqualTo("geneva");
        assertThat(Words.shingleKey("—")).isNull();
    }
}
