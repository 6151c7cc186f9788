package org.crosscheck.engine.entities;

import java.util.List;
import java.util.Map;

/**
 * The collection's entities and, for each article, which global entity each of its local entities is.
 *
 * @param entities   global entities, most mentioned first
 * @param localToGlobal article id to a list indexed by local entity id, giving the global entity id
 * @param byId       the entities by id (derived from {@code entities}; not serialised)
 */
public record EntityIndex(List<GlobalEntity> entities, Map<String, List<String>> localToGlobal,
                          @com.fasterxml.jackson.annotation.JsonIgnore Map<String, GlobalEntity> byId) {

    public static final EntityIndex EMPTY = new EntityIndex(List.of(), Map.of());

    public EntityIndex(List<GlobalEntity> entities, Map<String, List<String>> localToGlobal) {
        this(entities, localToGlobal, null);
    }

    public EntityIndex {
        entities = List.copyOf(entities);
        localToGlobal = Map.copyOf(localToGlobal);
        Map<String, GlobalEntity> ids = new java.util.HashMap<>();
        for (GlobalEntity e : entities) {
            ids.put(e.id(), e);
        }
        byId = Map.copyOf(ids);
    }

    /** The global id of a local entity, or null. */
    public String globalId(String articleId, int localEntity) {
        List<String> l = localToGlobal.get(articleId);
        return l == null || localEntity < 0 || localEntity >= l.size() ? null : l.get(localEntity);
    }

    public GlobalEntity get(String globalId) {
        return globalId == null ? null : byId.get(globalId);
    }
}
