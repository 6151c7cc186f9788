package org.crosscheck.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Outcome;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.ingest.RawArticle;
import org.crosscheck.engine.output.JsonOutput;
import org.crosscheck.engine.quotes.Quote;
import org.crosscheck.store.Rows.ArticleRow;
import org.crosscheck.store.Rows.NewArticle;
import org.crosscheck.store.Rows.RejectionRow;
import org.crosscheck.store.Rows.StoredArticle;
import org.crosscheck.store.Rows.WriteStatus;
import org.crosscheck.store.Rows.Written;
import org.crosscheck.store.db.Database;
import org.crosscheck.store.search.SearchIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A persistent collection: the database (articles, their analyses, the cross-document layers)
 * and the search index beside it, in one data folder.
 *
 * <p><b>Ingest</b> reads inputs, skips those already stored (same normalised content and URL),
 * analyses the rest in small batches and commits each batch in one transaction before reporting
 * it; then recomputes the cross-document layers over the whole collection and replaces them in
 * one transaction. The recompute is the expensive part: it reads and decodes every stored
 * document and runs the cross-document services over all of them, so its cost grows with the
 * collection (about linearly for entity resolution), once per ingest command, not per article.
 * A killed ingest leaves every reported batch stored and the layers of the previous run; the next
 * ingest (even with nothing new) recomputes them.
 *
 * <p>Thread-safe for readers; writes are serialised by the database's write lock.
 */
public final class Store implements AutoCloseable {

    /** Where a store lives: a data folder (search index, and the SQLite file unless {@code jdbcUrl} is given). */
    public record Config(Path dataDir, String jdbcUrl) {
    }

    /** What an ingest reports as it goes; each call comes after the article's batch is committed. */
    public interface Listener {
        default void stored(String input, String id, WriteStatus status) {
        }

        default void rejected(Rejection r) {
        }

        default void progress(String message) {
        }
    }

    /** What an ingest did. */
    public record IngestReport(long run, int added, int updated, int unchanged, List<Rejection> rejected,
                               List<Written> written, double seconds, double layerSeconds) {
    }

    private final Config config;
    private final Database db;
    private final SearchIndex index;
    private volatile Cached cached;

    private record Cached(long version, EntityIndex entities, ObjectNode collection) {
    }

    private Store(Config config, Database db, SearchIndex index) {
        this.config = config;
        this.db = db;
        this.index = index;
    }

