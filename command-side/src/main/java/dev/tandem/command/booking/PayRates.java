package dev.tandem.command.booking;

import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;
import java.util.Optional;

/** The pay rate a provider had at an instant; asked only once a completion has passed its checks. */
@FunctionalInterface
interface PayRates {

    Optional<PayRate> inEffectAt(ProviderId providerId, Instant at);
}
