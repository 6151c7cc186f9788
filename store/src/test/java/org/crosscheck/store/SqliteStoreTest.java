package org.crosscheck.store;

import java.nio.file.Path;

/** The store on its default database: a SQLite file in the data folder. */
class SqliteStoreTest extends StoreContract {

    @Override
    Store.Config freshConfig(Path dataDir) {
        return new Store.Config(dataDir, null);
    }
}
