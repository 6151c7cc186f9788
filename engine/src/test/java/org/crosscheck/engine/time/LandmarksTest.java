package org.crosscheck.engine.time;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LandmarksTest {

    @Test
    void theShippedFileLoadsAndEveryLandmarkNamesItsSource() {
        Landmarks l = Landmarks.standard();
        assertThat(l.all()).hasSizeGreaterThan(30);
        assertThat(l.all()).allSatisfy(x -> assertThat(x.source()).startsWith("https://"));
    }

    @Test
    void anAmbiguousNameMeansEveryLandmarkItMayName() {
        List<Landmarks.Mention> ms = Landmarks.standard().find("Aid fell sharply after the Taliban takeover, donors said.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).landmarks()).hasSize(2);
        assertThat(ms.get(0).earliest()).isEqualTo(LocalDate.of(1996, 9, 27));
        List<Landmarks.Mention> ret = Landmarks.standard().find("since the Taliban\u2019s return to power");
        assertThat(ret.get(0).landmarks()).extracting(Landmarks.Landmark::id).containsExactly("kabul-2021");
    }

    @Test
    void aGoverningGroupCountsOnlyWhenNamedAsAGovernment() {
        Landmarks l = Landmarks.standard();
        assertThat(l.findGovernments("Taliban fighters crossed the river.")).isEmpty();
        assertThat(l.findGovernments("The Taliban government rejected the report.")).hasSize(1);
        assertThat(l.findGovernments("Taliban Foreign Minister Hamid Rasuli arrived.")).hasSize(1);
        assertThat(l.findGovernments("a spokesman for the Islamic Emirate said")).hasSize(1);
        assertThat(l.findGovernments("the Iran-Iraq war")).isEmpty();
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(Landmarks.standard().find("The CSTO met.")).hasSize(1);
        assertThat(Landmarks.standard().find("The csto met.")).isEmpty();
    }

    @Test
    void aBadLineNamesItsSourceAndLine() {
        String bad = "# comment\nx\tevent\t2020-13-01\tSomething\thttps://example.org\n";
        assertThatThrownBy(() -> Landmarks.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "mine.tsv"))
                .hasMessageContaining("mine.tsv:2").hasMessageContaining("bad dates");
        String kind = "y\tepoch\t2020-01-01\tSomething\n";
        assertThatThrownBy(() -> Landmarks.read(new ByteArrayInputStream(kind.getBytes(StandardCharsets.UTF_8)), "mine.tsv"))
                .hasMessageContaining("unknown kind");
    }
}
