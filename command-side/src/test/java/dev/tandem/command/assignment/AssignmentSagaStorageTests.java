package dev.tandem.command.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The saga store keeps the saga as Jackson 3 JSON of its fields; what it reads back must still know whom it
 * has asked, or a restarted instance would offer the job to the same provider again and again.
 */
class AssignmentSagaStorageTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aStoredSagaRemembersWhomItHasAlreadyAsked() throws Exception {
        var saga = new AssignmentSaga();
        var asked = AssignmentSaga.class.getDeclaredField("asked");
        asked.setAccessible(true);
        @SuppressWarnings("unchecked")
        var providers = (java.util.Set<String>) asked.get(saga);
        providers.add("ana");
        providers.add("bo");

        var restored = json.readValue(json.writeValueAsString(saga), AssignmentSaga.class);

        assertThat(asked.get(restored))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.ITERABLE)
                .containsExactly("ana", "bo");
    }
}
