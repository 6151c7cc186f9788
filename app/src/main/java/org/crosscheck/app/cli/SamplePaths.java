package org.crosscheck.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled samples are: {@code samples/} of the project (the launcher sets crosscheck.home). */
final class SamplePaths {

    private SamplePaths() {
    }

    static Path demo() {
        String home = System.getProperty("crosscheck.home");
        Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        Path p = base.resolve("samples/demo");
        return Files.isDirectory(p) ? p : null;
    }
}
