package dev.tandem.query.earnings;

import static dev.tandem.query.support.Stored.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.earnings.EarningView;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.earnings.EarningsReport;
import dev.tandem.api.earnings.EarningsTotals;
import dev.tandem.api.earnings.FindEarningsQuery;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.TableOwner;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The earnings ledger: a row per completed booking with its tips, and the report's totals worked out by hand. */
@ProjectionTest
class EarningsLedgerProjectionTests {

    private static final Instant MARCH_2 = Instant.parse("2027-03-02T11:00:00Z");

    @Autowired
    Projector projector;

    @Autowired
    EarningsLedgerProjection projection;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();
    private final ProviderId camille = ProviderId.newId();
    private final BookingId booking = BookingId.newId();

    @Test
    void aRecordedEarningIsOneLedgerRowWithNoTipYet() {
        projector.handle(projection, earned(booking, camille, 10_000, 4_000, MARCH_2));

        assertThat(report(all(business)))
                .isEqualTo(new EarningsReport(
                        List.of(new EarningView(
                                booking.toString(),
                                camille.toString(),
                                "PERCENTAGE",
                                4_000,
                                10_000,
                                4_000,
                                6_000,
                                0,
                                "EUR",
                                MARCH_2,
                                MARCH_2)),
                        new EarningsTotals(10_000, 4_000, 6_000, 0),
                        null));
    }

