package dev.tandem.standalone.board;

import org.springframework.test.context.TestPropertySource;

/**
 * The board at an instant where the event store is not this database (Axon Server's deployment): the same
 * tests, on a server folding each business's events from the copy the event-log projection keeps.
 */
@TestPropertySource(properties = "tandem.event-log.source=copy")
class BoardAtAnInstantFromACopyIntegrationTests extends BoardAtAnInstantIntegrationTests {}