    public static Store open(Config config) {
        Database db = config.jdbcUrl() == null || config.jdbcUrl().isBlank()
                ? Database.openSqlite(config.dataDir())
                : Database.open(config.jdbcUrl());
        SearchIndex index;
        try {
            index = SearchIndex.open(config.dataDir().resolve("search"));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Store(config, db, index);
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return db;
    }

    public SearchIndex searchIndex() {
        return index;
    }

    // ------------------------------------------------------------------ ingest

    /**
     * Adds the inputs to the collection. {@code batchSize} articles are analysed and committed
     * together (smaller: less work lost to a crash, more transactions).
     */
    public IngestReport ingest(List<Outcome<RawArticle>> inputs, Analyser analyser, int batchSize, Listener listener) {
        return ingest(inputs, analyser, batchSize, listener, true);
    }

    /**
     * As {@link #ingest(List, Analyser, int, Listener)}; with {@code updateLayers} false the
     * cross-document layers are left stale (for bulk loads in several calls followed by one
     * {@link #recompute}); the next ingest that updates layers brings them up to date.
     */
    public IngestReport ingest(List<Outcome<RawArticle>> inputs, Analyser analyser, int batchSize, Listener listener,
                               boolean updateLayers) {
        long t0 = System.nanoTime();
        long run = db.startRun();
        List<Rejection> rejected = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<RejectionRow> pendingRejections = new ArrayList<>();
        // 1. plan: which inputs are new, which update a stored article, which are already there
        List<RawArticle> todo = new ArrayList<>();
        List<Identity> todoIds = new ArrayList<>();
        List<String> todoTargets = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        for (Outcome<RawArticle> o : inputs) {
            switch (o) {
                case Outcome.Rejected<RawArticle> r -> {
                    rejected.add(r.rejection());
                    pendingRejections.add(rejectionRow(run, r.rejection()));
                    listener.rejected(r.rejection());
                }
                case Outcome.Ok<RawArticle> ok -> {
                    RawArticle raw = ok.value();
                    Identity id = Identity.of(raw);
                    var existing = db.idForIdentity(id.key());
                    if (existing.isPresent() || !seenKeys.add(id.key())) {
                        unchanged++;
                        String sid = existing.orElse(null);
                        written.add(new Written(sid, WriteStatus.UNCHANGED, 0));
                        listener.stored(raw.origin().toString(), sid, WriteStatus.UNCHANGED);
                        continue;
                    }
                    todo.add(raw);
                    todoIds.add(id);
                    todoTargets.add(db.idForUrl(id.url()).orElse(null));
                }
            }
        }
        db.recordRun(run, 0, 0, unchanged, pendingRejections, false);
        int fresh = (int) todoTargets.stream().filter(t -> t == null).count();
        List<String> newIds = db.reserveIds(fresh);
        int next = 0;
        List<RawArticle> named = new ArrayList<>(todo.size());
        for (int i = 0; i < todo.size(); i++) {
            String id = todoTargets.get(i) != null ? todoTargets.get(i) : newIds.get(next++);
            named.add(todo.get(i).withId(id));
        }
        // 2. analyse and commit batch by batch; index each batch after its commit
        boolean changed = false;
        try (SearchIndex.Writer w = index.writer()) {
            catchUp(w, listener);
            for (int from = 0; from < named.size(); from += Math.max(1, batchSize)) {
                int to = Math.min(named.size(), from + Math.max(1, batchSize));
                List<RawArticle> batch = named.subList(from, to);
                List<Outcome<Document>> analysed = analyser.wantsContext()
                        ? analyser.analyse(batch, profileContext(batch))
                        : analyser.analyse(batch);
                List<NewArticle> rows = new ArrayList<>();
                Map<String, Document> docs = new HashMap<>();
                Map<String, String> inputOf = new HashMap<>();
                List<RejectionRow> batchRejections = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    RawArticle raw = batch.get(i);
                    Identity ident = todoIds.get(from + i);
                    switch (analysed.get(i)) {
                        case Outcome.Rejected<Document> r -> {
                            rejected.add(r.rejection());
                            batchRejections.add(rejectionRow(run, r.rejection()));
                        }
                        case Outcome.Ok<Document> ok -> {
                            Document d = ok.value();
                            docs.put(raw.id(), d);
                            inputOf.put(raw.id(), raw.origin().toString());
                            rows.add(newArticle(raw, ident, d));
                        }
                    }
                }
                List<Written> w1 = db.writeArticles(rows);
                int a = 0;
                int u = 0;
                int same = 0;
                for (Written x : w1) {
                    switch (x.status()) {
                        case ADDED -> a++;
                        case UPDATED -> u++;
                        case UNCHANGED -> same++;
                    }
                }
                db.recordRun(run, a, u, same, batchRejections, false);
                added += a;
                updated += u;
                unchanged += same;
                written.addAll(w1);
                for (Written x : w1) {
                    if (x.status() != WriteStatus.UNCHANGED) {
                        changed = true;
                        ArticleRow row = new ArticleRow(x.id(), x.seq(), null, null, null, null, null, null, null);
                        w.replaceArticle(x.id(), items(row, docs.get(x.id())));
                    }
                }
                for (Written x : w1) {
                    listener.stored(inputOf.get(x.id()), x.id(), x.status());
                }
                for (int i = 0; i < batch.size(); i++) {
                    if (analysed.get(i) instanceof Outcome.Rejected<Document> r) {
                        listener.rejected(r.rejection());
                    }
                }
            }
            w.commit(db.maxSeq(), index.indexedLayers());
            // 3. the cross-document layers, over the whole collection
            long t1 = System.nanoTime();
            var counts = db.counts();
            if (updateLayers && (changed || counts.layersSeq() < counts.maxSeq() || index.indexedLayers() != db.layersVersion())) {
                listener.progress("updating stories, entities, utterances and claims over " + counts.articles() + " articles");
                recompute(analyser, w);
            }
            double layerSecs = (System.nanoTime() - t1) / 1e9;
            db.recordRun(run, 0, 0, 0, List.of(), true);
            return new IngestReport(run, added, updated, unchanged, rejected, written,
                    (System.nanoTime() - t0) / 1e9, layerSecs);
        }
    }

    /** Stored articles an outlet's new batch is cleaned against, when the batch alone shows too few of its lines. */
    static final int CONTEXT_BELOW = 8;
    static final int CONTEXT_PER_OUTLET = 24;

