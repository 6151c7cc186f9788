package org.crosscheck.engine.analysis;

import org.crosscheck.engine.ingest.IngestConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * The one typed configuration of the engine; each part goes to the stage that needs it.
 *
 * @param ingest       input limits
 * @param threads      worker threads for the per-article stages (0: one per core)
 * @param aliasFiles   user knowledge files (same format as the shipped ones) adding entities and aliases
 * @param nerModel     classpath or file path of the CRF NER model
 */
public record EngineConfig(IngestConfig ingest, int threads, List<Path> aliasFiles, String nerModel) {

    public static final EngineConfig DEFAULT = new EngineConfig(IngestConfig.DEFAULT, 0, List.of(),
            org.crosscheck.engine.nlp.corenlp.CoreNlpNer.DEFAULT_MODEL);

    public EngineConfig {
        aliasFiles = aliasFiles == null ? List.of() : List.copyOf(aliasFiles);
    }

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public EngineConfig withThreads(int n) {
        return new EngineConfig(ingest, n, aliasFiles, nerModel);
    }

    public EngineConfig withAliasFiles(List<Path> files) {
        return new EngineConfig(ingest, threads, files, nerModel);
    }

    public EngineConfig withIngest(IngestConfig i) {
        return new EngineConfig(i, threads, aliasFiles, nerModel);
    }
}
