package org.crosscheck.store;

import java.util.List;
import java.util.Map;

/** The plain records the store reads and writes (no database types in them). */
public final class Rows {

    private Rows() {
    }

    /** One page of a longer list. */
    public record Page<T>(List<T> items, long total, int offset, int limit) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** What lists show of an article. */
    public record ArticleRow(String id, long seq, String url, String outlet, String published, String title,
                             String origin, String format, String ingestedAt) {
    }

    /** An article with what it was made from and its analysed document (codec form). */
    public record StoredArticle(ArticleRow row, String rawContent, String rawMeta, int codec, byte[] document) {
    }

    /** An article to write: its identity, row fields, raw input and analysed document. */
    public record NewArticle(String id, String identityKey, String contentHash, String url, String outlet,
                             String published, String title, String origin, String format, String rawContent,
                             String rawMeta, int codec, byte[] document) {
    }

    /** What became of one article of a write. */
    public enum WriteStatus { ADDED, UPDATED, UNCHANGED }

    /** The outcome of writing one article. */
    public record Written(String id, WriteStatus status, long seq) {
    }

    public record StoryRow(String id, int ord, String label, String firstDate, String lastDate, int outletCount,
                           int articleCount, String body) {
    }

    public record EntityRow(String id, int ord, String type, String name, String searchKey, boolean named,
                            int mentions, int articleCount, String body) {
    }

    /** An utterance or a claim: id, order, its key (the speaker of an utterance, the proposition of a claim), story and JSON. */
    public record ItemRow(String id, int ord, String key, String storyId, String body) {
    }

    /**
     * The cross-document layers of the whole collection, as rows, replacing the previous ones at
     * once; {@code coversSeq} is the last article they include, {@code nextStory} the next unused story number.
     */
    public record LayerRows(List<StoryRow> stories, Map<String, List<String>> storyArticles,
                            List<EntityRow> entities, Map<String, List<String>> entityArticles,
                            List<ItemRow> utterances, List<ItemRow> claims, Map<String, List<String>> claimStories,
                            Map<String, byte[]> blobs,
                            long coversSeq, long nextStory) {
    }

    /** Filters of the article list; null fields do not filter. */
    public record ArticleFilter(String outlet, String storyId, String entityId, String from, String to) {
        public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null);
    }

    /** An ingest command's record. */
    public record RunRow(long id, String startedAt, String finishedAt, int added, int updated, int unchanged,
                         int rejected) {
    }

    /** An input that was refused, with why. */
    public record RejectionRow(long runId, String input, String reason, String detail) {
    }

    /** Sizes of the collection. */
    public record Counts(long articles, long stories, long entities, long utterances, long claims, long outlets,
                         long maxSeq, long layersSeq) {
    }
}
