package org.crosscheck.app.cli;

import org.crosscheck.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data DIR [--db JDBC_URL]}: where the persistent collection lives. */
public final class StoreOptions {

    @Option(names = "--data", defaultValue = "${env:CROSSCHECK_DATA:-data}", paramLabel = "DIR",
            description = "Data folder: search index, and the SQLite database unless --db is given "
                    + "(default: $CROSSCHECK_DATA or ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", defaultValue = "${env:CROSSCHECK_DB}", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database instead of the SQLite file, e.g. "
                    + "jdbc:postgresql://localhost/crosscheck?user=me&password=secret (default: $CROSSCHECK_DB).")
    String db;

    public Store.Config config() {
        return new Store.Config(data.toAbsolutePath(), db == null || db.isBlank() ? null : db);
    }

    public Store open() {
        return Store.open(config());
    }
}
