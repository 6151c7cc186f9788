package org.crosscheck.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoryIdsTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static ObjectNode collection(String json) throws Exception {
        return (ObjectNode) M.readTree(json.replace('\'', '"'));
    }

    @Test
    void storiesKeepTheIdOfTheStoredStoryTheyContinue() throws Exception {
        ObjectNode c = collection("{'stories': [{'id': 'S1', 'articles': ['a3', 'a4']}, {'id': 'S2', 'articles': ['a1', 'a2', 'a5']},"
                + " {'id': 'S3', 'articles': ['a9']}], 'claims': [{'id': 'K1', 'story': 'S2'}, {'id': 'K2', 'stories': ['S1', 'S3']}],"
                + " 'claim_matrices': [{'story': 'S1'}], 'utterances': [{'id': 'U1'}]}");
        long next = StoryIds.stabilise(c, Map.of("S1", List.of("a1", "a2"), "S2", List.of("a3")), 3);
        assertThat(c.path("stories").get(0).path("id").asText()).isEqualTo("S2");
        assertThat(c.path("stories").get(1).path("id").asText()).isEqualTo("S1");
        assertThat(c.path("stories").get(2).path("id").asText()).as("a new story gets a new number").isEqualTo("S3");
        assertThat(c.path("stories").get(1).path("engine_id").asText()).isEqualTo("S2");
        assertThat(c.path("claims").get(0).path("story").asText()).as("references follow").isEqualTo("S1");
        assertThat(c.path("claims").get(1).path("stories").toString()).isEqualTo("[\"S2\",\"S3\"]");
        assertThat(c.path("claim_matrices").get(0).path("story").asText()).isEqualTo("S2");
        assertThat(next).isEqualTo(4);
    }

    @Test
    void aSplitKeepsTheIdForOneHalfOnly() throws Exception {
        ObjectNode c = collection("{'stories': [{'id': 'S1', 'articles': ['a1', 'a2']}, {'id': 'S2', 'articles': ['a3', 'a4']}]}");
        StoryIds.stabilise(c, Map.of("S7", List.of("a1", "a2", "a3", "a4")), 8);
        assertThat(List.of(c.path("stories").get(0).path("id").asText(), c.path("stories").get(1).path("id").asText()))
                .containsExactly("S7", "S8");
    }

    @Test
    void aSmallOverlapIsNotAContinuation() throws Exception {
        ObjectNode c = collection("{'stories': [{'id': 'S1', 'articles': ['a1', 'a5', 'a6']}]}");
        StoryIds.stabilise(c, Map.of("S4", List.of("a1", "a2", "a3")), 5);
        assertThat(c.path("stories").get(0).path("id").asText()).isEqualTo("S5");
    }
}
