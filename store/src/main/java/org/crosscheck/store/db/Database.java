package org.crosscheck.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.crosscheck.store.Rows.ArticleFilter;
import org.crosscheck.store.Rows.ArticleRow;
import org.crosscheck.store.Rows.Counts;
import org.crosscheck.store.Rows.EntityRow;
import org.crosscheck.store.Rows.ItemRow;
import org.crosscheck.store.Rows.LayerRows;
import org.crosscheck.store.Rows.NewArticle;
import org.crosscheck.store.Rows.Page;
import org.crosscheck.store.Rows.RejectionRow;
import org.crosscheck.store.Rows.RunRow;
import org.crosscheck.store.Rows.StoredArticle;
import org.crosscheck.store.Rows.StoryRow;
import org.crosscheck.store.Rows.WriteStatus;
import org.crosscheck.store.StoreException;
import org.crosscheck.store.Rows.Written;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The only class that knows SQL. One schema for SQLite (the default: a file in the data folder,
 * no server) and PostgreSQL (any JDBC URL), created and upgraded by Flyway migrations in
 * {@code db/migration}. Every write is one transaction that starts by taking the store's write
 * lock (a row update, which serialises writers on both databases), so a killed process leaves
 * either a whole batch or none of it.
 */
public final class Database implements AutoCloseable {

    /** Which database is behind the JDBC URL. */
    public enum Kind { SQLITE, POSTGRESQL }

    private final HikariDataSource pool;
    private final Kind kind;
    private final String description;

    private Database(HikariDataSource pool, Kind kind, String description) {
        this.pool = pool;
        this.kind = kind;
        this.description = description;
    }

    /** The default: {@code crosscheck.db} in {@code dataDir}. */
    public static Database openSqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        return open("jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("crosscheck.db"));
    }

