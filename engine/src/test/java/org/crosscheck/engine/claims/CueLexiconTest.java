package org.crosscheck.engine.claims;

import org.crosscheck.engine.claims.CueLexicon.CueClass;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CueLexiconTest {

    private final CueLexicon lex = CueLexicon.standard();

    private List<CueClass> classes(String text) {
        return lex.find(text).stream().map(CueLexicon.Cue::type).toList();
    }

    @Test
    void everyClassOfTheShippedFileHasEntries() {
        for (CueClass c : CueClass.values()) {
            assertThat(lex.size(c)).as(c.name()).isPositive();
        }
    }

    @Test
    void findsEachClassWithItsCharacters() {
        String t = "However, the mayor flatly rejected the claims as groundless and said he was not worried.";
        List<CueLexicon.Cue> cues = lex.find(t);
        assertThat(cues).extracting(CueLexicon.Cue::type)
                .contains(CueClass.CONTRAST, CueClass.DENY, CueClass.TARGET, CueClass.FALSE, CueClass.NEGATION, CueClass.ATTRIBUTION);
        for (CueLexicon.Cue c : cues) {
            assertThat(c.span().in(t).toLowerCase()).isEqualTo(c.phrase().toLowerCase());
        }
    }

    @Test
    void multiWordPhrasesAndCurlyApostrophes() {
        assertThat(classes("The report is not justified by the facts")).contains(CueClass.FALSE);
        assertThat(classes("She didn\u2019t say so")).contains(CueClass.NEGATION);
        assertThat(classes("The minister ruled out a second vote")).contains(CueClass.DENY);
        assertThat(classes("He expressed grave concern about the dam")).contains(CueClass.CONCERN);
        assertThat(classes("They urged residents to leave")).contains(CueClass.DIRECTIVE);
        assertThat(classes("The party stood by its figures")).contains(CueClass.REAFFIRM);
        assertThat(classes("Observers backed the count")).contains(CueClass.SUPPORT);
    }

    @Test
    void wholeWordsOnly() {
        assertThat(classes("The notary arrived at noon")).doesNotContain(CueClass.NEGATION);
        assertThat(classes("A notebook from Norway")).isEmpty();
    }

    @Test
    void badLinesAreRejectedWithTheirPlace() {
        assertThatThrownBy(() -> CueLexicon.parse(List.of("# c", "deny"), "x.tsv"))
                .hasMessageContaining("x.tsv:2");
        assertThatThrownBy(() -> CueLexicon.parse(List.of("maybe\tperhaps"), "y.tsv"))
                .hasMessageContaining("y.tsv:1").hasMessageContaining("unknown cue class");
    }
}
