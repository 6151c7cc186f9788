package org.crosscheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps story ids stable across recomputes, so a story's page keeps its address as articles
 * arrive. The engine numbers stories afresh on every run; after a recompute each new story takes
 * the id of the stored story it shares most articles with (at least half of the smaller one's),
 * and a story with no such predecessor gets a new id ({@code S<n>}, never used before in this
 * collection). Every {@code story} reference in the collection JSON is rewritten to match.
 */
final class StoryIds {

    private StoryIds() {
    }

    /**
     * Rewrites story ids in {@code collection} in place.
     *
     * @param previous stored story id to its articles
     * @param nextId   the next unused story number; returns the one after the last it used
     */
    static long stabilise(ObjectNode collection, Map<String, List<String>> previous, long nextId) {
        JsonNode stories = collection.get("stories");
        if (stories == null || !stories.isArray() || stories.isEmpty()) {
            return nextId;
        }
        Map<String, Set<String>> prevSets = new HashMap<>();
        previous.forEach((k, v) -> prevSets.put(k, new HashSet<>(v)));
        // best matches first: the largest overlaps claim their predecessors before smaller ones
        record Match(int story, String prev, int overlap) {
        }
        List<Match> matches = new ArrayList<>();
        List<Set<String>> members = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Set<String> m = new LinkedHashSet<>(Layers.strings(stories.get(i).get("articles")));
            members.add(m);
            for (var e : prevSets.entrySet()) {
                int overlap = 0;
                for (String a : m) {
                    if (e.getValue().contains(a)) {
                        overlap++;
                    }
                }
                int smaller = Math.min(m.size(), e.getValue().size());
                if (overlap > 0 && 2 * overlap >= smaller) {
                    matches.add(new Match(i, e.getKey(), overlap));
                }
            }
        }
        matches.sort((a, b) -> b.overlap() != a.overlap() ? Integer.compare(b.overlap(), a.overlap())
                : a.prev().compareTo(b.prev()));
        String[] assigned = new String[stories.size()];
        Set<String> taken = new HashSet<>();
        for (Match m : matches) {
            if (assigned[m.story()] == null && !taken.contains(m.prev())) {
                assigned[m.story()] = m.prev();
                taken.add(m.prev());
            }
        }
        long next = nextId;
        Map<String, String> rename = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            ObjectNode s = (ObjectNode) stories.get(i);
            String engineId = s.path("id").asText();
            String id = assigned[i];
            if (id == null) {
                id = "S" + next++;
            }
            rename.put(engineId, id);
            s.put("engine_id", engineId);
            s.put("id", id);
        }
        // every other reference to a story: items of the collection's other arrays with a "story" field
        collection.fields().forEachRemaining(e -> {
            if (e.getKey().equals("stories") || !e.getValue().isArray()) {
                return;
            }
            for (JsonNode item : e.getValue()) {
                if (!(item instanceof ObjectNode o)) {
                    continue;
                }
                if (o.path("story").isTextual()) {
                    String to = rename.get(o.get("story").asText());
                    if (to != null) {
                        o.put("story", to);
                    }
                }
                if (o.path("stories").isArray()) {
                    com.fasterxml.jackson.databind.node.ArrayNode renamed =
                            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
                    for (JsonNode st : o.get("stories")) {
                        renamed.add(st.isTextual() ? rename.getOrDefault(st.asText(), st.asText()) : st.asText());
                    }
                    o.set("stories", renamed);
                }
            }
        });
        return next;
    }
}
