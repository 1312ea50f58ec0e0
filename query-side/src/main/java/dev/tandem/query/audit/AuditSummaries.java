package dev.tandem.query.audit;

import dev.tandem.api.MetadataKeys;
import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.assignment.AssignmentOfferExpired;
import dev.tandem.api.assignment.AssignmentOfferRefused;
import dev.tandem.api.assignment.AssignmentPolicyChanged;
import dev.tandem.api.assignment.AssignmentProposed;
import dev.tandem.api.booking.ArrivalWindowChanged;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingNotesChanged;
import dev.tandem.api.booking.BookingRated;
import dev.tandem.api.booking.BookingRepriced;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.booking.WorkedTimeCorrected;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.catalogue.ServiceAdded;
import dev.tandem.api.catalogue.ServiceChanged;
import dev.tandem.api.catalogue.ServiceRemoved;
import dev.tandem.api.customer.CustomerCreated;
import dev.tandem.api.customer.CustomerUpdated;
import dev.tandem.api.earnings.EarningsAdjusted;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.notification.NotificationRead;
import dev.tandem.api.provider.PayRateSet;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.ProviderStatusChosen;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.api.webhook.WebhookEndpointDisabled;
import dev.tandem.kernel.ProviderId;
import dev.tandem.query.eventlog.LoggedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;

/**
 * One sentence per stored event, in the words of the business: who did what to which booking or provider
 * ("Camille Martin completed booking 'cleaning' for Ana Silva"). Names are those of the time of the event.
 */
final class AuditSummaries {

    private final EventNames names;
    private final Function<Instant, String> when;

    /** Times in the sentences as ISO instants: an audit is read in any language and time zone. */
    AuditSummaries(EventNames names) {
        this(names, Instant::toString);
    }

    /** Times in the sentences as {@code when} writes them (a page, in the business's zone and locale). */
    AuditSummaries(EventNames names, Function<Instant, String> when) {
        this.names = names;
        this.when = when;
    }

