package org.crosscheck.engine.stories;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.MentionKind;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Token;
import org.crosscheck.engine.entities.EntityIndex;
import org.crosscheck.engine.entities.GlobalEntity;
import org.crosscheck.engine.events.Event;
import org.crosscheck.engine.time.TimeExpression;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an analysed article into {@link ArticleFeatures}: content words and numbers (the title and
 * the lead count double: news puts the event first), dates the time layer normalised, global
 * entities (named ones; descriptions such as "a resident" say nothing about which event), places,
 * and the events layer's kind, date and place when the engine has those layers.
 */
public final class FeatureExtractor {

    /** Body sentences that form the lead (after the title). */
    static final int LEAD_SENTENCES = 2;
    /** How much more a word of the title or lead counts. */
    static final double LEAD_WEIGHT = 2.0;

    private final EntityIndex index;
    private final Map<String, GlobalEntity> byId = new HashMap<>();

    public FeatureExtractor(EntityIndex index) {
        this.index = index == null ? EntityIndex.EMPTY : index;
        for (GlobalEntity g : this.index.entities()) {
            byId.put(g.id(), g);
        }
    }

    public ArticleFeatures extract(Document d) {
        Map<String, Double> terms = new LinkedHashMap<>();
        int bodySentences = 0;
        for (Sentence s : d.sentences()) {
            boolean lead = s.paragraph() < 0 || bodySentences < LEAD_SENTENCES;
            if (s.paragraph() >= 0) {
                bodySentences++;
            }
            double w = lead ? LEAD_WEIGHT : 1.0;
            for (Token t : d.tokens(s)) {
                String k = Words.contentKey(t.norm());
                if (k != null) {
                    terms.merge(k, w, Double::sum);
                }
            }
        }
        for (TimeExpression t : d.times()) {
            if (t.value() != null && "DATE".equals(t.type()) && t.value().matches("\\d{4}(-\\d{2}){0,2}")) {
                terms.merge("@" + t.value(), 1.0, Double::sum);
            }
        }
        Map<String, Double> entities = new LinkedHashMap<>();
        Set<String> places = new LinkedHashSet<>();
        for (LocalEntity e : d.entities()) {
            String gid = index.globalId(d.id(), e.id());
            if (gid == null) {
                continue;
            }
            GlobalEntity g = byId.get(gid);
            if (g != null && !g.named()) {
                continue;
            }
            int names = 0;
            for (int mi : e.mentions()) {
                Mention m = d.mentions().get(mi);
                if (m.kind() == MentionKind.NAME) {
                    names++;
                }
            }
            if (names == 0) {
                continue;
            }
            entities.merge(gid, (double) e.mentions().size(), Double::sum);
            EntityType type = g != null ? g.type() : e.type();
            if (type == EntityType.LOCATION) {
                places.add(gid);
            }
        }
        // only the article's main event (the events layer puts it first): the earlier rounds and other
        // events its body recalls are background, and their dates say nothing about which event it reports
        List<EventSignature> events = new ArrayList<>();
        if (!d.events().isEmpty()) {
            Event e = d.events().get(0);
            events.add(new EventSignature(e.type() == null ? null : e.type().toLowerCase(Locale.ROOT),
                    isoDay(e.date().value()), placeWords(e.place() == null ? null : e.place().name()), e.ordinal()));
        }
        return new ArticleFeatures(d.id(), d.meta().published(), terms, entities, new ArrayList<>(places), events);
    }

    /** A full ISO day, or null for anything less precise ("2024-10", "2024-W40") or unreadable. */
    static LocalDate isoDay(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static List<String> placeWords(String place) {
        if (place == null || place.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : place.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !Words.isStopWord(w) && !w.equals("city")) {
                out.add(w);
            }
        }
        return out;
    }
}
