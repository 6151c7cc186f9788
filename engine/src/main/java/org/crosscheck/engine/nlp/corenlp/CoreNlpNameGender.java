package org.crosscheck.engine.nlp.corenlp;

import org.crosscheck.engine.nlp.NameGender;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Given-name genders from the list CoreNLP's coreference ships in its models jar
 * ({@code dcoref/namegender.combine.txt}: about 14,600 names, each MALE or FEMALE); names absent
 * from it are {@link Gender#UNKNOWN}. Loaded once.
 */
public final class CoreNlpNameGender implements NameGender {

    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private static volatile CoreNlpNameGender instance;

    private final Map<String, Gender> names;

    private CoreNlpNameGender(Map<String, Gender> names) {
        this.names = names;
    }

    /** The shared instance; knows no names when the models jar lacks the list. */
    public static CoreNlpNameGender standard() {
        CoreNlpNameGender g = instance;
        if (g == null) {
            synchronized (CoreNlpNameGender.class) {
                g = instance;
                if (g == null) {
                    g = new CoreNlpNameGender(load());
                    instance = g;
                }
            }
        }
        return g;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> m = new HashMap<>(32768);
        try (InputStream in = CoreNlpNameGender.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return m;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String g = line.substring(tab + 1).strip();
                Gender gender = g.equals("MALE") ? Gender.MALE : g.equals("FEMALE") ? Gender.FEMALE : null;
                if (gender != null) {
                    m.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), gender);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return m;
    }

    @Override
    public Gender of(String givenName) {
        if (givenName == null || givenName.isEmpty()) {
            return Gender.UNKNOWN;
        }
        return names.getOrDefault(givenName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
}
