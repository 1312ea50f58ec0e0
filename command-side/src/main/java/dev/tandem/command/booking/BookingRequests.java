package dev.tandem.command.booking;

import dev.tandem.api.booking.ArrivalWindow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** The bodies of the admin's booking writes (docs/api.md, Bookings); unknown fields are refused with 400. */
final class BookingRequests {

    private BookingRequests() {}

    /** Either {@code customer} (a new customer) or {@code customerId} (an existing one). */
    record CreateBooking(
            @Valid NewCustomer customer,
            UUID customerId,
            @NotNull String service,
            @NotNull Instant scheduledStart,
            @NotNull Integer durationMinutes,
            @NotNull Long priceCents,
            UUID providerId,
            Boolean autoAssign,
            String notes,
            ArrivalWindow arrivalWindow) {}

    record NewCustomer(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 320) String email,
            @Size(max = 40) String phone,
            @NotBlank @Size(max = 500) String address,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lng) {}

    /** Only what is present changes; {@code status} may only be CANCELLED. */
    record ChangeBooking(
            UUID providerId,
            Instant scheduledStart,
            Integer durationMinutes,
            Long priceCents,
            String notes,
            ArrivalWindow arrivalWindow,
            String status,
            String reason,
            Long expectedVersion) {

        boolean changesSchedule() {
            return scheduledStart != null || durationMinutes != null || arrivalWindow != null;
        }
    }

    record Rate(@NotNull Integer stars, String comment) {}

    record Tip(@NotNull Long amountCents) {}

    /** When a completed job really started and ended, and why the record is corrected. */
    record WorkedTime(
            @NotNull Instant startedAt,
            @NotNull Instant completedAt,
            @NotBlank String reason) {}
}
