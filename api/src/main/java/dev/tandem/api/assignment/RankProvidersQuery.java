package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;

/** Every provider of the business, for one booking: excluded with the reason, or scored and ranked. */
public record RankProvidersQuery(BusinessId businessId, BookingId bookingId) implements BusinessMessage {}