    @Test
    void aBookingsEarningsAreRecordedOnceHoweverOftenTheyAreHandled() {
        var recorded = event(earned(booking, camille, 10_000, 4_000, MARCH_2));
        projector.handle(projection, recorded);

        projector.handle(projection, recorded);
        projector.handle(projection, earned(booking, camille, 99_000, 99_000, MARCH_2.plusSeconds(60)));

        assertThat(owner.rows(
                        "select gross_cents, provider_earnings_cents from earnings_ledger where booking_id = ?",
                        booking.value()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("gross_cents")).isEqualTo(10_000L);
                    assertThat(row.get("provider_earnings_cents")).isEqualTo(4_000L);
                });
    }

    @Test
    void tipsAddUpOnTheBookingsRowAlsoInTheBatchThatRecordedIt() {
        projector.handle(
                projection,
                earned(booking, camille, 10_000, 4_000, MARCH_2),
                new TipAdded(booking, business, camille, 500),
                new TipAdded(booking, business, camille, 125));

        projector.handle(projection, new TipAdded(booking, business, camille, 250));

        assertThat(report(all(business)).items())
                .singleElement()
                .extracting(EarningView::tipCents, EarningView::providerEarningsCents)
                .containsExactly(875L, 4_000L);
    }

    @Test
    void aReportSumsTheEarningsOfTheAskedProviderRecordedInTheAskedPeriod() {
        var lucas = ProviderId.newId();
        var march5 = BookingId.newId();
        var march8 = BookingId.newId();
        projector.handle(
                projection,
                earned(booking, camille, 10_000, 4_000, MARCH_2),
                earned(march5, camille, 6_000, 2_400, Instant.parse("2027-03-05T16:00:00Z")),
                earned(BookingId.newId(), lucas, 5_000, 2_000, Instant.parse("2027-03-03T09:00:00Z")),
                earned(march8, camille, 8_000, 3_200, Instant.parse("2027-03-08T00:00:00Z")),
                new TipAdded(booking, business, camille, 500),
                new TipAdded(march8, business, camille, 300));

        var firstWeek = report(new FindEarningsQuery(
                business,
                camille,
                Instant.parse("2027-03-01T00:00:00Z"),
                Instant.parse("2027-03-08T00:00:00Z"),
                50,
                null));

        assertThat(firstWeek.items())
                .extracting(EarningView::bookingId)
                .containsExactly(booking.toString(), march5.toString());
        // 10,000 + 6,000 gross; 4,000 + 2,400 hers; 6,000 + 3,600 the business's; the one tip of the week.
        assertThat(firstWeek.totals()).isEqualTo(new EarningsTotals(16_000, 6_400, 9_600, 500));
        assertThat(report(all(business)).totals()).isEqualTo(new EarningsTotals(29_000, 11_600, 17_400, 800));
    }

    @Test
    void byJobDateAnEarningBelongsToTheDayItsJobWasScheduledForEvenIfRecordedLaterOrRescheduled() {
        var lateNight = BookingId.newId();
        projector.handle(
                projection,
                jobAt(booking, "2027-02-27T22:00:00Z"),
                new BookingRescheduled(booking, business, Instant.parse("2027-02-28T22:00:00Z"), 90),
                jobAt(lateNight, "2027-03-01T10:00:00Z"),
                earned(booking, camille, 10_000, 4_000, MARCH_2),
                earned(lateNight, camille, 6_000, 2_400, MARCH_2));

        var february = report(new FindEarningsQuery(
                business,
                null,
                Instant.parse("2027-02-01T00:00:00Z"),
                Instant.parse("2027-03-01T00:00:00Z"),
                50,
                null,
                true));

        assertThat(february.items()).extracting(EarningView::bookingId).containsExactly(booking.toString());
        assertThat(february.items().getFirst().scheduledStart()).isEqualTo(Instant.parse("2027-02-28T22:00:00Z"));
        assertThat(february.totals().grossCents()).isEqualTo(10_000);
        assertThat(report(all(business)).items())
                .as("by when they were recorded, both are of March")
                .hasSize(2);
    }

    private BookingCreated jobAt(BookingId id, String start) {
        return new BookingCreated(
                id,
                business,
                new CustomerSummary(null, "Amélie Poulain", null, null, "Paris", 48.86, 2.34),
                "cleaning",
                Instant.parse(start),
                90,
                10_000,
                "EUR",
                null,
                false);
    }

    @Test
    void pagesListEveryEarningOnceInTheOrderRecordedWhileTheTotalsCoverThemAll() {
        var sameInstant = List.of(BookingId.newId(), BookingId.newId(), BookingId.newId());
        sameInstant.forEach(id -> projector.handle(projection, earned(id, camille, 1_000, 400, MARCH_2)));
        projector.handle(projection, earned(booking, camille, 2_000, 800, MARCH_2.minusSeconds(60)));

        var first = report(new FindEarningsQuery(business, null, null, null, 3, null));
        var second = report(new FindEarningsQuery(business, null, null, null, 3, first.nextCursor()));

        assertThat(first.items()).extracting(EarningView::bookingId).first().isEqualTo(booking.toString());
        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(1);
        assertThat(second.nextCursor()).isNull();
        assertThat(java.util.stream.Stream.concat(first.items().stream(), second.items().stream())
                        .map(EarningView::bookingId)
                        .distinct())
                .hasSize(4);
        assertThat(first.totals()).isEqualTo(new EarningsTotals(5_000, 2_000, 3_000, 0));
        assertThat(second.totals()).isEqualTo(first.totals());
    }

    @Test
    void anotherBusinessSeesNoneOfTheLedgerAndItsTipsAddNothing() {
        var other = BusinessId.newId();
        projector.handle(projection, earned(booking, camille, 10_000, 4_000, MARCH_2));

        projector.handle(projection, new TipAdded(booking, other, camille, 10_000));

        assertThat(report(all(other)).items()).isEmpty();
        assertThat(report(all(business)).totals()).isEqualTo(new EarningsTotals(10_000, 4_000, 6_000, 0));
    }

    @Test
    void resettingForARebuildEmptiesTheLedger() {
        projector.handle(projection, earned(booking, camille, 10_000, 4_000, MARCH_2));

        projector.reset(projection);

        assertThat(owner.value("select count(*) from earnings_ledger", Long.class))
                .isZero();
    }

    private EarningsRecorded earned(BookingId id, ProviderId provider, long gross, long providerShare, Instant at) {
        return new EarningsRecorded(
                id,
                business,
                provider,
                PayRateType.PERCENTAGE,
                4_000,
                gross,
                providerShare,
                gross - providerShare,
                "EUR",
                at);
    }

    private static FindEarningsQuery all(BusinessId business) {
        return new FindEarningsQuery(business, null, null, null, 50, null);
    }

    private EarningsReport report(FindEarningsQuery query) {
        return queries.query(query, EarningsReport.class).join();
    }
}
