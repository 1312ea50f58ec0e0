package dev.tandem.command.booking;

import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.kernel.TimeRange;
import java.time.Duration;
import java.time.Instant;

/** The rules a booking's own values obey, checked before any event is applied; each names its field. */
final class BookingTerms {

    static final int MAX_SERVICE_LENGTH = 120;
    static final int MAX_TEXT_LENGTH = 2000;
    static final int MAX_DURATION_MINUTES = 24 * 60;

    private BookingTerms() {}

    static String checkService(String service) {
        if (service == null || service.isBlank()) {
            throw new InvalidInputException("service", "must not be blank");
        }
        if (service.strip().length() > MAX_SERVICE_LENGTH) {
            throw new InvalidInputException("service", "must be at most " + MAX_SERVICE_LENGTH + " characters");
        }
        return service.strip();
    }

    static Instant checkStart(Instant scheduledStart) {
        if (scheduledStart == null) {
            throw new InvalidInputException("scheduledStart", "is required");
        }
        return scheduledStart;
    }

    static int checkDuration(int durationMinutes) {
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new InvalidInputException(
                    "durationMinutes", "must be between 1 and " + MAX_DURATION_MINUTES + " minutes");
        }
        return durationMinutes;
    }

    static long checkPrice(long priceCents) {
        if (priceCents < 0) {
            throw new InvalidInputException("priceCents", "must not be negative");
        }
        return priceCents;
    }

    /** Notes may be cleared; blank notes are stored as none. */
    static String checkNotes(String notes) {
        return checkText("notes", notes);
    }

    static String checkText(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return text.strip();
    }

    static int checkStars(int stars) {
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("stars", "must be between 1 and 5");
        }
        return stars;
    }

    static long checkTip(long amountCents) {
        if (amountCents <= 0) {
            throw new InvalidInputException("amountCents", "must be more than zero");
        }
        return amountCents;
    }

    static TimeRange slotOf(Instant scheduledStart, int durationMinutes) {
        return new TimeRange(scheduledStart, scheduledStart.plus(Duration.ofMinutes(durationMinutes)));
    }
}
