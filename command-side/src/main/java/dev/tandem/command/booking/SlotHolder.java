package dev.tandem.command.booking;

import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.TimeRange;

/**
 * Takes a provider's time for a booking, or refuses with a conflict. The booking calls it after its own
 * checks and before it applies the change, so a refused slot stores nothing.
 */
@FunctionalInterface
interface SlotHolder {

    void hold(ProviderId providerId, TimeRange slot);
}
