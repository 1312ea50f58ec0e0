package dev.tandem.api.webhook;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.util.UUID;

/**
 * A webhook endpoint was turned off because its deliveries kept failing; the admins are told. An event of no
 * aggregate: the endpoints are settings, not event-sourced.
 */
public record WebhookEndpointDisabled(BusinessId businessId, UUID endpointId, String url, String reason)
        implements BusinessMessage {}
