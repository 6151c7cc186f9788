package org.crosscheck.engine.doc;

import org.crosscheck.engine.events.Event;
import org.crosscheck.engine.quotes.Quote;
import org.crosscheck.engine.time.ReferenceTime;
import org.crosscheck.engine.time.TimeExpression;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One article: its clean text and the layers stages have added. Immutable; every stage returns
 * a new document through one of the {@code with...} methods, which also records the layer.
 *
 * <p>{@code text} is the title (when known) and the body paragraphs, separated by blank lines.
 * All spans of all layers are character ranges of {@code text}; the constructor checks that
 * each lies inside it.
 *
 * @param id         stable identifier of the article within a run (file name, JSONL id, ...)
 * @param origin     where the article was read from
 * @param meta       outlet, URL, publication date, ... (null fields when unknown)
 * @param text       clean text
 * @param title      span of the title in {@code text}, or null when the input has none
 * @param paragraphs spans of the body paragraphs (the title is not one)
 * @param sourceMap  clean offsets back to the decoded input
 * @param warnings   things the reader should know ("3 invalid UTF-8 sequences replaced", ...)
 * @param reference  the time the article speaks from, as the time stage established it (null before it)
 */
public record Document(
        String id,
        Origin origin,
        ArticleMeta meta,
        String text,
        Span title,
        List<Span> paragraphs,
        SourceMap sourceMap,
        List<String> warnings,
        List<Token> tokens,
        List<Sentence> sentences,
        List<Mention> mentions,
        List<LocalEntity> entities,
        List<Quote> quotes,
        List<TimeExpression> times,
        ReferenceTime reference,
        List<Event> events,
        Set<Layer> layers) {

    public Document {
        if (id == null || text == null) {
            throw new IllegalArgumentException("a document needs an id and a text");
        }
        meta = meta == null ? ArticleMeta.EMPTY : meta;
        sourceMap = sourceMap == null ? SourceMap.IDENTITY_EMPTY : sourceMap;
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        events = List.copyOf(events);
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        int n = text.length();
        if (title != null) {
            inside(title, n, "title");
        }
        for (Span p : paragraphs) {
            inside(p, n, "paragraph");
        }
        for (Token t : tokens) {
            inside(t.span(), n, "token");
        }
        for (Sentence s : sentences) {
            inside(s.span(), n, "sentence");
            if (s.tokens().end() > tokens.size()) {
                throw new IllegalArgumentException("sentence " + s + " points past the " + tokens.size() + " tokens");
            }
        }
        for (Mention m : mentions) {
            inside(m.span(), n, "mention");
        }
    }

    private static void inside(Span s, int length, String what) {
        if (s.end() > length) {
            throw new IllegalArgumentException(what + " " + s + " lies outside a text of length " + length);
        }
    }

    /** A new document with only its text layer. */
    public static Document of(String id, Origin origin, ArticleMeta meta, String text, Span title,
                              List<Span> paragraphs, SourceMap sourceMap, List<String> warnings) {
        return new Document(id, origin, meta, text, title, paragraphs, sourceMap, warnings,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), EnumSet.of(Layer.TEXT));
    }

    /** A document made from a bare string (tests, synthetic input): one paragraph, no title. */
    public static Document ofText(String id, String text) {
        return of(id, Origin.of(id), ArticleMeta.EMPTY, text, null,
                text.isEmpty() ? List.of() : List.of(new Span(0, text.length())), null, List.of());
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    public String text(Span span) {
        return span.in(text);
    }

    public String titleText() {
        return title == null ? null : title.in(text);
    }

    /** The tokens of a sentence. */
    public List<Token> tokens(Sentence s) {
        return tokens.subList(s.tokens().first(), s.tokens().end());
    }

    /** The index of the sentence holding character {@code offset}, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private Set<Layer> plus(Layer... added) {
        EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        for (Layer l : added) {
            s.add(l);
        }
        return s;
    }

    public Document withTokensAndSentences(List<Token> newTokens, List<Sentence> newSentences) {
        return new Document(id, origin, meta, text, title, paragraphs, sourceMap, warnings, newTokens, newSentences,
                mentions, entities, quotes, times, reference, events, plus(Layer.TOKENS, Layer.SENTENCES));
    }

    public Document withMentions(List<Mention> newMentions) {
        return new Document(id, origin, meta, text, title, paragraphs, sourceMap, warnings, tokens, sentences,
                sorted(newMentions), entities, quotes, times, reference, events, plus(Layer.MENTIONS));
    }

    public Document withEntities(List<Mention> newMentions, List<LocalEntity> newEntities) {
        return new Document(id, origin, meta, text, title, paragraphs, sourceMap, warnings, tokens, sentences,
                sorted(newMentions), newEntities, quotes, times, reference, events, plus(Layer.MENTIONS, Layer.ENTITIES));
    }

    public Document withQuotes(List<Quote> newQuotes) {
        return new Document(id, origin, meta, text, title, paragraphs, sourceMap, warnings, tokens, sentences,
                mentions, entities, newQuotes, times, reference, events, plus(Layer.QUOTES));
    }

    public Document withTimes(List<TimeExpression> newTimes) {
        return withTimes(newTimes, reference);
    }

    /** Time expressions and the reference time ("now" of the article) they were resolved against. */
    public Document withTimes(List<TimeExpression> newTimes, ReferenceTime newReference) {
        return new Document(id, origin, meta, text, title, paragraphs, sourceMap, warnings, tokens, sentences,
                mentions, entities, quotes, newTimes, newReference, events, plus(Layer.TIMES));
    }

    public Document withEvents(List<Event> newEvents) {
        return new Document(id, origin, meta, text, title, paragraphs, sourceMap, warnings, tokens, sentences,
                mentions, entities, quotes, times, reference, newEvents, plus(Layer.EVENTS));
    }

    public Document withMeta(ArticleMeta newMeta) {
        return new Document(id, origin, newMeta, text, title, paragraphs, sourceMap, warnings, tokens, sentences,
                mentions, entities, quotes, times, reference, events, layers);
    }

    public Document withWarning(String warning) {
        List<String> w = new ArrayList<>(warnings);
        w.add(warning);
        return new Document(id, origin, meta, text, title, paragraphs, sourceMap, w, tokens, sentences,
                mentions, entities, quotes, times, reference, events, layers);
    }

    private static List<Mention> sorted(List<Mention> ms) {
        List<Mention> copy = new ArrayList<>(ms);
        copy.sort((a, b) -> a.span().compareTo(b.span()));
        return copy;
    }
}
