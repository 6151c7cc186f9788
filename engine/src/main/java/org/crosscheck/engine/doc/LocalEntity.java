package org.crosscheck.engine.doc;

import java.util.List;

/**
 * One entity within one article: the mentions that refer to it and what the article says it is.
 *
 * @param id           index in {@link Document#entities()}
 * @param type         entity class
 * @param name         the fullest name the article uses
 * @param mentions     indices into {@link Document#mentions()}
 * @param roles        roles the article attaches to it
 * @param knowledgeId  id of the matching knowledge-base entry, or null
 */
public record LocalEntity(int id, EntityType type, String name, List<Integer> mentions, List<Role> roles,
                          String knowledgeId) {

    public LocalEntity {
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }
}
