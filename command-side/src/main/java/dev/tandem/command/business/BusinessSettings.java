package dev.tandem.command.business;

import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.TextInput;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** The rules a business's settings obey, checked before any event is applied. */
final class BusinessSettings {

    static final int MAX_NAME_LENGTH = 120;

    private BusinessSettings() {}

    static String checkName(String name) {
        return TextInput.required("name", name, MAX_NAME_LENGTH);
    }

    /** An IANA region such as Europe/Paris; fixed offsets would break on daylight saving time. */
    static String checkTimeZone(String timeZone) {
        try {
            if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
                throw new DateTimeException(timeZone);
            }
            return ZoneId.of(timeZone).getId();
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "must be an IANA time zone such as Europe/Paris");
        }
    }

    static String checkCurrency(String currency) {
        try {
            return Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT))
                    .getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as EUR");
        }
    }
}
