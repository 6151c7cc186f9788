package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.MentionKind;
import org.crosscheck.engine.doc.Role;
import org.crosscheck.engine.doc.Sentence;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.nlp.NameGender;
import org.crosscheck.engine.nlp.NameGender.Gender;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a draft's speaker phrase into a speaker: the entity of a name or linked description; for a
 * pronoun, the previous speaker or the most salient fitting person of the sentences before (a subject
 * more than an object, a speaker more than a bystander, nearer more than farther, gender agreeing);
 * for an unnamed source ("a Kabul resident", "officials"), an unnamed speaker — never the nearest
 * name. Drafts are resolved in text order, so each pronoun sees the speakers before it.
 */
final class SpeakerResolver {

    private static final Set<String> PREPOSITIONS = Set.of("of", "with", "for", "to", "by", "from", "about", "against",
            "on", "at", "in", "between", "among", "than", "like", "including", "into", "toward", "towards", "over",
            "under", "after", "before", "without", "and", "or");
    private static final Set<String> MALE_WORDS = Set.of("mr.", "mr", "sir", "spokesman", "chairman", "congressman",
            "businessman", "king", "prince", "husband", "father", "son", "brother", "boy", "man", "uncle", "nephew",
            "grandfather", "actor", "lord", "sheikh", "emir");
    private static final Set<String> FEMALE_WORDS = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "madam", "lady",
            "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess", "wife", "mother",
            "daughter", "sister", "girl", "woman", "aunt", "niece", "grandmother", "actress", "dame");
    private static final int WINDOW = 6;

    private final Attributor a;
    private final Document doc;
    private final NameGender genders;
    private final Map<Integer, Gender> genderCache = new HashMap<>();
    /** Resolved speakers so far: token position of the attribution and local entity. */
    private final List<int[]> speakers = new ArrayList<>();

    SpeakerResolver(Attributor a, NameGender genders) {
        this.a = a;
        this.doc = a.doc;
        this.genders = genders;
    }

    void resolve(Attributor.Draft d) {
        if (d.resolved) {
            return;
        }
        d.resolved = true;
        if (d.inherit != null) {
            resolve(d.inherit);
            Attributor.Draft p = d.inherit;
            d.mentionSpan = p.mentionSpan;
            d.entity = p.entity;
            d.label = p.label;
            d.via = d.continuation && p.via != Quote.Via.NONE ? Quote.Via.CONTINUATION : p.via;
            d.confidence = p.via == Quote.Via.NONE ? 0.2 : p.confidence * d.factor;
            return;
        }
        Attributor.Np np = d.np;
        if (np == null) {
            d.via = Quote.Via.NONE;
            d.confidence = 0.2;
            return;
        }
        Span span = a.tokenSpan(np.first(), np.end());
        d.mentionSpan = span;
        switch (np.kind()) {
            case MENTION -> fromMention(d, np.mention());
            case PRONOUN -> pronoun(d, np);
            case GENERIC -> {
                if (np.mention() >= 0 && speakerType(doc.mentions().get(np.mention()).type())) {
                    fromMention(d, np.mention());
                } else {
                    d.entity = -1;
                    d.label = describe(doc.text(span));
                    d.via = Quote.Via.UNNAMED;
                    d.confidence = 0.8;
                }
            }
        }
        d.confidence *= d.factor;
        if (d.entity >= 0) {
            int at = d.cueFirst >= 0 ? d.cueFirst : np.first();
            speakers.add(new int[] {at, d.entity});
        }
    }

    private static boolean speakerType(EntityType t) {
        return t == EntityType.PERSON || t == EntityType.ORGANIZATION;
    }

    private void fromMention(Attributor.Draft d, int mi) {
        Mention m = doc.mentions().get(mi);
        int e = m.entity();
        if (e < 0 || e >= doc.entities().size()) {
            d.entity = -1;
            d.label = m.text();
            d.via = m.kind() == MentionKind.NAME ? Quote.Via.NAME : Quote.Via.UNNAMED;
            d.confidence = 0.8;
            return;
        }
        LocalEntity ent = doc.entities().get(e);
        boolean named = named(ent);
        d.entity = e;
        if (m.kind() == MentionKind.NAME) {
            d.via = Quote.Via.NAME;
            d.confidence = ent.type() == EntityType.PERSON || ent.type() == EntityType.ORGANIZATION ? 0.95 : 0.8;
        } else if (named) {
            d.via = Quote.Via.DESCRIPTION;
            d.confidence = 0.9;
        } else {
            d.via = Quote.Via.UNNAMED;
            d.confidence = 0.9;
        }
        d.label = named ? ent.name() : describe(m.text());
    }

    private boolean named(LocalEntity ent) {
        for (int mi : ent.mentions()) {
            if (doc.mentions().get(mi).kind() == MentionKind.NAME) {
                return true;
            }
        }
        return false;
    }

    /** "A Kabul resident" reads "a Kabul resident" in a sentence. */
    private static String describe(String text) {
        String t = text.strip();
        int sp = t.indexOf(' ');
        if (sp > 0) {
            String first = t.substring(0, sp);
            if (Attributor.DETERMINERS.contains(first.toLowerCase(Locale.ROOT))) {
                return first.toLowerCase(Locale.ROOT) + t.substring(sp);
            }
        }
        return t;
    }

    // ------------------------------------------------------------------ pronouns

    private void pronoun(Attributor.Draft d, Attributor.Np np) {
        String p = a.low[np.first()];
        d.via = Quote.Via.PRONOUN;
        if (p.equals("i") || p.equals("we") || p.equals("you")) {
            d.entity = -1;
            d.label = null;
            d.confidence = 0.2;
            return;
        }
        boolean personal = p.equals("he") || p.equals("she");
        Gender want = p.equals("he") ? Gender.MALE : p.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
        int pt = np.first();
        int ps = a.sentOf[pt];
        Map<Integer, Double> score = new HashMap<>();
        List<Sentence> ss = doc.sentences();
        List<Mention> ms = doc.mentions();
        for (int s = ps; s >= Math.max(0, ps - WINDOW); s--) {
            Sentence sent = ss.get(s);
            if (sent.paragraph() < 0 && ps != s) {
                continue; // the title is not discourse
            }
            int dist = ps - s;
            boolean firstPerson = true;
            for (int k = sent.tokens().first(); k < sent.tokens().end(); k++) {
                if (s == ps && k >= pt) {
                    break;
                }
                int mi = a.mentionStart[k];
                if (mi < 0 || a.inQuote[k] >= 0) {
                    continue;
                }
                Mention m = ms.get(mi);
                int e = m.entity();
                if (e < 0 || e >= doc.entities().size()) {
                    continue;
                }
                LocalEntity ent = doc.entities().get(e);
                if (!fits(ent, p)) {
                    continue;
                }
                if (personal && conflicts(gender(e), want)) {
                    continue;
                }
                double sc = 10 - 1.5 * dist;
                boolean afterPrep = k > sent.tokens().first() && PREPOSITIONS.contains(a.low[k - 1]);
                int end = a.tokenEndingAt(m.span().end());
                boolean possessive = end + 1 < a.n && a.low[end + 1].equals("'s");
                if (afterPrep) {
                    sc -= 2;
                } else if (firstPerson) {
                    sc += 2;
                }
                if (possessive) {
                    sc -= 1;
                }
                if (m.kind() == MentionKind.PRONOUN) {
                    sc -= 0.5;
                }
                if (ent.type() == EntityType.PERSON) {
                    firstPerson = false;
                }
                score.merge(e, sc, Math::max);
            }
        }
        // the speakers just before weigh most: "he added" after a quote by someone else is rare
        Map<Integer, Double> speakerBonus = new HashMap<>();
        for (int i = speakers.size() - 1; i >= 0; i--) {
            int[] sp = speakers.get(i);
            int dist = ps - a.sentOf[Math.min(sp[0], a.n - 1)];
            if (dist < 0) {
                continue;
            }
            if (dist > WINDOW) {
                break;
            }
            LocalEntity ent = doc.entities().get(sp[1]);
            if (!fits(ent, p) || personal && conflicts(gender(sp[1]), want)) {
                continue;
            }
            double bonus = i == speakers.size() - 1 ? 4.0 : 1.5 - 0.3 * dist;
            speakerBonus.merge(sp[1], bonus, Math::max);
        }
        for (Map.Entry<Integer, Double> en : speakerBonus.entrySet()) {
            double base = score.getOrDefault(en.getKey(), 10 - 1.5 * WINDOW);
            score.put(en.getKey(), base + en.getValue());
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, Double> en : score.entrySet()) {
            double v = en.getValue();
            if (v > bestScore) {
                second = bestScore;
                bestScore = v;
                best = en.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        if (best < 0) {
            d.entity = -1;
            d.label = null;
            d.confidence = 0.2;
            return;
        }
        double margin = bestScore - second;
        d.entity = best;
        LocalEntity ent = doc.entities().get(best);
        d.label = named(ent) ? ent.name() : describe(ent.name());
        d.confidence = margin >= 3 ? 0.9 : margin >= 1.5 ? 0.8 : 0.6;
        if (personal && want != Gender.UNKNOWN) {
            genderCache.putIfAbsent(best, want);
        }
    }

    private static boolean fits(LocalEntity ent, String pronoun) {
        return switch (pronoun) {
            case "he", "she" -> ent.type() == EntityType.PERSON;
            case "it" -> ent.type() == EntityType.ORGANIZATION || ent.type() == EntityType.LOCATION
                    || ent.type() == EntityType.MISC;
            default -> ent.type() == EntityType.ORGANIZATION || ent.type() == EntityType.PERSON
                    || ent.type() == EntityType.MISC;
        };
    }

    private static boolean conflicts(Gender have, Gender want) {
        return have != Gender.UNKNOWN && want != Gender.UNKNOWN && have != want;
    }

    /** The gender of a person entity: honorifics, gendered role words, given names; unknown when they disagree. */
    Gender gender(int e) {
        Gender g = genderCache.get(e);
        if (g != null) {
            return g;
        }
        int male = 0;
        int female = 0;
        LocalEntity ent = doc.entities().get(e);
        for (int mi : ent.mentions()) {
            Mention m = doc.mentions().get(mi);
            int f = a.tokenStartingAt(m.span().start());
            int l = a.tokenEndingAt(m.span().end());
            if (f > 0) {
                String before = a.low[f - 1];
                male += MALE_WORDS.contains(before) ? 2 : 0;
                female += FEMALE_WORDS.contains(before) ? 2 : 0;
            }
            if (m.kind() == MentionKind.NAME) {
                String given = a.low[f];
                if (MALE_WORDS.contains(given)) {
                    male += 2;
                } else if (FEMALE_WORDS.contains(given)) {
                    female += 2;
                } else if (l > f) {
                    Gender ng = genders.of(doc.tokens().get(f).word());
                    male += ng == Gender.MALE ? 1 : 0;
                    female += ng == Gender.FEMALE ? 1 : 0;
                }
            } else {
                for (int k = f; k <= l; k++) {
                    male += MALE_WORDS.contains(a.low[k]) ? 1 : 0;
                    female += FEMALE_WORDS.contains(a.low[k]) ? 1 : 0;
                }
            }
        }
        for (Role r : ent.roles()) {
            for (String w : r.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                male += MALE_WORDS.contains(w) ? 1 : 0;
                female += FEMALE_WORDS.contains(w) ? 1 : 0;
            }
        }
        g = male > female ? Gender.MALE : female > male ? Gender.FEMALE : Gender.UNKNOWN;
        genderCache.put(e, g);
        return g;
    }
}
