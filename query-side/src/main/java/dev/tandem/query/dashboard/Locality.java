package dev.tandem.query.dashboard;

import dev.tandem.api.business.BusinessView;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * How a page shows money and time: amounts in the business's currency, numbers and dates written the way of the
 * business's locale (or of the reader's language while the business has chosen none); times in the business's
 * time zone (a provider and an admin in another zone see the same local times).
 */
public record Locality(ZoneId zone, Currency currency, Locale locale) {

    public static Locality of(BusinessView business, Locale readersLocale) {
        return new Locality(
                ZoneId.of(business.timeZone()),
                Currency.getInstance(business.currency()),
                business.locale() == null ? readersLocale : Locale.forLanguageTag(business.locale()));
    }

    public String money(long minorUnits) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()));
    }

    /** A share in basis points (2500) as the reader writes a percentage (25%). */
    public String percent(long basisPoints) {
        var format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(basisPoints / 10_000.0);
    }

    /** A rate between 0 and 1 (0.4286) as a percentage to one decimal (42.9%). */
    public String ratio(double rate) {
        var format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    /** An average rating to one decimal with a star, or a dash when there is none. */
    public String stars(Double rating) {
        return rating == null ? "—" : String.format(locale, "%.1f ★", rating);
    }

    /** An amount in major units as a form field holds it ({@code 45.00}). */
    public String amountField(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits())
                .toPlainString();
    }

    /** A form field's amount in major units as minor units; null when it is not a number. */
    public Long minorUnits(String field) {
        try {
            return new BigDecimal(field.trim().replace(',', '.'))
                    .setScale(currency.getDefaultFractionDigits())
                    .unscaledValue()
                    .longValueExact();
        } catch (RuntimeException notAnAmount) {
            return null;
        }
    }

    public String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(instant.atZone(zone));
    }

    public String day(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("EEE d MMM", locale).format(instant.atZone(zone));
    }

    /** A local date as the reader writes it (7 Dec 2026, 7 déc. 2026). */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    /** A local date range, first and last day: "7 Dec 2026 – 13 Dec 2026". */
    public String dates(LocalDate first, LocalDate last) {
        return date(first) + " – " + date(last);
    }

    /** A status as a reader says it: {@code IN_PROGRESS} is "In progress". */
    public String label(String status) {
        if (status == null || status.isEmpty()) {
            return "";
        }
        String words = status.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An ISO date-time for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public boolean isToday(Instant instant) {
        return instant != null && instant.atZone(zone).toLocalDate().equals(today());
    }

    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    public ZonedDateTime at(Instant instant) {
        return instant.atZone(zone);
    }
}
