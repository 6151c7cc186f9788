package org.crosscheck.eval.baselines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.eval.extraction.EvalPage;
import org.crosscheck.eval.extraction.ExtractionBaseline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Mozilla Readability ({@code @mozilla/readability} with {@code jsdom}, the versions pinned in
 * {@code eval-baselines/readability/package-lock.json}) run by the machine's Node.js through
 * {@code eval-baselines/readability/extract.js}, one process for all pages. Its text is Readability's
 * {@code textContent}; its time is what the script measures per page (jsdom parse plus Readability),
 * so Node's start-up is not counted against it.
 *
 * <p>The script folder is {@code $CROSSCHECK_READABILITY_DIR}, else {@code eval-baselines/readability}
 * under the project ({@code crosscheck.home}, set by the launcher) or the working directory. Its
 * packages are installed by {@code eval-baselines/readability/install.sh}.
 */
public final class ReadabilityBaseline implements ExtractionBaseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "readability";
    }

    @Override
    public String describe() {
        return "Mozilla Readability 0.6.0 + jsdom 26.1.0 on Node.js " + nodeVersion();
    }

    @Override
    public Run run(List<EvalPage> pages, List<String> decoded) throws Exception {
        Path dir = scriptDir();
        if (!Files.isDirectory(dir.resolve("node_modules").resolve("@mozilla").resolve("readability"))) {
            throw new IllegalStateException("Readability is not installed in " + dir + ": run " + dir.resolve("install.sh"));
        }
        Path tmp = Files.createTempDirectory("crosscheck-readability");
        try {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < decoded.size(); i++) {
                Path f = tmp.resolve(i + ".html");
                Files.writeString(f, decoded.get(i) == null ? "" : decoded.get(i), StandardCharsets.UTF_8);
                list.add(f.toString());
            }
            Path listFile = tmp.resolve("pages.txt");
            Files.write(listFile, list, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder("node", dir.resolve("extract.js").toString(), listFile.toString())
                    .redirectError(tmp.resolve("stderr.txt").toFile());
            Process p = pb.start();
            String[] texts = new String[decoded.size()];
            double ms = 0;
            int errors = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode n = JSON.readTree(line);
                    int i = n.get("i").asInt();
                    ms += n.get("ms").asDouble();
                    if (n.hasNonNull("error") || decoded.get(i) == null) {
                        errors++;
                    } else if (n.hasNonNull("text")) {
                        texts[i] = n.get("text").asText();
                    }
                }
            }
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("node extract.js failed: " + Files.readString(tmp.resolve("stderr.txt")).strip());
            }
            return new Run(java.util.Arrays.asList(texts), ms / 1000, errors);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    static Path scriptDir() {
        String env = System.getenv("CROSSCHECK_READABILITY_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("crosscheck.home");
        Path base = home == null ? Path.of("").toAbsolutePath() : Path.of(home);
        return base.resolve("eval-baselines").resolve("readability");
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            return v;
        } catch (IOException | InterruptedException e) {
            return "(node not found)";
        }
    }
}
