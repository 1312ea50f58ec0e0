package dev.tandem.query.live;

/**
 * The subscription query each instance holds to receive every live update, whichever instance's processor
 * produced it: with Axon Server the updates are routed between instances, without it they stay in-process.
 */
public record LiveEventsQuery() {}
