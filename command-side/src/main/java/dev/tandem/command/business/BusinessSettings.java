package dev.tandem.command.business;

import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.TextInput;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules a business's settings obey, checked before any event is applied. */
final class BusinessSettings {

    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_LOCALE_LENGTH = 35;

    private static final Set<String> FORMATTED_LANGUAGES = Arrays.stream(NumberFormat.getAvailableLocales())
            .map(Locale::getLanguage)
            .collect(Collectors.toUnmodifiableSet());

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

    /**
     * A BCP 47 tag such as fr-FR, for a language the server formats numbers and dates in, written the canonical
     * way; an empty tag clears the choice (null: each reader's own language).
     */
    static String checkLocale(String tag) {
        if (tag.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.strip());
        if (locale.getLanguage().isEmpty() || !FORMATTED_LANGUAGES.contains(locale.getLanguage())) {
            throw new InvalidInputException("locale", "must be a language tag such as fr-FR or en-GB");
        }
        return locale.toLanguageTag();
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
