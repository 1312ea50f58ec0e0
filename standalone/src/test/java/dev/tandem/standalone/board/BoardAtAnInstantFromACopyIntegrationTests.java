package dev.tandem.standalone.board;

import org.springframework.test.context.TestPropertySource;

/**
 * The board at an instant where the event store is not this database (Axon Server's deployment): the same
 * tests, on a server folding each business's events from the copy the event-log projection keeps.
 */
// A database of its own: another server on the same one would take the projections' token and their events
// would never reach this one's copy.
@TestPropertySource(properties = {"tandem.event-log.source=copy", "tandem.database.database-name=event_log_copy"})
class BoardAtAnInstantFromACopyIntegrationTests extends BoardAtAnInstantIntegrationTests {}
