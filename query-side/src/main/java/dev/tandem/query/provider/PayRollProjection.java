package dev.tandem.query.provider;

import dev.tandem.api.Page;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.provider.FindProvidersWithPayRatesQuery;
import dev.tandem.api.provider.PayRateSet;
import dev.tandem.api.provider.PayRateView;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.ProviderWithPayRatesView;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.platform.database.DeferredWrites.Columns;
import dev.tandem.query.replay.ReadModelTables;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the pay roll (each provider with every pay rate it has had), written in plain SQL when the handling
 * transaction commits, and answers
 * {@link FindProvidersWithPayRatesQuery}, the legacy endpoint's list.
 */
@Component
@ProcessingGroup(PayRollProjection.PROCESSING_GROUP)
class PayRollProjection {

    static final String PROCESSING_GROUP = "provider-pay-roll";

    /** Until the earnings ledger provides an {@link EarningsToDate} bean, nobody has earned anything. */
    private static final EarningsToDate NO_LEDGER_YET = businessId -> Map.of();

    private final DeferredWrites writes;
    private final PayRollProviders providers;
    private final PayRollRates rates;
    private final PayRollCurrencies currencies;
    private final ObjectProvider<EarningsToDate> earnings;

    private final ReadModelTables tables;

    PayRollProjection(
            DeferredWrites writes,
            PayRollProviders providers,
            PayRollRates rates,
            PayRollCurrencies currencies,
            ObjectProvider<EarningsToDate> earnings,
            ReadModelTables tables) {
        this.tables = tables;
        this.writes = writes;
        this.providers = providers;
        this.rates = rates;
        this.currencies = currencies;
        this.earnings = earnings;
    }

    @EventHandler
    void on(BusinessRegistered event) {
        writes.insert(
                PayRollCurrencyTable.PAY_ROLL_CURRENCY,
                event.businessId().value(),
                row -> row.set(PayRollCurrencyTable.CURRENCY, event.currency()));
    }

    @EventHandler
    void on(BusinessSettingsChanged event) {
        writes.update(
                PayRollCurrencyTable.PAY_ROLL_CURRENCY,
                event.businessId().value(),
                row -> row.set(PayRollCurrencyTable.CURRENCY, event.currency()));
    }

    /** A registered provider starts AVAILABLE and active, as the Provider aggregate does. */
    @EventHandler
    void on(ProviderRegistered event) {
        writes.insert(
                PayRollProviderTable.PAY_ROLL_PROVIDER,
                event.providerId().value(),
                row -> row.set(
                                PayRollProviderTable.BUSINESS_ID,
                                event.businessId().value())
                        .set(PayRollProviderTable.NAME, event.name())
                        .set(PayRollProviderTable.EMAIL, event.email())
                        .set(PayRollProviderTable.STATUS, "AVAILABLE")
                        .set(PayRollProviderTable.ACTIVE, true));
    }

    @EventHandler
    void on(ProviderProfileUpdated event) {
        change(event.providerId(), provider -> provider.set(PayRollProviderTable.NAME, event.name()));
    }

    @EventHandler
    void on(ProviderStatusChanged event) {
        change(
                event.providerId(),
                provider ->
                        provider.set(PayRollProviderTable.STATUS, event.status().name()));
    }

    @EventHandler
    void on(ProviderDeactivated event) {
        change(event.providerId(), provider -> provider.set(PayRollProviderTable.ACTIVE, false));
    }

    @EventHandler
    void on(ProviderReactivated event) {
        change(event.providerId(), provider -> provider.set(PayRollProviderTable.ACTIVE, true));
    }

    /** Keyed by the event, so that a replay cannot add a rate twice. */
    @EventHandler
    void on(PayRateSet event, @MessageIdentifier String eventId) {
        writes.insert(
                PayRollRateTable.PAY_ROLL_RATE,
                eventId,
                rate -> rate.set(
                                PayRollRateTable.BUSINESS_ID, event.businessId().value())
                        .set(PayRollRateTable.PROVIDER_ID, event.providerId().value())
                        .set(PayRollRateTable.TYPE, event.payRate().type().name())
                        .set(PayRollRateTable.AMOUNT, event.payRate().amount())
                        .set(PayRollRateTable.EFFECTIVE_FROM, event.payRate().effectiveFrom()));
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate(
                PayRollProviderTable.PAY_ROLL_PROVIDER,
                PayRollRateTable.PAY_ROLL_RATE,
                PayRollCurrencyTable.PAY_ROLL_CURRENCY);
    }

    /** The whole pay roll of a business in one page, rates oldest first. */
    @QueryHandler
    Page<ProviderWithPayRatesView> handle(FindProvidersWithPayRatesQuery query) {
        UUID businessId = query.businessId().value();
        String currency =
                currencies.findById(businessId).map(PayRollCurrency::currency).orElse(null);
        Map<UUID, List<PayRateView>> ratesByProvider = rates.findAllOfBusiness(businessId).stream()
                .collect(Collectors.groupingBy(
                        PayRollRate::providerId, Collectors.mapping(PayRollRate::toView, Collectors.toList())));
        Map<ProviderId, Long> earned =
                earnings.getIfAvailable(() -> NO_LEDGER_YET).earningsToDateCents(new BusinessId(businessId));
        List<ProviderWithPayRatesView> items = providers.findAllOfBusiness(businessId).stream()
                .map(provider -> new ProviderWithPayRatesView(
                        provider.providerId().toString(),
                        provider.name(),
                        provider.email(),
                        provider.status(),
                        provider.active(),
                        ratesByProvider.getOrDefault(provider.providerId(), List.of()),
                        earned.getOrDefault(new ProviderId(provider.providerId()), 0L),
                        currency))
                .toList();
        return new Page<>(items, null);
    }

    private void change(ProviderId providerId, Consumer<Columns> change) {
        writes.update(PayRollProviderTable.PAY_ROLL_PROVIDER, providerId.value(), change);
    }
}
