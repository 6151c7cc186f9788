package org.crosscheck.engine.entities;

import org.crosscheck.engine.doc.EntityType;

import java.util.List;

/**
 * One entity across the collection.
 *
 * @param id          stable id within the collection ("P1" people, "O1" organisations, "L1" places, "M1" other)
 * @param type        entity class
 * @param name        canonical name (the knowledge base's, else the most used full name)
 * @param named       false for people known only by a description ("a Kabul resident")
 * @param aliases     every way the articles refer to it, with counts
 * @param roles       titles and roles the articles give it, with counts
 * @param mentions    number of mentions
 * @param articles    ids of the articles that mention it
 * @param knowledgeId knowledge-base id, or null
 */
public record GlobalEntity(String id, EntityType type, String name, boolean named, List<Alias> aliases,
                           List<RoleCount> roles, int mentions, List<String> articles, String knowledgeId) {

    /** A way of referring to the entity: its text, how often, and whether it is a name, description or role. */
    public record Alias(String text, int count, String kind) {
    }

    /** A role and how many articles give it. */
    public record RoleCount(String title, String affiliation, String text, int count) {
    }

    public GlobalEntity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        articles = List.copyOf(articles);
    }
}
