package org.crosscheck.engine.entities;

import java.util.List;
import java.util.Map;

/**
 * The collection's entities and, for each article, which global entity each of its local entities is.
 *
 * @param entities   global entities, most mentioned first
 * @param localToGlobal article id to a list indexed by local entity id, giving the global entity id
 */
public record EntityIndex(List<GlobalEntity> entities, Map<String, List<String>> localToGlobal) {

    public static final EntityIndex EMPTY = new EntityIndex(List.of(), Map.of());

    public EntityIndex {
        entities = List.copyOf(entities);
        localToGlobal = Map.copyOf(localToGlobal);
    }

    /** The global id of a local entity, or null. */
    public String globalId(String articleId, int localEntity) {
        List<String> l = localToGlobal.get(articleId);
        return l == null || localEntity < 0 || localEntity >= l.size() ? null : l.get(localEntity);
    }

    public GlobalEntity get(String globalId) {
        for (GlobalEntity e : entities) {
            if (e.id().equals(globalId)) {
                return e;
            }
        }
        return null;
    }
}
