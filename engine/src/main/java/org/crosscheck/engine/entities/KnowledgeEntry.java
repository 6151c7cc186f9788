package org.crosscheck.engine.entities;

import org.crosscheck.engine.doc.EntityType;

import java.util.List;
import java.util.Map;

/**
 * One entry of the knowledge base: a country, city, organisation, government or group, with its
 * names and a few facts.
 *
 * @param id         stable id ("RU", "org:un", "grp:taliban")
 * @param type       entity class
 * @param name       canonical name
 * @param aliases    other names, acronyms included
 * @param attributes facts: kind, demonym, capital, country, governs, since, branch_of, part_of
 * @param source     the file it came from
 */
public record KnowledgeEntry(String id, EntityType type, String name, List<String> aliases,
                             Map<String, List<String>> attributes, String source) {

    public KnowledgeEntry {
        aliases = List.copyOf(aliases);
        attributes = Map.copyOf(attributes);
    }

    public List<String> attribute(String key) {
        return attributes.getOrDefault(key, List.of());
    }

    public String first(String key) {
        List<String> v = attribute(key);
        return v.isEmpty() ? null : v.get(0);
    }

    public String kind() {
        String k = first("kind");
        return k == null ? "" : k;
    }
}
