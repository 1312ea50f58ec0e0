package dev.tandem.api.earnings;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;

/** What one booking earned, for its page's pay breakdown. */
public record FindBookingEarningQuery(BusinessId businessId, BookingId bookingId) implements BusinessMessage {

    /** The answer; {@code earning} is null until the booking is completed. */
    public record Answer(EarningView earning) {}
}
