package org.crosscheck.engine.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.engine.analysis.Analysis;
import org.crosscheck.engine.doc.ArticleMeta;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.Rejection;
import org.crosscheck.engine.doc.Role;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.events.Event;
import org.crosscheck.engine.events.StoryEvent;
import org.crosscheck.engine.quotes.Quote;
import org.crosscheck.engine.quotes.Utterance;
import org.crosscheck.engine.stories.Story;
import org.crosscheck.engine.time.TimeExpression;

import java.util.Map;

/**
 * The JSON documents {@code analyze} writes: one per article ({@code crosscheck.article/1}) and one
 * for the collection ({@code crosscheck.collection/1}). The schema is documented in
 * {@code docs/schema.md}; spans are {@code [start, end)} character offsets into the article's
 * {@code text}.
 */
public final class JsonOutput {

    public static final String ARTICLE_SCHEMA = "crosscheck.article/1";
    public static final String COLLECTION_SCHEMA = "crosscheck.collection/1";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode article(Document d, EntityIndex index) {
        ObjectNode o = F.objectNode();
        o.put("schema", ARTICLE_SCHEMA);
        o.put("id", d.id());
        o.put("origin", d.origin().toString());
        o.set("meta", meta(d.meta()));
        o.put("text", d.text());
        o.set("title", d.title() == null ? F.nullNode() : span(d.title()));
        ArrayNode paras = o.putArray("paragraphs");
        d.paragraphs().forEach(p -> paras.add(span(p)));
        ArrayNode warnings = o.putArray("warnings");
        d.warnings().forEach(warnings::add);
        ArrayNode sents = o.putArray("sentences");
        for (Sentence s : d.sentences()) {
            ObjectNode so = span(s.span());
            so.put("first_token", s.tokens().first());
            so.put("end_token", s.tokens().end());
            so.put("paragraph", s.paragraph());
            sents.add(so);
        }
        ArrayNode toks = o.putArray("tokens");
        for (Token t : d.tokens()) {
            ArrayNode a = F.arrayNode();
            a.add(t.start());
            a.add(t.end());
            toks.add(a);
        }
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : d.mentions()) {
            ObjectNode mo = span(m.span());
            mo.put("text", m.text());
            mo.put("type", m.type().name());
            mo.put("kind", m.kind().name());
            mo.put("source", m.source());
            mo.put("entity", m.entity());
            mentions.add(mo);
        }
        ArrayNode ents = o.putArray("entities");
        for (LocalEntity e : d.entities()) {
            ObjectNode eo = F.objectNode();
            eo.put("id", e.id());
            eo.put("global", index == null ? null : index.globalId(d.id(), e.id()));
            eo.put("type", e.type().name());
            eo.put("name", e.name());
            ArrayNode ms = eo.putArray("mentions");
            e.mentions().forEach(ms::add);
            ArrayNode rs = eo.putArray("roles");
            for (Role r : e.roles()) {
                ObjectNode ro = span(r.span());
                ro.put("title", r.title());
                ro.put("affiliation", r.affiliation());
                ro.put("text", r.text());
                rs.add(ro);
            }
            eo.put("knowledge_id", e.knowledgeId());
            ents.add(eo);
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : d.quotes()) {
            quotes.add(quote(d, q, index));
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : d.times()) {
            ObjectNode to = span(t.span());
            to.put("text", d.text(t.span()));
            to.put("type", t.type());
            to.put("value", t.value());
            ArrayNode c = to.putArray("candidates");
            t.candidates().forEach(c::add);
            to.put("anchor", t.anchor());
            ArrayNode te = to.putArray("evidence");
            t.evidence().forEach(te::add);
            to.put("mod", t.mod());
            to.put("conflict", t.conflict());
            times.add(to);
        }
        ArrayNode events = o.putArray("events");
        for (Event e : d.events()) {
            events.add(event(e));
        }
        ArrayNode layers = o.putArray("layers");
        d.layers().stream().sorted().forEach(l -> layers.add(l.name()));
        return o;
    }

    /** An article's event: type, name, place, date (value, candidates, evidence), participants, phrases and sentences. */
    public static ObjectNode event(Event e) {
        ObjectNode eo = F.objectNode();
        eo.put("type", e.type());
        eo.put("name", e.name());
        eo.set("place", place(e.place()));
        eo.set("date", eventDate(e.date()));
        eo.set("participants", participants(e.participants()));
        ArrayNode ms = eo.putArray("mentions");
        e.mentions().forEach(s -> ms.add(span(s)));
        ArrayNode ev = eo.putArray("evidence");
        e.evidence().forEach(s -> ev.add(span(s)));
        return eo;
    }

    /** A story's event: merged from its articles' events, with every article's evidence. */
    public static ObjectNode storyEvent(StoryEvent e) {
        ObjectNode eo = F.objectNode();
        eo.put("id", e.id());
        eo.put("story", e.story());
        eo.put("type", e.type());
        eo.put("name", e.name());
        eo.set("place", place(e.place()));
        eo.set("date", eventDate(e.date()));
        eo.set("participants", participants(e.participants()));
        ArrayNode src = eo.putArray("sources");
        for (StoryEvent.Source s : e.sources()) {
            ObjectNode so = F.objectNode();
            so.put("article", s.article());
            so.put("event", s.event());
            ArrayNode ev = so.putArray("evidence");
            s.evidence().forEach(x -> ev.add(span(x)));
            src.add(so);
        }
        return eo;
    }

    private static com.fasterxml.jackson.databind.JsonNode place(Event.Place p) {
        if (p == null) {
            return F.nullNode();
        }
        ObjectNode po = F.objectNode();
        po.put("name", p.name());
        po.put("city", p.city());
        po.put("country", p.country());
        po.put("knowledge_id", p.knowledgeId());
        po.set("span", p.span() == null ? F.nullNode() : span(p.span()));
        po.put("evidence", p.evidence());
        return po;
    }

    private static ObjectNode eventDate(Event.EventDate d) {
        ObjectNode o = F.objectNode();
        o.put("value", d.value());
        ArrayNode c = o.putArray("candidates");
        d.candidates().forEach(c::add);
        o.put("text", d.text());
        o.set("span", d.span() == null ? F.nullNode() : span(d.span()));
        ArrayNode ev = o.putArray("evidence");
        d.evidence().forEach(ev::add);
        return o;
    }

    private static ArrayNode participants(java.util.List<Event.Participant> ps) {
        ArrayNode a = F.arrayNode();
        for (Event.Participant p : ps) {
            ObjectNode po = F.objectNode();
            po.put("name", p.name());
            po.put("kind", p.kind());
            po.put("entity", p.entity());
            po.put("knowledge_id", p.knowledgeId());
            po.put("how", p.how());
            a.add(po);
        }
        return a;
    }

    public static ObjectNode quote(Document d, Quote q, EntityIndex index) {
        ObjectNode qo = span(q.content());
        qo.put("text", d.text(q.content()));
        qo.put("kind", q.kind().name());
        qo.set("cue", q.cue() == null ? F.nullNode() : span(q.cue()));
        qo.put("cue_text", q.cue() == null ? null : d.text(q.cue()));
        qo.put("cue_lemma", q.cueLemma());
        qo.put("polarity", q.polarity() == null ? null : q.polarity().name());
        qo.set("speaker_mention", q.speakerMention() == null ? F.nullNode() : span(q.speakerMention()));
        qo.put("speaker_text", q.speakerMention() == null ? null : d.text(q.speakerMention()));
        qo.put("speaker_entity", q.speakerEntity());
        qo.put("speaker_global", index == null || q.speakerEntity() < 0 ? null : index.globalId(d.id(), q.speakerEntity()));
        qo.put("speaker", q.speakerLabel());
        qo.put("speaker_via", q.via().name());
        qo.put("confidence", q.confidence());
        return qo;
    }

    /** One utterance and its versions, each pointing at its article's quote. */
    public static ObjectNode utterance(Utterance u) {
        ObjectNode uo = F.objectNode();
        uo.put("id", u.id());
        uo.put("speaker", u.speaker());
        uo.put("speaker_name", u.speakerName());
        uo.put("multi_source", u.multiSource());
        ArrayNode outlets = uo.putArray("outlets");
        u.outlets().forEach(outlets::add);
        ArrayNode vs = uo.putArray("versions");
        for (Utterance.Version v : u.versions()) {
            ObjectNode vo = F.objectNode();
            vo.put("article", v.article());
            vo.put("quote", v.quote());
            vo.put("outlet", v.outlet());
            vo.put("kind", v.kind() == null ? null : v.kind().name());
            vo.put("text", v.text());
            vo.put("similarity", v.similarity());
            vo.put("evidence", v.evidence());
            vs.add(vo);
        }
        return uo;
    }

    public static ObjectNode collection(Analysis a, Map<String, String> articleFiles) {
        ObjectNode o = F.objectNode();
        o.put("schema", COLLECTION_SCHEMA);
        ObjectNode stats = o.putObject("stats");
        stats.put("inputs", a.stats().inputs());
        stats.put("analysed", a.stats().analysed());
        stats.put("rejected", a.stats().rejected());
        stats.put("tokens", a.stats().tokens());
        stats.put("seconds", Math.round(a.stats().seconds() * 1000) / 1000.0);
        stats.put("load_seconds", Math.round(a.stats().loadSeconds() * 1000) / 1000.0);
        stats.put("threads", a.stats().threads());
        ArrayNode arts = o.putArray("articles");
        for (Document d : a.documents()) {
            ObjectNode ao = F.objectNode();
            ao.put("id", d.id());
            ao.put("origin", d.origin().toString());
            ao.put("title", d.titleText());
            ao.put("outlet", d.meta().outlet());
            ao.put("url", d.meta().url());
            ao.put("published", d.meta().published() == null ? null : d.meta().published().toString());
            ao.put("file", articleFiles == null ? null : articleFiles.get(d.id()));
            arts.add(ao);
        }
        ArrayNode rej = o.putArray("rejected");
        for (Rejection r : a.rejected()) {
            ObjectNode ro = F.objectNode();
            ro.put("input", r.origin().toString());
            ro.put("reason", r.reason().name().toLowerCase(java.util.Locale.ROOT));
            ro.put("detail", r.detail());
            rej.add(ro);
        }
        ArrayNode ents = o.putArray("entities");
        for (GlobalEntity g : a.entities().entities()) {
            ents.add(entity(g));
        }
        ArrayNode stories = o.putArray("stories");
        Map<String, Document> byId = new java.util.HashMap<>();
        a.documents().forEach(d -> byId.put(d.id(), d));
        for (Story s : a.stories()) {
            stories.add(story(s, byId));
        }
        ArrayNode storyEvents = o.putArray("events");
        for (StoryEvent e : a.events()) {
            storyEvents.add(storyEvent(e));
        }
        ArrayNode utterances = o.putArray("utterances");
        for (Utterance u : a.utterances()) {
            utterances.add(utterance(u));
        }
        o.set("claims", ClaimsOutput.claims(a));
        o.set("claim_matrices", ClaimsOutput.matrices(a));
        return o;
    }

    /** A story: its articles with outlet and date (copies marked with what they reprint), dates and places. */
    public static ObjectNode story(Story s, Map<String, Document> documents) {
        ObjectNode so = F.objectNode();
        so.put("id", s.id());
        so.put("label", s.label());
        so.put("sources", s.sources().size());
        ArrayNode arts = so.putArray("articles");
        for (String id : s.articles()) {
            Document d = documents.get(id);
            ObjectNode ao = F.objectNode();
            ao.put("id", id);
            ao.put("title", d == null ? null : d.titleText());
            ao.put("outlet", d == null ? null : d.meta().outlet());
            ao.put("published", d == null || d.meta().published() == null ? null : d.meta().published().toString());
            ao.put("reprint_of", s.reprintOf().get(id));
            arts.add(ao);
        }
        ArrayNode groups = so.putArray("reprints");
        for (java.util.List<String> g : s.reprints()) {
            ArrayNode ga = groups.addArray();
            g.forEach(ga::add);
        }
        ArrayNode dates = so.putArray("dates");
        s.dates().forEach(dates::add);
        ArrayNode places = so.putArray("places");
        s.places().forEach(places::add);
        return so;
    }

    public static ObjectNode entity(GlobalEntity g) {
        ObjectNode eo = F.objectNode();
        eo.put("id", g.id());
        eo.put("type", g.type().name());
        eo.put("name", g.name());
        eo.put("named", g.named());
        eo.put("knowledge_id", g.knowledgeId());
        eo.put("mentions", g.mentions());
        ArrayNode al = eo.putArray("aliases");
        for (GlobalEntity.Alias x : g.aliases()) {
            ObjectNode xo = F.objectNode();
            xo.put("text", x.text());
            xo.put("count", x.count());
            xo.put("kind", x.kind());
            al.add(xo);
        }
        ArrayNode rl = eo.putArray("roles");
        for (GlobalEntity.RoleCount r : g.roles()) {
            ObjectNode ro = F.objectNode();
            ro.put("title", r.title());
            ro.put("affiliation", r.affiliation());
            ro.put("text", r.text());
            ro.put("count", r.count());
            rl.add(ro);
        }
        ArrayNode ar = eo.putArray("articles");
        g.articles().forEach(ar::add);
        return eo;
    }

    static ObjectNode meta(ArticleMeta m) {
        ObjectNode o = F.objectNode();
        o.put("url", m.url());
        o.put("outlet", m.outlet());
        o.put("published", m.published() == null ? null : m.published().toString());
        o.put("published_raw", m.publishedRaw());
        o.put("modified", m.modified() == null ? null : m.modified().toString());
        o.put("fetched", m.fetched() == null ? null : m.fetched().toString());
        o.put("title", m.title());
        ArrayNode a = o.putArray("authors");
        m.authors().forEach(a::add);
        o.put("language", m.language());
        ObjectNode p = o.putObject("provenance");
        m.provenance().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> p.put(e.getKey(), e.getValue()));
        return o;
    }

    static ObjectNode span(Span s) {
        ObjectNode o = F.objectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        return o;
    }
}
