package org.crosscheck.engine.time;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.MentionKind;
import org.crosscheck.engine.doc.Role;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.entities.KnowledgeBase;
import org.crosscheck.engine.entities.KnowledgeEntry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article gives no publication date, bounds the day it speaks from with the evidence in its
 * own text: a dateline or a date line; "today, October 4"; dated landmarks it refers to ("over three
 * years since the Taliban's return to power"), names that only exist after a date ("ISIS-K"), a
 * group referred to as a government (its periods in power); years it states in the past tense; and
 * weekday-dated days ("Friday, June 21" falls on a Friday only in some years). Each piece of evidence
 * narrows the possible days; one that would leave none is set aside and reported.
 */
public final class ReferenceTimeEstimator {

    /** How near the reference day a day named without its year lies: about six months. */
    static final long SLACK_DAYS = TimexResolver.SLACK_DAYS;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final Pattern DATELINE_BEFORE = Pattern.compile("^\\s*(?:[A-Z][\\p{L}.'\u2019-]*(?:[ ,]+[A-Za-z][\\p{L}.'\u2019-]*){0,5})?\\s*[,(\u2013\u2014-]?\\s*$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:,?\\s*\\d{4})?\\s*(?:\\([^)]{1,40}\\))?\\s*(?:[\u2013\u2014:-]|--)");
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^\\s*(?:(?:published|updated|posted|last\\s+updated|date)\\s*(?:on)?\\s*:?\\s*)?$");
    private static final Pattern FUTURE_BEFORE = Pattern.compile("(?i)\\b(?:upcoming|planned|scheduled|proposed|ahead\\s+of|will|would|expected|prepar(?:e|es|ing)\\s+for|next)\\b[^.;]{0,30}$");
    private static final Pattern SINCE_BETWEEN = Pattern.compile("(?i)^\\s*(?:[\\p{L}']+\\s+){0,3}?(?:since|after|from)\\s+(?:the\\s+)?$");
    private static final Pattern ANNIVERSARY_BEFORE = Pattern.compile("(?i)(?<ord>" + NumberWords.ORDINAL + "|\\d{1,3}(?:st|nd|rd|th))\\s+anniversary\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern YEAR_CONTEXT = Pattern.compile("(?i)\\b(?:in|since|during|from|of|on|early|late|mid|end\\s+of|beginning\\s+of|until|through|between|and|after)\\s*$");
    private static final Pattern DURATION_VALUE = Pattern.compile("P(\\d+)(Y|M|W|D)");
    private static final Set<String> GOVERNMENT_TITLES = Set.of("minister", "foreign minister", "prime minister",
            "deputy foreign minister", "deputy prime minister", "interior minister", "defence minister", "defense minister",
            "finance minister", "president", "vice president", "ambassador", "envoy", "special envoy", "governor",
            "consul", "deputy minister", "acting foreign minister", "acting minister", "head of government",
            "supreme leader", "spokesperson", "spokesman", "spokeswoman", "government spokesperson");

    private final TimeConfig config;
    private final KnowledgeBase kb;
    private final Landmarks landmarks;

    public ReferenceTimeEstimator(TimeConfig config, KnowledgeBase kb, Landmarks landmarks) {
        this.config = config;
        this.kb = kb;
        this.landmarks = landmarks;
    }

    /** One piece of evidence: the days it allows, whether it bounds the past, and why. */
    private record Constraint(List<Interval> allowed, boolean lowerBound, String reason) {
    }

    /** The reference time of {@code doc} from its text; {@code found} are the expressions the grammar found in it. */
    ReferenceTime estimate(Document doc, List<Found> found) {
        String text = doc.text();
        LocalDate today = config.today();
        List<Constraint> cs = new ArrayList<>();
        datelines(doc, found, cs);
        todayApposition(text, found, cs);
        landmarkMentions(doc, found, cs);
        governments(doc, cs);
        knowledge(doc, cs);
        statedYears(doc, found, cs);
        weekdayDays(found, cs);

        List<Interval> allowed = List.of(new Interval(EARLIEST, today));
        List<String> evidence = new ArrayList<>();
        evidence.add("publication date unknown; not after " + today + " (the day of the analysis)");
        boolean bounded = false;
        for (Constraint c : cs) {
            List<Interval> next = Interval.intersect(allowed, c.allowed());
            if (next.isEmpty()) {
                evidence.add("set aside, as it contradicts the evidence before it: " + c.reason());
                continue;
            }
            if (!next.equals(allowed) || c.lowerBound()) {
                evidence.add(c.reason());
            }
            allowed = next;
            bounded |= c.lowerBound();
        }
        if (!bounded) {
            List<Interval> window = Interval.intersect(allowed,
                    List.of(new Interval(today.minusYears(config.windowYears()), today)));
            allowed = window.isEmpty() ? allowed : window;
        }
        LocalDate exact = null;
        if (allowed.size() == 1 && allowed.get(0).from().equals(allowed.get(0).to()) && bounded) {
            exact = allowed.get(0).from();
            evidence.add("one day remains: " + exact);
        }
        return new ReferenceTime(exact, allowed, bounded, evidence);
    }

    // ---- datelines and date lines ------------------------------------------------------------

    private void datelines(Document doc, List<Found> found, List<Constraint> cs) {
        String text = doc.text();
        List<Span> blocks = new ArrayList<>();
        if (doc.title() != null) {
            blocks.add(doc.title());
        }
        for (int i = 0; i < Math.min(3, doc.paragraphs().size()); i++) {
            blocks.add(doc.paragraphs().get(i));
        }
        for (Found f : found) {
            if (!f.type().equals("DATE")) {
                continue;
            }
            Span block = null;
            for (Span b : blocks) {
                if (b.contains(f.span())) {
                    block = b;
                }
            }
            if (block == null) {
                continue;
            }
            String before = text.substring(block.start(), f.span().start());
            String after = text.substring(f.span().end(), block.end());
            boolean dateLine = DATE_LINE.matcher(before).matches() && after.strip().replaceAll("(?i)^(?:,?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*\\w{0,4})$", "").isBlank();
            boolean dateline = before.length() < 60 && DATELINE_BEFORE.matcher(before).matches() && DATELINE_AFTER.matcher(after).lookingAt();
            if (!dateLine && !dateline) {
                continue;
            }
            String what = dateLine ? "a date line" : "the dateline";
            String quoted = "\u201c" + text.substring(f.span().start(), f.span().end()) + "\u201d";
            switch (f.meaning()) {
                case Meaning.Fixed fx -> {
                    LocalDate d = TimeValues.dayOf(fx.value());
                    if (d != null) {
                        cs.add(0, new Constraint(List.of(new Interval(d, d)), true, what + " gives the day " + quoted));
                    }
                }
                case Meaning.Partial p when p.day() != null ->
                        cs.add(new Constraint(sameDayEveryYear(p.month(), p.day()), false, what + " gives the day of the year " + quoted));
                default -> {
                }
            }
        }
    }

    private List<Interval> sameDayEveryYear(int month, int day) {
        List<Interval> out = new ArrayList<>();
        for (int y = EARLIEST.getYear(); y <= config.today().getYear(); y++) {
            LocalDate d = TimeValues.dateOrNull(y, month, day);
            if (d != null) {
                out.add(new Interval(d, d));
            }
        }
        return out;
    }

    /** "held today, October 4": the article speaks from a 4 October. */
    private void todayApposition(String text, List<Found> found, List<Constraint> cs) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Found a = found.get(i);
            Found b = found.get(i + 1);
            String between = text.substring(a.span().end(), b.span().start());
            if (!between.matches("\\s*,?\\s*(?:on\\s+)?")) {
                continue;
            }
            Found today = null;
            Found day = null;
            if (isToday(text, a) && b.meaning() instanceof Meaning.Partial p && p.day() != null) {
                today = a;
                day = b;
            } else if (isToday(text, b) && a.meaning() instanceof Meaning.Partial p && p.day() != null) {
                today = b;
                day = a;
            }
            if (today != null) {
                Meaning.Partial p = (Meaning.Partial) day.meaning();
                cs.add(new Constraint(sameDayEveryYear(p.month(), p.day()), false, "\u201c"
                        + text.substring(Math.min(a.span().start(), b.span().start()), Math.max(a.span().end(), b.span().end()))
                        + "\u201d: the article speaks from a " + p.day() + " " + monthName(p.month())));
            }
        }
    }

    private static boolean isToday(String text, Found f) {
        return text.substring(f.span().start(), f.span().end()).toLowerCase(Locale.ROOT).matches("today|tonight");
    }

    private static String monthName(int m) {
        String n = java.time.Month.of(m).name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    // ---- landmarks ---------------------------------------------------------------------------

    private void landmarkMentions(Document doc, List<Found> found, List<Constraint> cs) {
        String text = doc.text();
        LocalDate today = config.today();
        Set<String> mentioned = new LinkedHashSet<>();
        for (Landmarks.Mention lm : landmarks.find(text)) {
            int sStart = sentenceStart(doc, lm.span().start());
            String before = text.substring(sStart, lm.span().start());
            if (FUTURE_BEFORE.matcher(before).find()) {
                continue;
            }
            String quoted = "\u201c" + lm.text() + "\u201d";
            String names = lm.landmarks().stream().map(l -> l.describe() + (l.source().isEmpty() ? "" : " [" + l.source() + "]"))
                    .reduce((x, y) -> x + " or " + y).orElse("");
            Matcher ann = ANNIVERSARY_BEFORE.matcher(before);
            if (ann.find()) {
                Integer n = NumberWords.ordinal(ann.group("ord"));
                if (n != null) {
                    List<Interval> iv = new ArrayList<>();
                    for (Landmarks.Landmark l : lm.landmarks()) {
                        LocalDate at = l.date().plusYears(n);
                        iv.add(new Interval(at.minusDays(45), at.plusDays(45)));
                    }
                    cs.add(new Constraint(Interval.normalise(iv), true, "the " + ann.group("ord") + " anniversary of "
                            + quoted + ": " + names));
                    continue;
                }
            }
            Found duration = durationBefore(text, found, sStart, lm.span().start());
            if (duration != null) {
                List<Interval> iv = new ArrayList<>();
                for (Landmarks.Landmark l : lm.landmarks()) {
                    Interval i = after(l.date(), ((Meaning.Fixed) duration.meaning()).value(), duration.mod());
                    if (i != null) {
                        iv.add(i);
                    }
                }
                if (!iv.isEmpty()) {
                    String dq = "\u201c" + text.substring(duration.span().start(), lm.span().end()) + "\u201d";
                    cs.add(new Constraint(Interval.normalise(iv), true, dq + ": " + names + ", so written "
                            + iv.stream().map(i -> "between " + i.from() + " and " + i.to()).reduce((x, y) -> x + " or " + y).orElse("")));
                    continue;
                }
            }
            LocalDate earliest = lm.earliest();
            if (earliest.isAfter(today) || !mentioned.add(lm.landmarks().get(0).id())) {
                continue;
            }
            cs.add(new Constraint(List.of(new Interval(earliest, today)), true, "refers to " + quoted + ": " + names
                    + ", so written after " + earliest));
        }
    }

    /** A duration that ends just before "since"/"after" and the landmark: "over three years having passed since". */
    private static Found durationBefore(String text, List<Found> found, int sentenceStart, int landmarkStart) {
        Found best = null;
        for (Found f : found) {
            if (!f.type().equals("DURATION") || f.span().end() > landmarkStart || f.span().start() < sentenceStart) {
                continue;
            }
            if (!(f.meaning() instanceof Meaning.Fixed)) {
                continue;
            }
            if (SINCE_BETWEEN.matcher(text.substring(f.span().end(), landmarkStart)).matches()) {
                best = f;
            }
        }
        return best;
    }

    /** The days an article written {@code duration} after {@code date} may fall on, by the duration's modifier. */
    static Interval after(LocalDate date, String duration, String mod) {
        Matcher m = DURATION_VALUE.matcher(duration);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        LocalDate at;
        LocalDate next;
        switch (m.group(2)) {
            case "Y" -> {
                at = date.plusYears(n);
                next = date.plusYears(n + 1L);
            }
            case "M" -> {
                at = date.plusMonths(n);
                next = date.plusMonths(n + 1L);
            }
            case "W" -> {
                at = date.plusWeeks(n);
                next = date.plusWeeks(n + 1L);
            }
            default -> {
                at = date.plusDays(n);
                next = date.plusDays(n + 1L);
            }
        }
        long unitDays = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(at, next));
        if (mod == null) {
            return new Interval(at, next.minusDays(1));
        }
        return switch (mod) {
            case "LESS_THAN", "EQUAL_OR_LESS" -> new Interval(at.minusDays(unitDays), at);
            case "APPROX" -> new Interval(at.minusDays(unitDays / 2), at.plusDays(unitDays / 2));
            default -> new Interval(at, next.minusDays(1));
        };
    }

    private static int sentenceStart(Document doc, int offset) {
        int s = doc.sentenceAt(offset);
        if (s >= 0) {
            return doc.sentences().get(s).span().start();
        }
        int p = doc.text().lastIndexOf('\n', Math.max(0, offset - 1));
        return p < 0 ? 0 : p + 1;
    }

    // ---- governments and the knowledge base --------------------------------------------------

    private void governments(Document doc, List<Constraint> cs) {
        Set<String> done = new LinkedHashSet<>();
        for (Landmarks.Mention g : landmarks.findGovernments(doc.text())) {
            for (Landmarks.Landmark l : g.landmarks()) {
                if (done.add(l.id())) {
                    cs.add(new Constraint(clip(l.periods()), true, "refers to \u201c" + g.text() + "\u201d as a government: "
                            + l.describe() + (l.source().isEmpty() ? "" : " [" + l.source() + "]")));
                }
            }
        }
        if (kb == null) {
            return;
        }
        // descriptions and roles the entity stage linked to a governing group: "the current government of Afghanistan"
        for (LocalEntity e : doc.entities()) {
            KnowledgeEntry entry = e.knowledgeId() == null ? null : kb.get(e.knowledgeId());
            if (entry == null || entry.attribute("governs").isEmpty()) {
                continue;
            }
            String how = governmentReference(doc, e);
            if (how == null) {
                continue;
            }
            List<Landmarks.Landmark> rules = new ArrayList<>(landmarks.rulesFor(entry.name()));
            for (String a : entry.aliases()) {
                if (rules.isEmpty()) {
                    rules.addAll(landmarks.rulesFor(a));
                }
            }
            if (!rules.isEmpty()) {
                for (Landmarks.Landmark l : rules) {
                    if (done.add(l.id())) {
                        cs.add(new Constraint(clip(l.periods()), true, "refers to " + entry.name() + " as the government ("
                                + how + "): " + l.describe() + (l.source().isEmpty() ? "" : " [" + l.source() + "]")));
                    }
                }
            } else {
                LocalDate since = date(entry.first("since"));
                if (since != null && done.add(entry.id())) {
                    cs.add(new Constraint(List.of(new Interval(since, config.today())), true, "refers to " + entry.name()
                            + " as the government (" + how + "), in power since " + since + " [" + entry.source() + "]"));
                }
            }
        }
    }

    /** How the article refers to {@code e} as a government, or null when it does not. */
    private static String governmentReference(Document doc, LocalEntity e) {
        for (int mi : e.mentions()) {
            Mention m = doc.mentions().get(mi);
            String t = m.text().toLowerCase(Locale.ROOT);
            if (m.kind() == MentionKind.DESCRIPTION || t.matches(".*\\b(government|govt|regime|administration|authorities|rulers|emirate|cabinet)\\b.*")) {
                return "\u201c" + m.text() + "\u201d";
            }
        }
        for (LocalEntity p : doc.entities()) {
            for (Role r : p.roles()) {
                if (r.affiliation() == null || r.title() == null || !GOVERNMENT_TITLES.contains(r.title())) {
                    continue;
                }
                String aff = r.affiliation().toLowerCase(Locale.ROOT);
                if (aff.equalsIgnoreCase(e.name()) || aff.contains(e.name().toLowerCase(Locale.ROOT))) {
                    return "\u201c" + r.text() + "\u201d";
                }
            }
        }
        return null;
    }

    /** Names with a founding date in the knowledge base: a mention means the article is later. */
    private void knowledge(Document doc, List<Constraint> cs) {
        if (kb == null) {
            return;
        }
        Set<String> done = new LinkedHashSet<>();
        for (LocalEntity e : doc.entities()) {
            KnowledgeEntry entry = e.knowledgeId() == null ? null : kb.get(e.knowledgeId());
            if (entry == null || !done.add(entry.id())) {
                continue;
            }
            LocalDate founded = date(entry.first("founded"));
            if (founded == null) {
                founded = date(entry.first("established"));
            }
            if (founded != null && !founded.isAfter(config.today())) {
                cs.add(new Constraint(List.of(new Interval(founded, config.today())), true, "names " + entry.name()
                        + ", founded " + founded + " [" + entry.source() + "]"));
            }
        }
    }

    private List<Interval> clip(List<Interval> periods) {
        List<Interval> out = new ArrayList<>();
        for (Interval p : periods) {
            LocalDate to = p.to().isAfter(config.today()) ? config.today() : p.to();
            if (!to.isBefore(p.from())) {
                out.add(new Interval(p.from(), to));
            }
        }
        return out.isEmpty() ? periods : out;
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            if (t.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(t), 1, 1);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(t + "-01");
            }
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    // ---- stated years and weekday-dated days -------------------------------------------------

    /** "designated it a terrorist group in 2003": an article stating a past year is written after it began. */
    private void statedYears(Document doc, List<Found> found, List<Constraint> cs) {
        String text = doc.text();
        LocalDate best = null;
        String why = null;
        for (Found f : found) {
            if (!(f.meaning() instanceof Meaning.Fixed fx) || !f.type().equals("DATE")) {
                continue;
            }
            LocalDate start = TimexResolver.startOf(fx.value());
            if (start == null) {
                continue;
            }
            int sStart = sentenceStart(doc, f.span().start());
            String before = text.substring(Math.max(sStart, f.span().start() - 30), f.span().start());
            boolean fullDate = fx.value().length() >= 10;
            if (!fullDate && !YEAR_CONTEXT.matcher(before).find()) {
                continue;
            }
            Span sent = doc.sentenceAt(f.span().start()) >= 0 ? doc.sentences().get(doc.sentenceAt(f.span().start())).span()
                    : new Span(sStart, Math.min(text.length(), f.span().end() + 60));
            if (Tense.around(text, f.span().start(), f.span().end(), sent.start(), sent.end()) == Tense.FUTURE) {
                continue;
            }
            if (best == null || start.isAfter(best)) {
                best = start;
                why = "\u201c" + text.substring(f.span().start(), f.span().end()) + "\u201d";
            }
        }
        if (best != null && !best.isAfter(config.today())) {
            cs.add(new Constraint(List.of(new Interval(best, config.today())), true, "states the date " + why
                    + " in the past, so written after " + best));
        }
    }

    /** "Friday, June 21": the article speaks from within half a year of a year where 21 June is a Friday. */
    private void weekdayDays(List<Found> found, List<Constraint> cs) {
        for (Found f : found) {
            if (f.meaning() instanceof Meaning.Partial p && p.day() != null && p.weekday() != null) {
                List<Interval> iv = new ArrayList<>();
                for (LocalDate d : TimeValues.datesOnWeekday(p.month(), p.day(), p.weekday(), EARLIEST, config.today().plusYears(1))) {
                    iv.add(new Interval(d.minusDays(SLACK_DAYS), d.plusDays(SLACK_DAYS)));
                }
                if (!iv.isEmpty()) {
                    cs.add(new Constraint(Interval.normalise(iv), false, p.day() + " " + monthName(p.month()) + " is a "
                            + TimeValues.name(p.weekday()) + " only in some years"));
                }
            }
        }
    }
}
