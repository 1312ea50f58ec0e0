package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import java.time.Instant;

/** A new booking, with the customer as it was when the job was booked. */
public record BookingCreated(
        BookingId bookingId,
        BusinessId businessId,
        CustomerSummary customer,
        String service,
        Instant scheduledStart,
        int durationMinutes,
        long priceCents,
        String currency,
        String notes,
        boolean autoAssign,
        ArrivalWindow arrivalWindow)
        implements BusinessMessage {

    /** A booking whose start is fixed (no arrival window), as every booking was before windows. */
    public BookingCreated(
            BookingId bookingId,
            BusinessId businessId,
            CustomerSummary customer,
            String service,
            Instant scheduledStart,
            int durationMinutes,
            long priceCents,
            String currency,
            String notes,
            boolean autoAssign) {
        this(
                bookingId,
                businessId,
                customer,
                service,
                scheduledStart,
                durationMinutes,
                priceCents,
                currency,
                notes,
                autoAssign,
                null);
    }
}
