package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Books a job for a customer, with or without a provider. */
public record CreateBookingCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BusinessId businessId,
        CustomerId customerId,
        String service,
        Instant scheduledStart,
        int durationMinutes,
        long priceCents,
        String currency,
        ProviderId providerId,
        boolean autoAssign,
        String notes,
        ArrivalWindow arrivalWindow)
        implements BusinessMessage {

    /** A booking whose start is fixed (no arrival window). */
    public CreateBookingCommand(
            BookingId bookingId,
            BusinessId businessId,
            CustomerId customerId,
            String service,
            Instant scheduledStart,
            int durationMinutes,
            long priceCents,
            String currency,
            ProviderId providerId,
            boolean autoAssign,
            String notes) {
        this(
                bookingId,
                businessId,
                customerId,
                service,
                scheduledStart,
                durationMinutes,
                priceCents,
                currency,
                providerId,
                autoAssign,
                notes,
                null);
    }
}
