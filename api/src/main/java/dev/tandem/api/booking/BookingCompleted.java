package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;

public record BookingCompleted(BookingId bookingId, BusinessId businessId, ProviderId providerId, Instant completedAt)
        implements BusinessMessage {}