    String of(LoggedEvent event) {
        long at = event.globalIndex();
        return switch (event.payload()) {
            case BookingCreated e ->
                actor(event, null) + " booked " + names.booking(e.bookingId()) + " for "
                        + when.apply(e.scheduledStart())
                        + (e.arrivalWindow() == null
                                ? ""
                                : ", arriving between "
                                        + when.apply(e.arrivalWindow().start()) + " and "
                                        + when.apply(e.arrivalWindow().end()));
            case BookingAssigned e ->
                capital(names.booking(e.bookingId())) + " was assigned to " + names.provider(e.providerId(), at);
            case BookingUnassigned e -> capital(names.booking(e.bookingId())) + " no longer has a provider";
            case BookingConfirmed e ->
                names.provider(e.providerId(), at) + " confirmed " + names.booking(e.bookingId());
            case BookingStarted e -> names.provider(e.providerId(), at) + " started " + names.booking(e.bookingId());
            case BookingCompleted e ->
                names.provider(e.providerId(), at) + " completed " + names.booking(e.bookingId());
            case BookingDeclined e ->
                names.provider(e.providerId(), at) + " declined " + names.booking(e.bookingId())
                        + (e.reason() == null ? "" : ": " + e.reason());
            case BookingCancelled e ->
                actor(event, null) + " cancelled " + names.booking(e.bookingId())
                        + (e.reason() == null ? "" : ": " + e.reason());
            case BookingRescheduled e ->
                actor(event, null) + " moved " + names.booking(e.bookingId()) + " to " + when.apply(e.scheduledStart())
                        + " for " + e.durationMinutes() + " minutes";
            case BookingRepriced e ->
                actor(event, null) + " repriced " + names.booking(e.bookingId()) + " to "
                        + money(e.priceCents(), names.currencyOf(e.bookingId()));
            case BookingNotesChanged e -> actor(event, null) + " changed the notes of " + names.booking(e.bookingId());
            case ArrivalWindowChanged e ->
                actor(event, null) + " set the arrival window of " + names.booking(e.bookingId()) + " to between "
                        + when.apply(e.arrivalWindow().start()) + " and "
                        + when.apply(e.arrivalWindow().end());
            case BookingRated e ->
                actor(event, null) + " rated " + names.booking(e.bookingId()) + " " + e.stars()
                        + (e.stars() == 1 ? " star" : " stars");
            case TipAdded e ->
                actor(event, null) + " added a tip of " + money(e.amountCents(), names.currencyOf(e.bookingId()))
                        + " to " + names.booking(e.bookingId());
            case WorkedTimeCorrected e ->
                actor(event, null) + " corrected the worked time of " + names.booking(e.bookingId()) + " to "
                        + when.apply(e.startedAt()) + " – " + when.apply(e.completedAt()) + ": " + e.reason();
            case EarningsAdjusted e ->
                "The earnings of " + names.provider(e.providerId(), at) + " for " + names.booking(e.bookingId())
                        + " were adjusted by " + money(e.adjustmentCents(), e.currency()) + " to "
                        + money(e.providerEarningsCents(), e.currency());
            case EarningsRecorded e ->
                names.provider(e.providerId(), at) + " earned " + money(e.providerEarningsCents(), e.currency())
                        + " for " + names.booking(e.bookingId());
            case AssignmentProposed e ->
                "Auto-assignment offered " + names.booking(e.bookingId()) + " to " + names.provider(e.providerId(), at);
            case AssignmentOfferExpired e ->
                names.provider(e.providerId(), at) + " did not answer the offer of " + names.booking(e.bookingId())
                        + " in time";
            case AssignmentOfferRefused e ->
                "The offer of " + names.booking(e.bookingId()) + " to " + names.provider(e.providerId(), at)
                        + " could not be made: " + e.reason();
            case AssignmentFailed e -> "Auto-assignment found nobody for " + names.booking(e.bookingId());
            case ProviderRegistered e -> actor(event, null) + " added provider " + e.name();
            case ProviderProfileUpdated e -> actor(event, e.providerId()) + " changed the profile of " + e.name();
            case ProviderStatusChanged e ->
                names.provider(e.providerId(), at) + " is now "
                        + label(e.status().name());
            case ProviderStatusChosen e ->
                names.provider(e.providerId(), at) + " chose to be "
                        + label(e.status().name());
            case WeeklyHoursSet e ->
                actor(event, e.providerId()) + " set the weekly hours of " + names.provider(e.providerId(), at);
            case TimeOffAdded e ->
                actor(event, e.providerId()) + " added time off for " + names.provider(e.providerId(), at) + " from "
                        + when.apply(e.timeOff().start()) + " to "
                        + when.apply(e.timeOff().end());
            case TimeOffRemoved e ->
                actor(event, e.providerId()) + " removed time off of " + names.provider(e.providerId(), at);
            case PayRateSet e ->
                actor(event, null) + " set the pay rate of " + names.provider(e.providerId(), at) + " to "
                        + label(e.payRate().type().name()) + " " + e.payRate().amount();
            case ProviderDeactivated e -> actor(event, null) + " deactivated " + names.provider(e.providerId(), at);
            case ProviderReactivated e -> actor(event, null) + " reactivated " + names.provider(e.providerId(), at);
            case CustomerCreated e -> actor(event, null) + " added customer " + e.name();
            case CustomerUpdated e -> actor(event, null) + " changed the details of customer " + e.name();
            case ServiceAdded e -> actor(event, null) + " added the service " + e.name() + " to the catalogue";
            case ServiceChanged e -> actor(event, null) + " changed the service " + e.name();
            case ServiceRemoved e -> actor(event, null) + " removed the service " + e.name() + " from the catalogue";
            case BusinessRegistered e -> e.name() + " signed up";
            case BusinessSettingsChanged e -> actor(event, null) + " changed the business settings";
            case AssignmentPolicyChanged e -> actor(event, null) + " changed how auto-assignment ranks and offers";
            case NotificationRead e -> actor(event, null) + " read a notification";
            case WebhookEndpointDisabled e ->
                "Tandem turned off the webhook to " + e.url() + " after its deliveries kept failing";
            default ->
                actor(event, null) + ": " + words(event.payload().getClass().getSimpleName());
        };
    }

    /** Who caused the event: an admin, the provider itself (by name), or Tandem on its own. */
    private String actor(LoggedEvent event, ProviderId aboutProvider) {
        String role = String.valueOf(event.metaData().getOrDefault(MetadataKeys.ROLE, "SYSTEM"));
        return switch (role) {
            case "ADMIN" -> "An admin";
            case "PROVIDER" ->
                aboutProvider == null ? "A provider" : names.provider(aboutProvider, event.globalIndex());
            default -> "Tandem";
        };
    }

    /** "12.50 EUR": an audit is read in any language, so amounts are not formatted for one. */
    private static String money(long minorUnits, String currency) {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            digits = 2;
        }
        return BigDecimal.valueOf(minorUnits, Math.max(digits, 0)).toPlainString() + " " + currency;
    }

    private static String label(String constant) {
        return constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "SomethingHappened" as "something happened". */
    private static String words(String type) {
        return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