    /**
     * Opens (and migrates) the database at {@code jdbcUrl}: {@code jdbc:sqlite:FILE} or
     * {@code jdbc:postgresql://HOST/DB?user=...&password=...}.
     */
    public static Database open(String jdbcUrl) {
        Kind kind;
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            kind = Kind.SQLITE;
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            kind = Kind.POSTGRESQL;
        } else {
            throw new StoreException("unsupported database URL " + redact(jdbcUrl)
                    + ": use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setPoolName("crosscheck-store");
        cfg.setAutoCommit(true);
        cfg.setInitializationFailTimeout(-1);
        if (kind == Kind.SQLITE) {
            // WAL: readers never block the writer; synchronous=NORMAL in WAL mode survives a killed
            // process (only a power loss can drop the last commits); busy_timeout waits for the lock.
            cfg.addDataSourceProperty("journal_mode", "WAL");
            cfg.addDataSourceProperty("synchronous", "NORMAL");
            cfg.addDataSourceProperty("busy_timeout", "30000");
            cfg.addDataSourceProperty("foreign_keys", "true");
            cfg.setMaximumPoolSize(4);
        } else {
            cfg.setMaximumPoolSize(8);
        }
        cfg.setMinimumIdle(1);
        cfg.setConnectionTimeout(30_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
            try (Connection c = ds.getConnection()) {
                c.isValid(5);
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot open the database " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        Database db = new Database(ds, kind, redact(jdbcUrl));
        db.migrate();
        return db;
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:org/crosscheck/store/db/migration")
                    .placeholders(Map.of("bytes", kind == Kind.SQLITE ? "BLOB" : "BYTEA"))
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            close();
            throw new StoreException("cannot migrate the database " + description + ": " + rootMessage(e), e);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The JDBC URL without credentials, for messages. */
    public String description() {
        return description;
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }

    // ---------------------------------------------------------------- transactions

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("database read failed (" + description + "): " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction that holds the store's write lock. */
    private <T> T write(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement(
                        "UPDATE store_meta SET value = value WHERE name = 'write_lock'")) {
                    lock.executeUpdate();
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database write failed (" + description + "): " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- identity and ids

    /** The id of the article stored under {@code identityKey}, if any. */
    public Optional<String> idForIdentity(String identityKey) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE identity_key = ?")) {
                ps.setString(1, identityKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The id of the article stored at {@code url} (normalised), if any. */
    public Optional<String> idForUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE url = ? ORDER BY seq DESC")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Reserves {@code n} new article ids ({@code a1}, {@code a2}, ...) in their own transaction: a
     * killed process wastes the numbers, never hands one out twice.
     */
    public List<String> reserveIds(int n) {
        if (n == 0) {
            return List.of();
        }
        return write(c -> {
            long next = metaLong(c, "next_id", 1);
            setMeta(c, "next_id", Long.toString(next + n));
            List<String> ids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add("a" + (next + i));
            }
            return ids;
        });
    }

    // ---------------------------------------------------------------- writing articles

    /**
     * Writes a batch of analysed articles in one transaction. An article whose identity is already
     * stored is left alone ({@code UNCHANGED}); one whose id is already stored (an update found by
     * URL) is replaced ({@code UPDATED}); the others are added.
     */
    public List<Written> writeArticles(List<NewArticle> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        String now = Instant.now().toString();
        return write(c -> {
            long seq = maxSeq(c);
            List<Written> out = new ArrayList<>(batch.size());
            for (NewArticle a : batch) {
                String existing = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT id, seq FROM articles WHERE identity_key = ?")) {
                    ps.setString(1, a.identityKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.add(new Written(rs.getString(1), WriteStatus.UNCHANGED, rs.getLong(2)));
                            continue;
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE id = ?")) {
                    ps.setString(1, a.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            existing = rs.getString(1);
                        }
                    }
                }
                seq++;
                if (existing != null) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET seq = ?, identity_key = ?, "
                            + "content_hash = ?, url = ?, outlet = ?, published = ?, title = ?, origin = ?, format = ?, "
                            + "ingested_at = ?, raw_content = ?, raw_meta = ?, codec = ?, document = ? WHERE id = ?")) {
                        int i = 1;
                        ps.setLong(i++, seq);
                        ps.setString(i++, a.identityKey());
                        ps.setString(i++, a.contentHash());
                        i = setArticleFields(ps, i, a, now);
                        ps.setString(i, a.id());
                        ps.executeUpdate();
                    }
                    out.add(new Written(a.id(), WriteStatus.UPDATED, seq));
                } else {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (seq, identity_key, content_hash, "
                            + "url, outlet, published, title, origin, format, ingested_at, raw_content, raw_meta, codec, "
                            + "document, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        int i = 1;
                        ps.setLong(i++, seq);
                        ps.setString(i++, a.identityKey());
                        ps.setString(i++, a.contentHash());
                        i = setArticleFields(ps, i, a, now);
                        ps.setString(i, a.id());
                        ps.executeUpdate();
                    }
                    out.add(new Written(a.id(), WriteStatus.ADDED, seq));
                }
            }
            return out;
        });
    }

    private static int setArticleFields(PreparedStatement ps, int i, NewArticle a, String now) throws SQLException {
        ps.setString(i++, a.url());
        ps.setString(i++, a.outlet());
        ps.setString(i++, a.published());
        ps.setString(i++, a.title());
        ps.setString(i++, a.origin());
        ps.setString(i++, a.format());
        ps.setString(i++, now);
        ps.setString(i++, a.rawContent());
        ps.setString(i++, a.rawMeta());
        ps.setInt(i++, a.codec());
        ps.setBytes(i++, a.document());
        return i;
    }

    /** Replaces the stored analysis of one article (after it was analysed again), keeping its seq. */
    public void replaceDocument(String id, int codec, byte[] document) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET codec = ?, document = ? WHERE id = ?")) {
                ps.setInt(1, codec);
                ps.setBytes(2, document);
                ps.setString(3, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- ingest runs

    public long startRun() {
        return write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM ingest_runs");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_runs (id, started_at, added, updated, "
                    + "unchanged, rejected) VALUES (?, ?, 0, 0, 0, 0)")) {
                ps.setLong(1, id);
                ps.setString(2, Instant.now().toString());
                ps.executeUpdate();
            }
            return id;
        });
    }

    /** Records the counts and rejections of a run; called as the run goes, so a killed run keeps what it did. */
    public void recordRun(long runId, int added, int updated, int unchanged, List<RejectionRow> newRejections,
                          boolean finished) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE ingest_runs SET added = added + ?, updated = updated + ?, "
                    + "unchanged = unchanged + ?, rejected = rejected + ?, finished_at = ? WHERE id = ?")) {
                ps.setInt(1, added);
                ps.setInt(2, updated);
                ps.setInt(3, unchanged);
                ps.setInt(4, newRejections.size());
                ps.setString(5, finished ? Instant.now().toString() : null);
                ps.setLong(6, runId);
                ps.executeUpdate();
            }
            int ord;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(ord), 0) FROM rejections WHERE run_id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ord = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO rejections (run_id, ord, input, reason, detail) VALUES (?, ?, ?, ?, ?)")) {
                for (RejectionRow r : newRejections) {
                    ps.setLong(1, runId);
                    ps.setInt(2, ++ord);
                    ps.setString(3, r.input());
                    ps.setString(4, r.reason());
                    ps.setString(5, r.detail());
                    ps.addBatch();
                }
                if (!newRejections.isEmpty()) {
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    public List<RunRow> runs(int limit) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, started_at, finished_at, added, updated, unchanged, "
                    + "rejected FROM ingest_runs ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<RunRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RunRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                                rs.getInt(6), rs.getInt(7)));
                    }
                }
                return out;
            }
        });
    }

    public List<RejectionRow> rejections(long runId) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT run_id, input, reason, detail FROM rejections WHERE run_id = ? ORDER BY ord")) {
                ps.setLong(1, runId);
                List<RejectionRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RejectionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    // ---------------------------------------------------------------- reading articles

    private static final String ARTICLE_COLUMNS = "a.id, a.seq, a.url, a.outlet, a.published, a.title, a.origin, a.format, a.ingested_at";

    private static ArticleRow articleRow(ResultSet rs) throws SQLException {
        return new ArticleRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    public Optional<StoredArticle> article(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + ", a.raw_content, a.raw_meta, a.codec, a.document FROM articles a WHERE a.id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
                }
            }
        });
    }

    private static StoredArticle stored(ResultSet rs) throws SQLException {
        return new StoredArticle(articleRow(rs), rs.getString(10), rs.getString(11), rs.getInt(12), rs.getBytes(13));
    }

    /** Every stored article in ingest order, one at a time (the whole collection never sits in a result list). */
    public void forEachArticle(long afterSeq, Consumer<StoredArticle> each) {
        read(c -> {
            if (kind == Kind.POSTGRESQL) {
                c.setAutoCommit(false); // the PostgreSQL driver streams (fetch size) only inside a transaction
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + ", a.raw_content, a.raw_meta, a.codec, a.document FROM articles a WHERE a.seq > ? ORDER BY a.seq")) {
                ps.setFetchSize(200);
                ps.setLong(1, afterSeq);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(stored(rs));
                    }
                }
            } finally {
                if (kind == Kind.POSTGRESQL) {
                    c.commit();
                    c.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    /**
     * The latest stored articles of an outlet (by name, case-insensitive, or by the start of their
     * normalised URL), with their raw input.
     */
    public List<StoredArticle> recentOfOutlet(String outlet, String urlPrefix, int limit) {
        if (outlet == null && urlPrefix == null) {
            return List.of();
        }
        return read(c -> {
            String where = outlet != null ? "LOWER(a.outlet) = ?" : "a.url LIKE ?";
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + ", a.raw_content, a.raw_meta, a.codec, a.document FROM articles a WHERE " + where
                    + " ORDER BY a.seq DESC LIMIT ?")) {
                ps.setString(1, outlet != null ? outlet.strip().toLowerCase(java.util.Locale.ROOT)
                        : urlPrefix.replace("%", "").replace("_", "\\_") + "%");
                ps.setInt(2, limit);
                List<StoredArticle> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(stored(rs));
                    }
                }
                return out;
            }
        });
    }

    public List<ArticleRow> articlesByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ArticleRow> out = new ArrayList<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            out.addAll(read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.id IN ("
                        + placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    List<ArticleRow> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(articleRow(rs));
                        }
                    }
                    return rows;
                }
            }));
        }
        out.sort((x, y) -> Long.compare(x.seq(), y.seq()));
        return out;
    }

    /** Articles newest first (by publication date, then ingest order), filtered. */
    public Page<ArticleRow> articles(ArticleFilter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (f.outlet() != null) {
            where.append(" AND a.outlet = ?");
            args.add(f.outlet());
        }
        if (f.from() != null) {
            where.append(" AND a.published >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            where.append(" AND a.published <= ?");
            args.add(f.to());
        }
        if (f.storyId() != null) {
            where.append(" AND a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)");
            args.add(f.storyId());
        }
        if (f.entityId() != null) {
            where.append(" AND a.id IN (SELECT article_id FROM entity_articles WHERE entity_id = ?)");
            args.add(f.entityId());
        }
        return read(c -> {
            long total = count(c, "SELECT COUNT(*) FROM articles a" + where, args);
            List<ArticleRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles a" + where
                    + " ORDER BY (a.published IS NULL), a.published DESC, a.seq DESC LIMIT ? OFFSET ?")) {
                int i = bind(ps, args);
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(articleRow(rs));
                    }
                }
            }
            return new Page<>(rows, total, offset, limit);
        });
    }

    /** Outlets with their article counts, most articles first. */
    public List<Map.Entry<String, Long>> outlets() {
        return read(c -> {
            List<Map.Entry<String, Long>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL "
                    + "GROUP BY outlet ORDER BY COUNT(*) DESC, outlet");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Map.entry(rs.getString(1), rs.getLong(2)));
                }
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- cross-document layers

    /** Replaces every cross-document layer in one transaction: readers see the old set or the new, never a mix. */
    public void replaceLayers(LayerRows rows) {
        write(c -> {
            for (String t : List.of("story_articles", "stories", "entity_articles", "entities", "utterances", "claims",
                    "claim_stories", "layers")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t)) {
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories (id, ord, label, first_date, last_date, "
                    + "outlet_count, article_count, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StoryRow s : rows.stories()) {
                    ps.setString(1, s.id());
                    ps.setInt(2, s.ord());
                    ps.setString(3, s.label());
                    ps.setString(4, s.firstDate());
                    ps.setString(5, s.lastDate());
                    ps.setInt(6, s.outletCount());
                    ps.setInt(7, s.articleCount());
                    ps.setString(8, s.body());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            insertLinks(c, "story_articles", "story_id", rows.storyArticles());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO entities (id, ord, type, name, search_key, named, "
                    + "mentions, article_count, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (EntityRow e : rows.entities()) {
                    ps.setString(1, e.id());
                    ps.setInt(2, e.ord());
                    ps.setString(3, e.type());
                    ps.setString(4, e.name());
                    ps.setString(5, e.searchKey());
                    ps.setInt(6, e.named() ? 1 : 0);
                    ps.setInt(7, e.mentions());
                    ps.setInt(8, e.articleCount());
                    ps.setString(9, e.body());
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            insertLinks(c, "entity_articles", "entity_id", rows.entityArticles());
            insertItems(c, "INSERT INTO utterances (id, ord, speaker, story_id, body) VALUES (?, ?, ?, ?, ?)", rows.utterances());
            insertItems(c, "INSERT INTO claims (id, ord, proposition, story_id, body) VALUES (?, ?, ?, ?, ?)", rows.claims());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_stories (claim_id, story_id) VALUES (?, ?)")) {
                for (var e : rows.claimStories().entrySet()) {
                    for (String st : new java.util.LinkedHashSet<>(e.getValue())) {
                        ps.setString(1, e.getKey());
                        ps.setString(2, st);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO layers (name, body) VALUES (?, ?)")) {
                for (var e : rows.blobs().entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setBytes(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            setMeta(c, "layers_seq", Long.toString(rows.coversSeq()));
            setMeta(c, "next_story", Long.toString(rows.nextStory()));
            setMeta(c, "layers_version", Long.toString(metaLong(c, "layers_version", 0) + 1));
            return null;
        });
    }

    private static void insertLinks(Connection c, String table, String keyColumn, Map<String, List<String>> links)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + keyColumn + ", article_id) VALUES (?, ?)")) {
            int n = 0;
            for (var e : links.entrySet()) {
                for (String article : new java.util.LinkedHashSet<>(e.getValue())) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, article);
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertItems(Connection c, String sql, List<ItemRow> items) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (ItemRow r : items) {
                ps.setString(1, r.id());
                ps.setInt(2, r.ord());
                ps.setString(3, r.key());
                if (r.storyId() == null) {
                    ps.setNull(4, Types.VARCHAR);
                } else {
                    ps.setString(4, r.storyId());
                }
                ps.setString(5, r.body());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every stored story's articles (for keeping story ids stable across recomputes). */
    public Map<String, List<String>> allStoryArticles() {
        return read(c -> {
            Map<String, List<String>> out = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT story_id, article_id FROM story_articles ORDER BY story_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return out;
        });
    }

    /** The next story number never used in this collection. */
    public long nextStoryNumber() {
        return read(c -> metaLong(c, "next_story", 1));
    }

    public Optional<byte[]> layer(String name) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM layers WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** Stories newest first: by their latest article's date, undated last. */
    public Page<StoryRow> stories(int offset, int limit) {
        return read(c -> {
            long total = count(c, "SELECT COUNT(*) FROM stories", List.of());
            List<StoryRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + STORY_COLUMNS + " FROM stories s "
                    + "ORDER BY (s.last_date IS NULL), s.last_date DESC, s.ord LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(storyRow(rs));
                    }
                }
            }
            return new Page<>(rows, total, offset, limit);
        });
    }

    private static final String STORY_COLUMNS = "s.id, s.ord, s.label, s.first_date, s.last_date, s.outlet_count, s.article_count, s.body";

    private static StoryRow storyRow(ResultSet rs) throws SQLException {
        return new StoryRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getInt(7), rs.getString(8));
    }

    public Optional<StoryRow> story(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + STORY_COLUMNS + " FROM stories s WHERE s.id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(storyRow(rs)) : Optional.empty();
                }
            }
        });
    }

    public List<String> storyArticleIds(String storyId) {
        return strings("SELECT article_id FROM story_articles WHERE story_id = ?", storyId);
    }

    public List<String> entityArticleIds(String entityId) {
        return strings("SELECT article_id FROM entity_articles WHERE entity_id = ?", entityId);
    }

    /** Stories any of whose articles mention the entity. */
    public List<StoryRow> storiesOfEntity(String entityId) {
        return read(c -> {
            List<StoryRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + STORY_COLUMNS + " FROM stories s WHERE s.id IN "
                    + "(SELECT sa.story_id FROM story_articles sa JOIN entity_articles ea ON ea.article_id = sa.article_id "
                    + "WHERE ea.entity_id = ?) ORDER BY (s.last_date IS NULL), s.last_date DESC, s.ord")) {
                ps.setString(1, entityId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(storyRow(rs));
                    }
                }
            }
            return rows;
        });
    }

    /** Story ids by article id, for the given articles. */
    public Map<String, List<String>> storiesOfArticles(Collection<String> articleIds) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        List<String> all = new ArrayList<>(articleIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT article_id, story_id FROM story_articles WHERE article_id IN ("
                        + placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                        }
                    }
                }
                return null;
            });
        }
        return out;
    }

    private static final String ENTITY_COLUMNS = "e.id, e.ord, e.type, e.name, e.search_key, e.named, e.mentions, e.article_count, e.body";

    private static EntityRow entityRow(ResultSet rs) throws SQLException {
        return new EntityRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6) != 0, rs.getInt(7), rs.getInt(8), rs.getString(9));
    }

    /** Entities, most mentioned first; {@code query} matches names and aliases (case-insensitive). */
    public Page<EntityRow> entities(String query, String type, String storyId, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            where.append(" AND e.search_key LIKE ?");
            args.add("%" + query.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (type != null) {
            where.append(" AND e.type = ?");
            args.add(type);
        }
        if (storyId != null) {
            where.append(" AND e.id IN (SELECT ea.entity_id FROM entity_articles ea JOIN story_articles sa "
                    + "ON sa.article_id = ea.article_id WHERE sa.story_id = ?)");
            args.add(storyId);
        }
        return read(c -> {
            long total = count(c, "SELECT COUNT(*) FROM entities e" + where, args);
            List<EntityRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ENTITY_COLUMNS + " FROM entities e" + where
                    + " ORDER BY e.named DESC, e.article_count DESC, e.mentions DESC, e.ord LIMIT ? OFFSET ?")) {
                int i = bind(ps, args);
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(entityRow(rs));
                    }
                }
            }
            return new Page<>(rows, total, offset, limit);
        });
    }

    public Optional<EntityRow> entity(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ENTITY_COLUMNS + " FROM entities e WHERE e.id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(entityRow(rs)) : Optional.empty();
                }
            }
        });
    }

    public Page<ItemRow> utterances(String storyId, String speaker, int offset, int limit) {
        return items("utterances", "speaker", storyId, speaker, offset, limit);
    }

    public Page<ItemRow> claims(String storyId, int offset, int limit) {
        return items("claims", "proposition", storyId, null, offset, limit);
    }

    /** The stories a claim belongs to. */
    public List<String> claimStories(String claimId) {
        return strings("SELECT story_id FROM claim_stories WHERE claim_id = ?", claimId);
    }

    public Optional<ItemRow> utterance(String id) {
        return item("utterances", "speaker", id);
    }

    public Optional<ItemRow> claim(String id) {
        return item("claims", "proposition", id);
    }

    private Optional<ItemRow> item(String table, String third, String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, ord, " + third + ", story_id, body FROM " + table
                    + " WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new ItemRow(rs.getString(1), rs.getInt(2), rs.getString(3),
                            rs.getString(4), rs.getString(5))) : Optional.empty();
                }
            }
        });
    }

    private Page<ItemRow> items(String table, String third, String storyId, String speaker, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (storyId != null) {
            where.append(table.equals("claims") ? " AND id IN (SELECT claim_id FROM claim_stories WHERE story_id = ?)"
                    : " AND story_id = ?");
            args.add(storyId);
        }
        if (speaker != null) {
            where.append(" AND speaker = ?");
            args.add(speaker);
        }
        return read(c -> {
            long total = count(c, "SELECT COUNT(*) FROM " + table + where, args);
            List<ItemRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, ord, " + third + ", story_id, body FROM " + table
                    + where + " ORDER BY ord LIMIT ? OFFSET ?")) {
                int i = bind(ps, args);
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ItemRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return new Page<>(rows, total, offset, limit);
        });
    }

    public Counts counts() {
        return read(c -> new Counts(
                count(c, "SELECT COUNT(*) FROM articles", List.of()),
                count(c, "SELECT COUNT(*) FROM stories", List.of()),
                count(c, "SELECT COUNT(*) FROM entities", List.of()),
                count(c, "SELECT COUNT(*) FROM utterances", List.of()),
                count(c, "SELECT COUNT(*) FROM claims", List.of()),
                count(c, "SELECT COUNT(DISTINCT outlet) FROM articles", List.of()),
                maxSeq(c),
                metaLong(c, "layers_seq", 0)));
    }

    public long maxSeq() {
        return read(Database::maxSeq);
    }

    /** Grows by one with every replacement of the cross-document layers. */
    public long layersVersion() {
        return read(c -> metaLong(c, "layers_version", 0));
    }

    // ---------------------------------------------------------------- helpers

    private static long maxSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM articles");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long metaLong(Connection c, String name, long dflt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM store_meta WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : dflt;
            }
        }
    }

    private static void setMeta(Connection c, String name, String value) throws SQLException {
        int n;
        try (PreparedStatement ps = c.prepareStatement("UPDATE store_meta SET value = ? WHERE name = ?")) {
            ps.setString(1, value);
            ps.setString(2, name);
            n = ps.executeUpdate();
        }
        if (n == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO store_meta (name, value) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, value);
                ps.executeUpdate();
            }
        }
    }

    private List<String> strings(String sql, String arg) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, arg);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    private static long count(Connection c, String sql, List<String> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int bind(PreparedStatement ps, List<String> args) throws SQLException {
        int i = 1;
        for (String a : args) {
            ps.setString(i++, a);
        }
        return i;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
