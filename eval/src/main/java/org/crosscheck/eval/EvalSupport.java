package org.crosscheck.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What every eval command does at its end: print the RESULT line and check floors. */
public final class EvalSupport {

    /** Exit code when the data an eval needs is absent. */
    public static final int NO_DATA = 2;
    /** Exit code when a figure is below its floor. */
    public static final int BELOW_FLOOR = 3;

    private EvalSupport() {
    }

    /** Prints a clear message and returns {@link #NO_DATA} when {@code path} is missing, else 0. */
    public static int requireData(Path path, String what, PrintWriter err) {
        if (path == null || !Files.exists(path)) {
            err.println("crosscheck eval: " + what + " not found at " + path
                    + ". The development data lives in ../shared/eval (see docs/evaluation.md); pass its path.");
            err.flush();
            return NO_DATA;
        }
        return 0;
    }

    public static int finish(Metrics m, Path floorsFile, PrintWriter out, PrintWriter err) {
        int code = 0;
        if (floorsFile != null) {
            try {
                List<String> v = Floors.read(floorsFile).violations(m);
                for (String s : v) {
                    err.println("FLOOR " + s);
                }
                if (!v.isEmpty()) {
                    code = BELOW_FLOOR;
                }
            } catch (IOException | RuntimeException e) {
                err.println("crosscheck eval: cannot read floors " + floorsFile + ": " + e.getMessage());
                code = NO_DATA;
            }
        }
        out.println(m.resultLine());
        out.flush();
        err.flush();
        return code;
    }
}
