package org.crosscheck.eval;

import org.crosscheck.eval.ner.ConllReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvalContractTest {

    @TempDir
    Path dir;

    @Test
    void theResultLineHasTaskDatasetAndKeysInOrder() {
        Metrics m = new Metrics("seeds", "demo").put("recall", 0.5).put("count", 3).put("f1", 2.0 / 3);
        assertThat(m.resultLine()).isEqualTo("RESULT task=seeds dataset=demo recall=0.5000 count=3 f1=0.6667");
    }

    @Test
    void floorsCatchADropAndCeilingsARise() throws Exception {
        Path f = dir.resolve("floors.tsv");
        Files.writeString(f, "# comment\nseeds demo recall 0.6\nseeds demo max:merged 0\nother demo recall 0.99\n");
        Floors floors = Floors.read(f);
        assertThat(floors.violations(new Metrics("seeds", "demo").put("recall", 0.7).put("merged", 0))).isEmpty();
        assertThat(floors.violations(new Metrics("seeds", "demo").put("recall", 0.5).put("merged", 1)))
                .hasSize(2).anyMatch(v -> v.contains("below its floor")).anyMatch(v -> v.contains("above its ceiling"));
        assertThat(floors.violations(new Metrics("seeds", "demo"))).anyMatch(v -> v.contains("missing"));
    }

    @Test
    void absentDataExitsWithCodeTwoAndSaysWhere() {
        CommandLine cl = new CommandLine(new EvalCommand());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute("ner", dir.resolve("nothing-here.conll").toString());
        assertThat(code).isEqualTo(EvalSupport.NO_DATA);
        assertThat(err.toString()).contains("not found").contains("nothing-here.conll");
    }

    @Test
    void conllSpansFollowIob1AndIob2() {
        assertThat(ConllReader.spans(List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG")))
                .containsExactly("0:2:PER", "3:4:LOC", "4:5:LOC", "5:6:ORG");
    }
}