    private List<RawArticle> profileContext(List<RawArticle> batch) {
        Map<String, Integer> perOutlet = new LinkedHashMap<>();
        Map<String, String[]> keys = new LinkedHashMap<>();
        Set<String> inBatch = new HashSet<>();
        for (RawArticle raw : batch) {
            inBatch.add(raw.id());
            String outlet = raw.meta().outlet();
            String url = Identity.normaliseUrl(raw.meta().url());
            String host = url == null || !url.startsWith("https://") ? null
                    : url.substring(0, url.indexOf('/', 8) < 0 ? url.length() : url.indexOf('/', 8)) + "/";
            String key = outlet != null ? "o:" + outlet.strip().toLowerCase(java.util.Locale.ROOT) : host != null ? "u:" + host : null;
            if (key != null) {
                perOutlet.merge(key, 1, Integer::sum);
                keys.putIfAbsent(key, new String[]{outlet, host});
            }
        }
        List<RawArticle> out = new ArrayList<>();
        for (var e : perOutlet.entrySet()) {
            if (e.getValue() >= CONTEXT_BELOW) {
                continue;
            }
            String[] k = keys.get(e.getKey());
            for (StoredArticle sa : db.recentOfOutlet(k[0], k[0] == null ? k[1] : null, CONTEXT_PER_OUTLET)) {
                if (!inBatch.contains(sa.row().id())) {
                    out.add(Layers.raw(sa));
                }
            }
        }
        return out;
    }

    private static RejectionRow rejectionRow(long run, Rejection r) {
        return new RejectionRow(run, r.origin().toString(), r.reason().name().toLowerCase(java.util.Locale.ROOT), r.detail());
    }

    private static NewArticle newArticle(RawArticle raw, Identity ident, Document d) {
        ArticleMeta m = d.meta();
        ObjectNode meta = JsonOutput.mapper().createObjectNode();
        meta.put("url", raw.meta().url());
        meta.put("outlet", raw.meta().outlet());
        meta.put("published", raw.meta().published() == null ? null : raw.meta().published().toString());
        meta.put("published_raw", raw.meta().publishedRaw());
        meta.put("title", raw.meta().title());
        meta.put("language", raw.meta().language());
        var authors = meta.putArray("authors");
        raw.meta().authors().forEach(authors::add);
        String title = d.titleText() != null ? d.titleText() : m.title();
        return new NewArticle(raw.id(), ident.key(), ident.contentHash(), ident.url() != null ? ident.url() : m.url(),
                m.outlet(), m.published() == null ? null : m.published().toString(), title,
                raw.origin().toString(), raw.format().name(), raw.content(), meta.toString(), Codec.VERSION,
                Codec.encode(d));
    }

    /** Brings the search index up to the database after a crash between a commit and the index's commit. */
    private void catchUp(SearchIndex.Writer w, Listener listener) {
        long indexed = index.indexedSeq();
        long max = db.maxSeq();
        if (indexed >= max) {
            return;
        }
        listener.progress("indexing articles stored after the search index's last commit");
        long[] last = {indexed};
        db.forEachArticle(indexed, sa -> {
            Document d = decode(sa);
            if (d != null) {
                w.replaceArticle(sa.row().id(), items(sa.row(), d));
            }
            last[0] = Math.max(last[0], sa.row().seq());
        });
        w.commit(last[0], index.indexedLayers());
    }

    /** Brings the search index up to date without ingesting (called by {@code serve} at start). */
    public void repairIndex(Listener listener) {
        if (index.indexedSeq() >= db.maxSeq() && index.indexedLayers() == db.layersVersion()) {
            return;
        }
        try (SearchIndex.Writer w = index.writer()) {
            catchUp(w, listener);
            if (index.indexedLayers() != db.layersVersion()) {
                w.replaceClaims(Layers.claimItems(db, collection()));
                w.commit(index.indexedSeq(), db.layersVersion());
            }
        }
    }

    /** Recomputes every cross-document layer over all stored documents and indexes the claims. */
    public void recompute(Analyser analyser) {
        try (SearchIndex.Writer w = index.writer()) {
            recompute(analyser, w);
        }
    }

