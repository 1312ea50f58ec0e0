package dev.tandem.query.provider;

import static dev.tandem.query.support.Registrations.providerRegistered;
import static dev.tandem.query.support.Stored.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.provider.FindProvidersWithPayRatesQuery;
import dev.tandem.api.provider.PayRateSet;
import dev.tandem.api.provider.PayRateView;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.ProviderWithPayRatesView;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.query.paging.PageResponseType;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.TableOwner;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The pay roll: each provider with every pay rate it has had, its earnings so far and the business's currency. */
@ProjectionTest
class PayRollProjectionTests {

    private static final PayRate HOURLY_25 =
            new PayRate(PayRateType.HOURLY, 2_500, Instant.parse("2027-03-01T00:00:00Z"));
    private static final PayRate PERCENT_40 =
            new PayRate(PayRateType.PERCENTAGE, 4_000, Instant.parse("2027-02-01T00:00:00Z"));

    @Autowired
    Projector projector;

    @Autowired
    PayRollProjection projection;

    /** The earnings ledger, where the earnings to date come from. */
    @Autowired
    @Qualifier("earningsLedgerProjection")
    Object ledger;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();
    private final ProviderId camille = ProviderId.newId();

    @Test
    void providersAreListedByNameWithTheirRatesOldestFirstInTheBusinessCurrency() {
        var lucas = ProviderId.newId();
        projector.handle(
                projection,
                new BusinessRegistered(business, "Sparkle", "Europe/Paris", "EUR"),
                providerRegistered(business, lucas, "Lucas"),
                providerRegistered(business, camille, "camille"),
                new PayRateSet(camille, business, HOURLY_25),
                new PayRateSet(camille, business, PERCENT_40));

        assertThat(payRoll(business))
                .containsExactly(
                        new ProviderWithPayRatesView(
                                camille.toString(),
                                "camille",
                                "camille@example.com",
                                "AVAILABLE",
                                true,
                                List.of(
                                        new PayRateView("PERCENTAGE", 4_000, PERCENT_40.effectiveFrom()),
                                        new PayRateView("HOURLY", 2_500, HOURLY_25.effectiveFrom())),
                                0,
                                "EUR"),
                        new ProviderWithPayRatesView(
                                lucas.toString(),
                                "Lucas",
                                "lucas@example.com",
                                "AVAILABLE",
                                true,
                                List.of(),
                                0,
                                "EUR"));
    }

    @Test
    void aPayRateEventHandledTwiceIsOneRate() {
        var rate = event(new PayRateSet(camille, business, HOURLY_25)).withId("pay-rate-event-" + camille);
        projector.handle(projection, providerRegistered(business, camille, "Camille"), rate);

        projector.handle(projection, rate);

        assertThat(payRoll(business))
                .singleElement()
                .satisfies(provider -> assertThat(provider.payRates()).hasSize(1));
    }

    @Test
    void theNameStatusActivityAndCurrencyFollowTheirEvents() {
        projector.handle(
                projection,
                new BusinessRegistered(business, "Sparkle", "Europe/Paris", "EUR"),
                providerRegistered(business, camille, "Camille"));

        projector.handle(
                projection,
                new ProviderProfileUpdated(camille, business, "Camille D.", null, List.of(), null, null, null),
                new ProviderStatusChanged(camille, business, ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE, null),
                new ProviderDeactivated(camille, business),
                new BusinessSettingsChanged(business, "Sparkle", "Europe/Zurich", "CHF", null));

        assertThat(payRoll(business))
                .singleElement()
                .extracting(
                        ProviderWithPayRatesView::name,
                        ProviderWithPayRatesView::status,
                        ProviderWithPayRatesView::active,
                        ProviderWithPayRatesView::currency)
                .containsExactly("Camille D.", "OFFLINE", false, "CHF");
    }

    @Test
    void aReactivatedProviderIsActiveOnThePayRollAgain() {
        projector.handle(projection, providerRegistered(business, camille, "Camille"));

        projector.handle(
                projection,
                new ProviderDeactivated(camille, business),
                new ProviderReactivated(camille, business, null));

        assertThat(payRoll(business))
                .singleElement()
                .extracting(ProviderWithPayRatesView::active)
                .isEqualTo(true);
    }

    @Test
    void earningsToDateAreTheProvidersShareOfEveryRecordedBookingWithItsTips() {
        var lucas = ProviderId.newId();
        var first = BookingId.newId();
        var second = BookingId.newId();
        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                providerRegistered(business, lucas, "Lucas"));

        projector.handle(
                ledger,
                earned(first, camille, 10_000, 4_000),
                earned(second, camille, 6_000, 2_400),
                earned(BookingId.newId(), lucas, 5_000, 2_000),
                new TipAdded(first, business, camille, 500),
                new TipAdded(second, business, camille, 250));

        // Camille: 4,000 + 2,400 earned, 500 + 250 tipped; the business's commissions are not hers.
        assertThat(payRoll(business))
                .extracting(ProviderWithPayRatesView::name, ProviderWithPayRatesView::earningsToDateCents)
                .containsExactly(tuple("Camille", 7_150L), tuple("Lucas", 2_000L));
    }

    @Test
    void anotherBusinessesPayRollHoldsNoneOfTheseProvidersAndItsEventsChangeNothing() {
        var other = BusinessId.newId();
        projector.handle(projection, providerRegistered(business, camille, "Camille"));

        projector.handle(
                projection,
                new ProviderDeactivated(camille, other),
                new ProviderProfileUpdated(camille, other, "Mallory", null, List.of(), null, null, null));

        assertThat(payRoll(other)).isEmpty();
        assertThat(payRoll(business))
                .singleElement()
                .extracting(ProviderWithPayRatesView::name, ProviderWithPayRatesView::active)
                .containsExactly("Camille", true);
    }

    @Test
    void resettingForARebuildEmptiesProvidersRatesAndCurrencies() {
        projector.handle(
                projection,
                new BusinessRegistered(business, "Sparkle", "Europe/Paris", "EUR"),
                providerRegistered(business, camille, "Camille"),
                new PayRateSet(camille, business, HOURLY_25));

        projector.reset(projection);

        assertThat(owner.value(
                        "select (select count(*) from pay_roll_provider) + (select count(*) from pay_roll_rate)"
                                + " + (select count(*) from pay_roll_currency)",
                        Long.class))
                .isZero();
    }

    private EarningsRecorded earned(BookingId booking, ProviderId provider, long gross, long providerShare) {
        return new EarningsRecorded(
                booking,
                business,
                provider,
                PayRateType.PERCENTAGE,
                4_000,
                gross,
                providerShare,
                gross - providerShare,
                "EUR",
                Instant.parse("2027-03-02T12:00:00Z"));
    }

    private List<ProviderWithPayRatesView> payRoll(BusinessId businessId) {
        return queries.query(
                        new FindProvidersWithPayRatesQuery(businessId),
                        PageResponseType.pageOf(ProviderWithPayRatesView.class))
                .join()
                .items();
    }
}
