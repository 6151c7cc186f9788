package org.crosscheck.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The full-text index (Lucene, in {@code DATA/search}) over articles, the quotes in them and the
 * claims across them. It is derived data: the database is the truth, and the index records in
 * its commit which articles ({@code seq}) and which layer version it holds, so the store can
 * bring it up to date after a crash. Story and entity filters arrive as article-id sets (the
 * database knows membership); outlet and date filters are indexed fields.
 */
public final class SearchIndex implements AutoCloseable {

    /** What a searchable item is. */
    public enum Kind { ARTICLE, QUOTE, CLAIM }

    /** One item to index. {@code day} is the publication date (ISO) or null. */
    public record Item(Kind kind, String key, String owner, List<String> articleIds, List<String> outlets, String day,
                       String title, String text, String speaker, String story, String ref) {
    }

    /**
     * A search: free text (Lucene simple syntax: words, "phrases", -exclusions, OR with |),
     * kinds, and filters; null filters do not filter, an empty {@code articleIds} set matches nothing.
     */
    public record Request(String text, List<Kind> kinds, String outlet, String from, String to,
                        Collection<String> articleIds, int offset, int limit) {
    }

    /** One stretch of a snippet; {@code hit} marks the words that matched. */
    public record Segment(String text, boolean hit) {
    }

    /** One result: what it is, where it is, and the snippet (as segments and as escaped HTML with {@code <mark>}). */
    public record Hit(Kind kind, String key, String ref, String articleId, List<String> articleIds, String title,
                      String outlet, String published, String speaker, String story, float score,
                      List<Segment> snippet, String snippetHtml) {
    }

    public record Result(long total, List<Hit> hits) {
    }

    private static final int SNIPPET_CHARS = 240;

    private final Directory dir;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private DirectoryReader reader;

    private SearchIndex(Directory dir) {
        this.dir = dir;
    }

