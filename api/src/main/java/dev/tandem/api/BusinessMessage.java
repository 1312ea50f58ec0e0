package dev.tandem.api;

import dev.tandem.kernel.BusinessId;

/**
 * A message that belongs to one business. Every command, event and query implements it, so the
 * tenant travels with the message and can be copied into its metadata and checked on arrival.
 */
public interface BusinessMessage {

    BusinessId businessId();
}
