package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.MentionKind;
import org.crosscheck.engine.doc.Origin;
import org.crosscheck.engine.doc.Role;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.TokenSpan;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.quotes.CuePolarity;
import org.crosscheck.engine.quotes.Quote;
import org.crosscheck.engine.quotes.QuoteKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-built articles for the claims tests: text, sentences, named mentions of the people and
 * organisations given, hand-made quotes, and one global identity per name across articles.
 */
final class TestCollection {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[\"\u201D\u2019]?|$)");

    /** A name of the collection and what it is. */
    record Name(String name, EntityType type, String roleTitle, String roleAffiliation) {
    }

    final class Article {
        final String id;
        final String outlet;
        final String text;
        final List<Quote> quotes = new ArrayList<>();
        final Map<String, Integer> localOf = new LinkedHashMap<>();

        Article(String id, String outlet, String text) {
            this.id = id;
            this.outlet = outlet;
            this.text = text;
        }

        /** A quote: its content, the cue words before or after it, the speaker's name as written in the article. */
        Article quote(String content, String cue, QuoteKind kind, CuePolarity polarity, String speaker) {
            int c = text.indexOf(content);
            if (c < 0) {
                throw new IllegalArgumentException("content not in " + id + ": " + content);
            }
            Span cs = new Span(c, c + content.length());
            Span cueSpan = null;
            if (cue != null) {
                int k = text.indexOf(cue);
                if (k < 0) {
                    throw new IllegalArgumentException("cue not in " + id + ": " + cue);
                }
                cueSpan = new Span(k, k + cue.length());
            }
            Span sm = null;
            int ent = -1;
            if (speaker != null) {
                int s = text.indexOf(speaker);
                sm = s < 0 ? null : new Span(s, s + speaker.length());
                ent = local(speaker);
            }
            quotes.add(new Quote(cs, cueSpan, kind, polarity, sm, ent, speaker, 0.9));
            return this;
        }

        Article said(String content, String speaker) {
            return quote(content, "said", QuoteKind.REPORTED, CuePolarity.ASSERT, speaker);
        }

        int local(String name) {
            for (Map.Entry<String, Integer> e : localOf.entrySet()) {
                if (e.getKey().equals(name) || e.getKey().endsWith(" " + name)) {
                    return e.getValue();
                }
            }
            return -1;
        }
    }

    private final Map<String, Name> names = new LinkedHashMap<>();
    final List<Article> articles = new ArrayList<>();

    TestCollection person(String name, String roleTitle, String affiliation) {
        names.put(name, new Name(name, EntityType.PERSON, roleTitle, affiliation));
        return this;
    }

    TestCollection person(String name) {
        return person(name, null, null);
    }

    TestCollection org(String name) {
        names.put(name, new Name(name, EntityType.ORGANIZATION, null, null));
        return this;
    }

    Article article(String id, String outlet, String text) {
        Article a = new Article(id, outlet, text);
        int k = 0;
        for (Name n : names.values()) {
            if (text.contains(n.name()) || (n.type() == EntityType.PERSON && text.contains(surname(n.name())))) {
                a.localOf.put(n.name(), k++);
            }
        }
        articles.add(a);
        return a;
    }

    private static String surname(String name) {
        String[] w = name.split(" ");
        return w[w.length - 1];
    }

    List<Document> documents() {
        List<Document> out = new ArrayList<>();
        for (Article a : articles) {
            List<Sentence> sentences = new ArrayList<>();
            List<Span> paragraphs = new ArrayList<>();
            int p = 0;
            for (String para : a.text.split("\n\n")) {
                int start = a.text.indexOf(para, p);
                paragraphs.add(new Span(start, start + para.length()));
                Matcher m = SENTENCE.matcher(para);
                while (m.find()) {
                    Span s = StatementFinder.trim(a.text, new Span(start + m.start(), start + m.end()));
                    if (!s.isEmpty()) {
                        sentences.add(new Sentence(s, new TokenSpan(0, 0), paragraphs.size() - 1));
                    }
                }
                p = start + para.length();
            }
            List<Mention> mentions = new ArrayList<>();
            List<LocalEntity> ents = new ArrayList<>();
            for (Map.Entry<String, Integer> e : a.localOf.entrySet()) {
                Name n = names.get(e.getKey());
                List<Integer> mi = new ArrayList<>();
                for (String form : n.type() == EntityType.PERSON ? List.of(n.name(), surname(n.name())) : List.of(n.name())) {
                    int i = a.text.indexOf(form);
                    while (i >= 0) {
                        int at = i;
                        boolean inside = mentions.stream().anyMatch(m -> m.span().contains(at));
                        if (!inside) {
                            mentions.add(new Mention(new Span(i, i + form.length()), form, n.type(), MentionKind.NAME, "test", e.getValue()));
                        }
                        i = a.text.indexOf(form, i + form.length());
                    }
                }
                List<Role> roles = n.roleTitle() == null ? List.of()
                        : List.of(new Role(new Span(0, 0), n.roleTitle(), n.roleAffiliation(), n.roleTitle()));
                ents.add(new LocalEntity(e.getValue(), n.type(), n.name(), mi, roles, null));
            }
            mentions.sort((x, y) -> x.span().compareTo(y.span()));
            List<LocalEntity> fixed = new ArrayList<>();
            for (LocalEntity le : ents) {
                List<Integer> idx = new ArrayList<>();
                for (int i = 0; i < mentions.size(); i++) {
                    if (mentions.get(i).entity() == le.id()) {
                        idx.add(i);
                    }
                }
                fixed.add(new LocalEntity(le.id(), le.type(), le.name(), idx, le.roles(), null));
            }
            ArticleMeta meta = new ArticleMeta(null, a.outlet, null, null, null, List.of(), null, Map.of());
            Document d = Document.of(a.id, Origin.of(a.id), meta, a.text, null, paragraphs, null, List.of())
                    .withTokensAndSentences(List.of(), sentences)
                    .withEntities(mentions, fixed)
                    .withQuotes(a.quotes);
            out.add(d);
        }
        return out;
    }

    EntityIndex index() {
        Map<String, String> idOf = new HashMap<>();
        List<GlobalEntity> globals = new ArrayList<>();
        int p = 0;
        int o = 0;
        for (Name n : names.values()) {
            String id = n.type() == EntityType.PERSON ? "P" + (++p) : "O" + (++o);
            idOf.put(n.name(), id);
            List<GlobalEntity.RoleCount> roles = n.roleTitle() == null ? List.of()
                    : List.of(new GlobalEntity.RoleCount(n.roleTitle(), n.roleAffiliation(), n.roleTitle(), 1));
            globals.add(new GlobalEntity(id, n.type(), n.name(), true, List.of(new GlobalEntity.Alias(n.name(), 1, "name")),
                    roles, 1, List.of(), null));
        }
        Map<String, List<String>> l2g = new HashMap<>();
        for (Article a : articles) {
            List<String> l = new ArrayList<>();
            for (String name : a.localOf.keySet()) {
                l.add(idOf.get(name));
            }
            l2g.put(a.id, l);
        }
        return new EntityIndex(globals, l2g);
    }
}
