package dev.tandem.platform.tenancy;

import dev.tandem.api.BusinessMessage;
import dev.tandem.api.MetadataKeys;
import java.util.Optional;
import org.axonframework.messaging.Message;

/** Reads the business a message belongs to. */
public final class Tenants {

    private Tenants() {}

    /** The business named in the payload, else the one in the metadata (events from older code). */
    public static Optional<String> businessIdOf(Message<?> message) {
        if (message.getPayload() instanceof BusinessMessage scoped) {
            return Optional.of(scoped.businessId().toString());
        }
        return Optional.ofNullable(message.getMetaData().get(MetadataKeys.BUSINESS_ID))
                .map(Object::toString);
    }
}
