package dev.tandem.command.provider;

import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Parts the provider requests share, and their translation into domain values with the field to blame. */
final class ProviderRequests {

    private ProviderRequests() {}

    record HomeRequest(@NotNull Double lat, @NotNull Double lng) {

        GeoPoint toGeoPoint(String field) {
            try {
                return new GeoPoint(lat, lng);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, e.getMessage());
            }
        }
    }

    record PayRateRequest(
            @NotNull PayRateType type, @NotNull Long amount) {

        PayRate from(Instant effectiveFrom, String field) {
            return payRate(type, amount, effectiveFrom, field);
        }
    }

    static GeoPoint geoPointOrNull(HomeRequest home, String field) {
        return home == null ? null : home.toGeoPoint(field);
    }

    /**
     * Instants are kept to the millisecond, as every view shows them, so what a write answers and what a read
     * shows later are equal.
     */
    static PayRate payRate(PayRateType type, long amount, Instant effectiveFrom, String field) {
        try {
            return new PayRate(type, amount, effectiveFrom.truncatedTo(ChronoUnit.MILLIS));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** An id that is not even a UUID names nothing the caller has. */
    static ProviderId providerId(String id) {
        try {
            return ProviderId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No such provider.");
        }
    }
}
