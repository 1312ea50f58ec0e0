package dev.tandem.standalone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.api.MetadataKeys;
import dev.tandem.api.notification.NotificationRead;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.UserId;
import dev.tandem.standalone.support.HttpTests;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stream of stored events, read from the start as a rebuild or a processor far behind reads it (straight
 * from the storage, the store's cache holding only recent events): every event of a store larger than a read's
 * batch comes, however the windows of global indexes fall.
 */
class EventStreamIntegrationTests extends HttpTests {

    @Autowired
    EventStore eventStore;

    @Autowired
    EventStorageEngine storage;

    @Test
    void aStreamFromTheStartReadsEveryEventOfAStoreLargerThanABatch() {
        var business = BusinessId.newId();
        List<EventMessage<?>> stored = IntStream.range(0, 250)
                .<EventMessage<?>>mapToObj(n -> GenericEventMessage.asEventMessage(
                                new NotificationRead(business, UUID.randomUUID(), UserId.newId()))
                        .andMetaData(Map.of(MetadataKeys.BUSINESS_ID, business.toString())))
                .toList();
        eventStore.publish(stored);
        Set<String> expected =
                new HashSet<>(stored.stream().map(EventMessage::getIdentifier).toList());

        Set<String> read;
        try (var stream = storage.readEvents(null, false)) {
            read = stream.map(EventMessage::getIdentifier).collect(Collectors.toSet());
        }

        assertThat(read).containsAll(expected);
    }
}
