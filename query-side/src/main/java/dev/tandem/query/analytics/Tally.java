package dev.tandem.query.analytics;

import dev.tandem.kernel.BookingStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Counts and sums of some bookings of a period, and the rates worked out from them. */
final class Tally {

    long bookings;
    long completed;
    long cancelled;
    long declined;
    long ratings;
    long stars;
    long grossCents;
    long providerEarningsCents;
    long businessCommissionCents;
    long tipsCents;
    long bookedMinutes;
    long availableMinutes;

    void add(BookingFact booking) {
        bookings++;
        if (booking.status() == BookingStatus.COMPLETED) {
            completed++;
        }
        if (booking.status() == BookingStatus.CANCELLED) {
            cancelled++;
        } else if (booking.providerId() != null) {
            bookedMinutes += booking.durationMinutes();
        }
        if (booking.stars() != null) {
            ratings++;
            stars += booking.stars();
        }
        grossCents += booking.grossCents();
        providerEarningsCents += booking.providerEarningsCents();
        businessCommissionCents += booking.businessCommissionCents();
        tipsCents += booking.tipCents();
    }

    /** Completed ÷ (completed + cancelled + declined); 0 when there is none of them. */
    double completionRate() {
        return ratio(completed, completed + cancelled + declined, 4);
    }

    /** Null without ratings: no rating is not a rating of 0. */
    Double averageRating() {
        return ratings == 0 ? null : ratio(stars, ratings, 2);
    }

    /** Booked ÷ available minutes, not clamped (a provider booked by hand outside its hours exceeds 1). */
    double utilization() {
        return ratio(bookedMinutes, availableMinutes, 4);
    }

    private static double ratio(long part, long whole, int decimals) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
