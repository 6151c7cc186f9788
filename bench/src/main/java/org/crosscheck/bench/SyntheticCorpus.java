package org.crosscheck.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates realistic news articles for benchmarks: invented people with titles, real countries
 * and cities, quotes in several forms, dates with and without years, ~500 tokens each. Seeded,
 * so every run sees the same text.
 */
public final class SyntheticCorpus {

    private static final String[] FIRST = {"Amina", "Daniel", "Farid", "Helena", "Ivan", "Jamila", "Kenji", "Lucia",
            "Marek", "Nadia", "Omar", "Petra", "Rashid", "Sofia", "Tomas", "Yusuf", "Elena", "Karim", "Ingrid", "Pablo"};
    private static final String[] LAST = {"Varga", "Okafor", "Haddad", "Lindqvist", "Morozov", "Rahimi", "Tanaka",
            "Ferreira", "Novak", "Benali", "Kowalski", "Sorensen", "Qureshi", "Castillo", "Demir", "Abubakar",
            "Petrenko", "Nakamura", "Moreau", "Estrada"};
    private static final String[] COUNTRIES = {"Kenya", "Norway", "Chile", "Vietnam", "Morocco", "Poland", "Canada",
            "Indonesia", "Ghana", "Portugal", "Mongolia", "Peru", "Jordan", "Finland", "Uruguay", "Nepal"};
    private static final String[] DEMONYMS = {"Kenyan", "Norwegian", "Chilean", "Vietnamese", "Moroccan", "Polish",
            "Canadian", "Indonesian", "Ghanaian", "Portuguese", "Mongolian", "Peruvian", "Jordanian", "Finnish",
            "Uruguayan", "Nepali"};
    private static final String[] CITIES = {"Nairobi", "Oslo", "Santiago", "Hanoi", "Rabat", "Warsaw", "Ottawa",
            "Jakarta", "Accra", "Lisbon", "Ulaanbaatar", "Lima", "Amman", "Helsinki", "Montevideo", "Kathmandu"};
    private static final String[] TITLES = {"Foreign Minister", "Trade Minister", "Prime Minister", "President",
            "Energy Minister", "Defence Minister", "spokesperson for the Interior Ministry", "Special Envoy for Climate"};
    private static final String[] TOPICS = {"water sharing", "port access", "grain exports", "border security",
            "fishing rights", "a rail corridor", "power lines", "customs rules", "refugee returns", "vaccine supplies"};
    private static final String[] VERBS = {"said", "told reporters", "added", "stressed", "warned", "argued", "noted"};
    private static final String[] ORGS = {"the African Union", "the European Union", "the United Nations",
            "the World Bank", "the International Monetary Fund", "ASEAN", "the World Health Organization"};

    private final Random random;

    public SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    /** One article of roughly {@code targetTokens} tokens. */
    public String article(int targetTokens) {
        int c1 = random.nextInt(COUNTRIES.length);
        int c2 = (c1 + 1 + random.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
        String a = pick(FIRST) + " " + pick(LAST);
        String b = pick(FIRST) + " " + pick(LAST);
        String titleA = pick(TITLES);
        String titleB = pick(TITLES);
        String topic = pick(TOPICS);
        LocalDate date = LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String surnameA = a.substring(a.indexOf(' ') + 1);
        String surnameB = b.substring(b.indexOf(' ') + 1);
        StringBuilder sb = new StringBuilder();
        sb.append(COUNTRIES[c1]).append(" and ").append(COUNTRIES[c2]).append(" agree to talk again on ").append(topic).append("\n\n");
        sb.append(CITIES[c1].toUpperCase(Locale.ROOT)).append(" - ").append(DEMONYMS[c1]).append(' ').append(titleA).append(' ')
                .append(a).append(" met ").append(DEMONYMS[c2]).append(' ').append(titleB).append(' ').append(b)
                .append(" in ").append(CITIES[c1]).append(" on ").append(weekday).append(", ").append(month).append(' ')
                .append(date.getDayOfMonth()).append(", to discuss ").append(topic).append(" and the wider relationship between the two countries.\n\n");
        int para = 0;
        int counted = tokens(sb);
        while (counted < targetTokens) {
            int before = sb.length();
            // fresh details for every paragraph, so no paragraph repeats another
            topic = pick(TOPICS);
            month = LocalDate.of(2020, 1 + random.nextInt(12), 1).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            c2 = random.nextInt(COUNTRIES.length);
            switch (para++ % 6) {
                case 0 -> sb.append("\u201CWe have made real progress on ").append(topic).append(", but there is more to do before the summer,\u201D ")
                        .append(surnameA).append(' ').append(pick(VERBS)).append(". \u201COur teams will meet again in ")
                        .append(CITIES[c2]).append(" next month.\u201D\n\n");
                case 1 -> sb.append(surnameB).append(" said that ").append(COUNTRIES[c2]).append(" would not accept any deal that ignored the concerns of farmers and small traders, and called the earlier proposal \u201Cunbalanced and rushed.\u201D\n\n");
                case 2 -> sb.append("According to ").append(pick(ORGS)).append(", trade between the two countries grew by ")
                        .append(3 + random.nextInt(20)).append(" percent last year, reaching ").append(1 + random.nextInt(9))
                        .append(".").append(random.nextInt(10)).append(" billion dollars in ").append(date.getYear() - 1).append(".\n\n");
                case 3 -> sb.append("The ").append(DEMONYMS[c1]).append(' ').append(titleA.toLowerCase(Locale.ROOT))
                        .append(" denied reports that the talks had stalled, telling journalists in ").append(CITIES[c1])
                        .append(" that both sides remained committed to a settlement by ").append(month).append(' ').append(date.getYear() + 1).append(".\n\n");
                case 4 -> sb.append("Analysts were more cautious. \u201CThe gap on ").append(topic)
                        .append(" is still wide, and neither government has much room to move before the elections,\u201D said ")
                        .append(pick(FIRST)).append(' ').append(pick(LAST)).append(", a researcher at the University of ")
                        .append(CITIES[c2]).append(".\n\n");
                default -> sb.append("Earlier this week, officials from ").append(pick(ORGS)).append(" and ").append(pick(ORGS))
                        .append(" visited the border region, where they met local leaders and reviewed projects funded since ")
                        .append(date.getYear() - 3).append(". A joint statement is expected on ").append(date.plusDays(7).getDayOfWeek()
                                .getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(".\n\n");
            }
            counted += tokens(sb.substring(before));
        }
        return sb.toString();
    }

    private final org.crosscheck.engine.nlp.corenlp.CoreNlpSegmenter segmenter =
            new org.crosscheck.engine.nlp.corenlp.CoreNlpSegmenter();

    /** Tokens as the engine's tokenizer counts them. */
    private int tokens(CharSequence s) {
        String t = s.toString();
        int n = 0;
        for (var sentence : segmenter.segment(t, new org.crosscheck.engine.doc.Span(0, t.length()))) {
            n += sentence.size();
        }
        return n;
    }

    public List<String> articles(int n, int targetTokens) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(article(targetTokens));
        }
        return out;
    }

}