    private void recompute(Analyser analyser, SearchIndex.Writer w) {
        List<Document> docs = new ArrayList<>();
        Map<String, ArticleRow> rows = new LinkedHashMap<>();
        long[] maxSeq = {0};
        List<StoredArticle> unreadable = new ArrayList<>();
        db.forEachArticle(0, sa -> {
            Document d = decode(sa);
            if (d == null) {
                unreadable.add(sa);
            } else {
                docs.add(d);
            }
            rows.put(sa.row().id(), sa.row());
            maxSeq[0] = Math.max(maxSeq[0], sa.row().seq());
        });
        for (StoredArticle sa : unreadable) {
            Document d = reanalyse(sa, analyser);
            if (d != null) {
                docs.add(d);
                w.replaceArticle(sa.row().id(), items(sa.row(), d));
            }
        }
        Analysis a = analyser.crossDocument(docs);
        ObjectNode collection = analyser.collectionJson(a);
        long nextStory = StoryIds.stabilise(collection, db.allStoryArticles(), db.nextStoryNumber());
        Rows.LayerRows layerRows = Layers.rows(collection, a.entities(), rows, maxSeq[0], nextStory);
        db.replaceLayers(layerRows);
        cached = null;
        w.replaceClaims(Layers.claimItems(db, collection));
        w.commit(db.maxSeq(), db.layersVersion());
    }

    /** The stored analysis, or null when it was stored by an incompatible version. */
    static Document decode(StoredArticle sa) {
        if (sa.codec() != Codec.VERSION) {
            return null;
        }
        try {
            return Codec.decodeDocument(sa.document());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Analyses a stored article again from its raw input (after an engine change made its stored form unreadable). */
    private Document reanalyse(StoredArticle sa, Analyser analyser) {
        RawArticle raw = Layers.raw(sa);
        List<Outcome<Document>> out = analyser.analyse(List.of(raw));
        if (out.get(0) instanceof Outcome.Ok<Document> ok) {
            db.replaceDocument(sa.row().id(), Codec.VERSION, Codec.encode(ok.value()));
            return ok.value();
        }
        return null;
    }

    /** What the search index holds for one article: the article and each of its quotes. */
    static List<SearchIndex.Item> items(ArticleRow row, Document d) {
        List<SearchIndex.Item> out = new ArrayList<>();
        String id = row.id();
        String outlet = d.meta().outlet();
        String day = d.meta().published() == null ? null : d.meta().published().toString();
        String title = d.titleText() != null ? d.titleText() : d.meta().title();
        StringBuilder body = new StringBuilder();
        for (var p : d.paragraphs()) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(d.text(p));
        }
        List<String> outlets = outlet == null ? List.of() : List.of(outlet);
        out.add(new SearchIndex.Item(SearchIndex.Kind.ARTICLE, "article:" + id, id, List.of(id), outlets, day, title,
                body.toString(), null, null, id));
        List<Quote> quotes = d.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            out.add(new SearchIndex.Item(SearchIndex.Kind.QUOTE, "quote:" + id + ":" + i, id, List.of(id), outlets, day,
                    title, d.text(q.content()), q.speakerLabel(), null, id + "#q" + i));
        }
        return out;
    }

    // ------------------------------------------------------------------ reading

    /** The collection JSON of the last recompute and its entity index (cached until the layers change). */
    public ObjectNode collection() {
        return cached().collection();
    }

    public EntityIndex entityIndex() {
        return cached().entities();
    }

    private Cached cached() {
        long v = db.layersVersion();
        Cached c = cached;
        if (c != null && c.version() == v) {
            return c;
        }
        ObjectNode coll = db.layer("collection").map(b -> {
            try {
                return (ObjectNode) JsonOutput.mapper().readTree(Codec.gunzip(b));
            } catch (java.io.IOException e) {
                throw new StoreException("the stored collection layers cannot be read: " + e.getMessage(), e);
            }
        }).orElseGet(() -> JsonOutput.mapper().createObjectNode());
        EntityIndex ei = db.layer("entity_index").map(b -> {
            try {
                return Codec.decodeIndex(b);
            } catch (RuntimeException e) {
                return EntityIndex.EMPTY;
            }
        }).orElse(EntityIndex.EMPTY);
        c = new Cached(v, ei, coll);
        cached = c;
        return c;
    }

    /** An article's analysed document, or null when unknown. */
    public Document document(String id) {
        return db.article(id).map(Store::decode).orElse(null);
    }

    /** An article as the engine's article JSON (with global entity ids), or null when unknown. */
    public ObjectNode articleJson(String id) {
        Document d = document(id);
        return d == null ? null : JsonOutput.article(d, entityIndex());
    }

    public SearchIndex.Result search(SearchIndex.Request request) {
        return index.search(request);
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            db.close();
        }
    }
}
