package org.crosscheck.eval.time;

import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading TimeML and CAT, and the TempEval-3 scoring, on small files written for these tests. */
class TimeEvalTest {

    private static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>t1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-05" temporalFunction="false" functionInDocument="CREATION_TIME">10/05/24</TIMEX3></DCT>
            <TEXT>
            The ferry &amp; the barge <EVENT eid="e1" class="OCCURRENCE">collided</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-10-04">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> of calm.
            </TEXT>
            </TimeML>
            """;

    @Test
    void timeMlTextKeepsOffsetsAfterEntitiesAndTags() {
        TimeMlReader.Doc d = TimeMlReader.readTimeMl("t1.tml", TML);
        assertThat(d.dct()).isEqualTo(LocalDate.of(2024, 10, 5));
        assertThat(d.timexes()).hasSize(2);
        TimeMlReader.Timex y = d.timexes().get(0);
        assertThat(d.text().substring(y.start(), y.end())).isEqualTo("yesterday");
        assertThat(y.value()).isEqualTo("2024-10-04");
        assertThat(d.text()).contains("The ferry & the barge collided yesterday");
    }

    private static final String CAT = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
            <token number="0" sentence="0" t_id="1">Barge</token>
            <token number="1" sentence="0" t_id="2">sinks</token>
            <token number="2" sentence="1" t_id="3">May</token>
            <token number="3" sentence="1" t_id="4">2</token>
            <token number="4" sentence="1" t_id="5">,</token>
            <token number="5" sentence="1" t_id="6">2019</token>
            <token number="6" sentence="2" t_id="7">It</token>
            <token number="7" sentence="2" t_id="8">sank</token>
            <token number="8" sentence="2" t_id="9">today</token>
            <token number="9" sentence="2" t_id="10">.</token>
            <Markables>
            <TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2019-05-02">
            <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
            </TIMEX3>
            <TIMEX3 TAG_DESCRIPTOR="2019" functionInDocument="NONE" m_id="3" type="DATE" value="2019"/>
            <TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2019-05-02">
            <token_anchor t_id="9"/>
            </TIMEX3>
            </Markables>
            </Document>
            """;

    @Test
    void catTokensBecomeTextAndTheCreationTimeIsSetApart() {
        TimeMlReader.Doc d = TimeMlReader.readCat("x.xml", CAT);
        assertThat(d.dct()).isEqualTo(LocalDate.of(2019, 5, 2));
        assertThat(d.text()).isEqualTo("Barge sinks\nMay 2, 2019\nIt sank today.");
        assertThat(d.timexes()).hasSize(1);
        TimeMlReader.Timex t = d.timexes().get(0);
        assertThat(d.text().substring(t.start(), t.end())).isEqualTo("today");
        assertThat(d.ignored()).isNotEmpty();
    }

    @Test
    void strictRelaxedAndValueCounts() {
        TimeMlReader.Doc d = TimeMlReader.readTimeMl("t1.tml", TML);
        int y = d.text().indexOf("yesterday");
        int three = d.text().indexOf("three years");
        List<TimeExpression> pred = List.of(
                new TimeExpression(new Span(y, y + "yesterday".length()), "DATE", "2024-10-04", List.of(), "", List.of(), null, null),
                // "after three years": overlapping, not exact, wrong value
                new TimeExpression(new Span(three - 6, three + "three years".length()), "DURATION", "P2Y", List.of(), "", List.of(), null, null));
        TimeEvalCommand.Score s = new TimeEvalCommand.Score();
        List<String> ignore = new ArrayList<>();
        TimeEvalCommand.score(d, pred, s, ignore, ignore, ignore);
        assertThat(s.gold).isEqualTo(2);
        assertThat(s.predicted).isEqualTo(2);
        assertThat(s.strict).isEqualTo(1);
        assertThat(s.relaxed).isEqualTo(2);
        assertThat(s.valueOk).isEqualTo(1);
    }

    @Test
    void weekNumbersCompareWithOrWithoutTheirLeadingZero() {
        assertThat(TimeEvalCommand.canonical("2000-W06")).isEqualTo(TimeEvalCommand.canonical("2000-W6"));
        assertThat(TimeEvalCommand.canonical("2000-W16")).isNotEqualTo(TimeEvalCommand.canonical("2000-W6"));
    }
}
