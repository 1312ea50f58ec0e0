package dev.tandem.command.booking;

import dev.tandem.api.booking.ArrivalWindow;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.TextInput;
import dev.tandem.kernel.Money;
import dev.tandem.kernel.TimeRange;
import java.time.Duration;
import java.time.Instant;

/** The rules a booking's own values obey, checked before any event is applied; each names its field. */
final class BookingTerms {

    static final int MAX_SERVICE_LENGTH = 120;
    static final int MAX_TEXT_LENGTH = 2000;
    static final int MAX_REASON_LENGTH = 500;
    static final int MAX_DURATION_MINUTES = 24 * 60;
    /** For a price and for a booking's tips together. */
    static final long MAX_AMOUNT_CENTS = Money.MAX_AMOUNT_CENTS;

    private BookingTerms() {}

    static String checkService(String service) {
        return TextInput.required("service", service, MAX_SERVICE_LENGTH);
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
        if (priceCents < 0 || priceCents > MAX_AMOUNT_CENTS) {
            throw new InvalidInputException("priceCents", "must be between 0 and " + MAX_AMOUNT_CENTS);
        }
        return priceCents;
    }

    /** Notes may be cleared; blank notes are stored as none. */
    static String checkNotes(String notes) {
        return checkText("notes", notes);
    }

    static String checkText(String field, String text) {
        return TextInput.optional(field, text, MAX_TEXT_LENGTH);
    }

    /**
     * Worked time as an admin corrects it: both instants, the start before the end, at most a day long and
     * not ending in the future. Answers how long it is.
     */
    static Duration checkWorkedTime(Instant startedAt, Instant completedAt, Instant now) {
        if (startedAt == null) {
            throw new InvalidInputException("startedAt", "is required");
        }
        if (completedAt == null) {
            throw new InvalidInputException("completedAt", "is required");
        }
        if (!completedAt.isAfter(startedAt)) {
            throw new InvalidInputException("completedAt", "must be after startedAt");
        }
        Duration worked = Duration.between(startedAt, completedAt);
        if (worked.toMinutes() > MAX_DURATION_MINUTES) {
            throw new InvalidInputException(
                    "completedAt", "must be at most " + MAX_DURATION_MINUTES + " minutes after startedAt");
        }
        if (completedAt.isAfter(now)) {
            throw new InvalidInputException("completedAt", "must not be in the future");
        }
        return worked;
    }

    /** Why a recorded fact was corrected: required, so that the history explains itself. */
    static String checkReason(String reason) {
        return TextInput.required("reason", reason, MAX_REASON_LENGTH);
    }

    static int checkStars(int stars) {
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("stars", "must be between 1 and 5");
        }
        return stars;
    }

    /** A tip, and the booking's tips with it, stay within {@link #MAX_AMOUNT_CENTS}. */
    static long checkTip(long amountCents, long tippedBefore) {
        if (amountCents <= 0 || amountCents > MAX_AMOUNT_CENTS) {
            throw new InvalidInputException("amountCents", "must be between 1 and " + MAX_AMOUNT_CENTS);
        }
        if (amountCents > MAX_AMOUNT_CENTS - tippedBefore) {
            throw new InvalidInputException("amountCents", "would take the booking's tips past " + MAX_AMOUNT_CENTS);
        }
        return amountCents;
    }

    /** The longest arrival window a customer can be offered: a whole day. */
    static final Duration MAX_ARRIVAL_WINDOW = Duration.ofHours(24);

    /** A window, when there is one, has both ends, the end after the start, and lasts at most a day. */
    static ArrivalWindow checkArrivalWindow(ArrivalWindow window) {
        if (window == null) {
            return null;
        }
        if (window.start() == null || window.end() == null) {
            throw new InvalidInputException("arrivalWindow", "needs both a start and an end");
        }
        if (!window.end().isAfter(window.start())) {
            throw new InvalidInputException("arrivalWindow", "must end after it starts");
        }
        if (Duration.between(window.start(), window.end()).compareTo(MAX_ARRIVAL_WINDOW) > 0) {
            throw new InvalidInputException("arrivalWindow", "must be at most 24 hours long");
        }
        return window;
    }

    /** The start lies inside the booking's arrival window, when it has one. */
    static void checkStartInWindow(Instant scheduledStart, ArrivalWindow window) {
        if (window != null && !window.admits(scheduledStart)) {
            throw new InvalidInputException("scheduledStart", "must lie inside the arrival window");
        }
    }

    static TimeRange slotOf(Instant scheduledStart, int durationMinutes) {
        return new TimeRange(scheduledStart, scheduledStart.plus(Duration.ofMinutes(durationMinutes)));
    }
}