    public static SearchIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            Directory dir = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(dir)) {
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
                    w.setLiveCommitData(Map.of("seq", "0", "layers", "0").entrySet());
                    w.commit();
                }
            }
            return new SearchIndex(dir);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The commit data of the last commit: {@code seq} (articles indexed) and {@code layers} (claims version). */
    public synchronized Map<String, String> commitData() {
        try {
            return new HashMap<>(refreshed().getIndexCommit().getUserData());
        } catch (IOException e) {
            throw new StoreException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    public long indexedSeq() {
        return Long.parseLong(commitData().getOrDefault("seq", "0"));
    }

    public long indexedLayers() {
        return Long.parseLong(commitData().getOrDefault("layers", "0"));
    }

    private synchronized DirectoryReader refreshed() throws IOException {
        if (reader == null) {
            reader = DirectoryReader.open(dir);
        } else {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        return reader;
    }

    /** A writing session; only one at a time across processes (Lucene's lock file says who holds it). */
    public Writer writer() {
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setRAMBufferSizeMB(64);
            return new Writer(new IndexWriter(dir, cfg));
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new StoreException("the search index is being written by another process (a running "
                    + "'crosscheck ingest' or 'serve'); wait for it or stop it", e);
        } catch (IOException e) {
            throw new StoreException("cannot write the search index: " + e.getMessage(), e);
        }
    }

    /** Adds and replaces items; nothing is visible (or durable) until {@link #commit}. */
    public final class Writer implements AutoCloseable {
        private final IndexWriter w;

        private Writer(IndexWriter w) {
            this.w = w;
        }

        /** Replaces everything indexed for the article {@code owner} (the article and its quotes). */
        public void replaceArticle(String owner, List<Item> items) {
            try {
                w.deleteDocuments(new Term("owner", owner));
                for (Item it : items) {
                    w.addDocument(doc(it));
                }
            } catch (IOException e) {
                throw new StoreException("cannot index article " + owner + ": " + e.getMessage(), e);
            }
        }

        /** Replaces every claim. */
        public void replaceClaims(List<Item> claims) {
            try {
                w.deleteDocuments(new Term("kind", Kind.CLAIM.name()));
                for (Item it : claims) {
                    w.addDocument(doc(it));
                }
            } catch (IOException e) {
                throw new StoreException("cannot index claims: " + e.getMessage(), e);
            }
        }

        public void commit(long seq, long layers) {
            try {
                w.setLiveCommitData(Map.of("seq", Long.toString(seq), "layers", Long.toString(layers)).entrySet());
                w.commit();
            } catch (IOException e) {
                throw new StoreException("cannot commit the search index: " + e.getMessage(), e);
            }
        }

        public void deleteAll() {
            try {
                w.deleteAll();
            } catch (IOException e) {
                throw new StoreException("cannot clear the search index: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                w.close();
            } catch (IOException e) {
                throw new StoreException("cannot close the search index: " + e.getMessage(), e);
            }
        }
    }

    private static Document doc(Item it) {
        Document d = new Document();
        d.add(new StringField("key", it.key(), Field.Store.YES));
        d.add(new StringField("kind", it.kind().name(), Field.Store.YES));
        if (it.owner() != null) {
            d.add(new StringField("owner", it.owner(), Field.Store.YES));
        }
        for (String a : it.articleIds()) {
            d.add(new StringField("article", a, Field.Store.YES));
        }
        for (String o : it.outlets()) {
            if (o != null) {
                d.add(new StringField("outlet", o, Field.Store.YES));
            }
        }
        Integer day = epochDay(it.day());
        if (day != null) {
            d.add(new IntPoint("day", day));
            d.add(new StoredField("published", it.day()));
        }
        if (it.title() != null) {
            d.add(new TextField("title", it.title(), Field.Store.YES));
        }
        d.add(new TextField("text", it.text() == null ? "" : it.text(), Field.Store.YES));
        if (it.speaker() != null) {
            d.add(new TextField("speaker", it.speaker(), Field.Store.YES));
        }
        if (it.story() != null) {
            d.add(new StringField("story", it.story(), Field.Store.YES));
        }
        if (it.ref() != null) {
            d.add(new StoredField("ref", it.ref()));
        }
        return d;
    }

    private static Integer epochDay(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return (int) LocalDate.parse(iso.strip()).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Runs a search; a query the parser cannot read is searched as plain words (never an error). */
    public Result search(Request q) {
        try {
            DirectoryReader r = refreshed();
            IndexSearcher searcher = new IndexSearcher(r);
            Map<String, Float> weights = Map.of("title", 2f, "text", 1f, "speaker", 1.5f);
            org.apache.lucene.search.Query textQuery = null;
            if (q.text() != null && !q.text().isBlank()) {
                textQuery = new SimpleQueryParser(analyzer, weights).parse(q.text().strip());
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, BooleanClause.Occur.MUST);
            if (q.kinds() != null && !q.kinds().isEmpty()) {
                List<BytesRef> ks = q.kinds().stream().map(k -> new BytesRef(k.name())).toList();
                b.add(new TermInSetQuery("kind", ks), BooleanClause.Occur.FILTER);
            }
            if (q.outlet() != null) {
                b.add(new TermQuery(new Term("outlet", q.outlet())), BooleanClause.Occur.FILTER);
            }
            Integer from = epochDay(q.from());
            Integer to = epochDay(q.to());
            if (from != null || to != null) {
                b.add(IntPoint.newRangeQuery("day", from == null ? Integer.MIN_VALUE : from,
                        to == null ? Integer.MAX_VALUE : to), BooleanClause.Occur.FILTER);
            }
            if (q.articleIds() != null) {
                List<BytesRef> ids = q.articleIds().stream().map(BytesRef::new).toList();
                b.add(new TermInSetQuery("article", ids), BooleanClause.Occur.FILTER);
            }
            org.apache.lucene.search.Query query = b.build();
            int want = Math.max(1, q.offset() + q.limit());
            // one pass: the best hits and the exact number of matches
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(want, Integer.MAX_VALUE));
            long total = top.totalHits.value();
            StoredFields stored = searcher.storedFields();
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(null, analyzer)
                    .withFormatter(new SegmentFormatter())
                    .withMaxLength(200_000)
                    .build();
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = q.offset(); i < docs.length && hits.size() < q.limit(); i++) {
                Document d = stored.document(docs[i].doc);
                String text = d.get("text");
                Snippet snip = null;
                if (textQuery != null) {
                    Object o = highlighter.highlightWithoutSearcher("text", textQuery, text, 2);
                    if (o instanceof Snippet s && !s.segments().isEmpty()) {
                        snip = s;
                    }
                }
                if (snip == null) {
                    snip = Snippet.plain(text);
                }
                String[] arts = d.getValues("article");
                hits.add(new Hit(Kind.valueOf(d.get("kind")), d.get("key"), d.get("ref"), d.get("owner"),
                        List.of(arts), d.get("title"), d.get("outlet"), d.get("published"), d.get("speaker"),
                        d.get("story"), docs[i].score, snip.segments(), snip.html()));
            }
            return new Result(total, hits);
        } catch (IOException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    /** A snippet as segments and as escaped HTML. */
    record Snippet(List<Segment> segments, String html) {
        static Snippet plain(String text) {
            String t = text == null ? "" : text;
            String cut = t.length() <= SNIPPET_CHARS ? t : t.substring(0, SNIPPET_CHARS) + "\u2026";
            return new Snippet(cut.isEmpty() ? List.of() : List.of(new Segment(cut, false)), escape(cut));
        }
    }

    /** Turns the highlighter's passages into segments: plain text and matched words, never markup. */
    static final class SegmentFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Segment> segs = new ArrayList<>();
            StringBuilder html = new StringBuilder();
            int last = -1;
            for (Passage p : passages) {
                if (last >= 0 && p.getStartOffset() > last) {
                    segs.add(new Segment(" \u2026 ", false));
                    html.append(" \u2026 ");
                }
                int pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int ms = Math.max(p.getMatchStarts()[i], pos);
                    int me = p.getMatchEnds()[i];
                    if (me <= pos) {
                        continue;
                    }
                    if (ms > pos) {
                        add(segs, html, content.substring(pos, ms), false);
                    }
                    add(segs, html, content.substring(ms, me), true);
                    pos = me;
                }
                if (pos < p.getEndOffset()) {
                    add(segs, html, content.substring(pos, p.getEndOffset()), false);
                }
                last = p.getEndOffset();
            }
            return new Snippet(segs, html.toString());
        }

        private static void add(List<Segment> segs, StringBuilder html, String text, boolean hit) {
            segs.add(new Segment(text, hit));
            html.append(hit ? "<mark>" : "").append(escape(text)).append(hit ? "</mark>" : "");
        }
    }

    /** HTML-escapes text (for the snippet's HTML form). */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    @Override
    public synchronized void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            dir.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
