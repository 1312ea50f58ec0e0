package dev.tandem.query.support;

import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.util.List;

/** Registrations the projections' tests start from, with nothing but what their projections read. */
public final class Registrations {

    private Registrations() {}

    /** A provider with a name, an email made from it and the cleaning skill, and nothing else. */
    public static ProviderRegistered providerRegistered(BusinessId business, ProviderId provider, String name) {
        return new ProviderRegistered(
                provider,
                business,
                name,
                name.toLowerCase() + "@example.com",
                null,
                List.of("cleaning"),
                null,
                null,
                null);
    }
}
