package dev.tandem.query.analytics;

import static dev.tandem.query.support.Stored.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.api.analytics.AnalyticsPeriod;
import dev.tandem.api.analytics.AnalyticsReport;
import dev.tandem.api.analytics.FindAnalyticsQuery;
import dev.tandem.api.analytics.FindPerformanceQuery;
import dev.tandem.api.analytics.GroupBy;
import dev.tandem.api.analytics.PerformanceView;
import dev.tandem.api.analytics.ProviderFigures;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingRated;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.Stored;
import dev.tandem.query.support.TableOwner;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hand-built business in Paris over four days that include the change to summer time (Sunday 28 March 2027,
 * 02:00 → 03:00), every figure worked out by hand in the comments. Camille works Friday 09–17, Saturday 09–13,
 * Sunday 01–05 (three hours that night) and Monday 09–17 with two hours off; Lucas works weekdays 08–12 until
 * he changes to 08–18 on the Monday morning.
 */
@ProjectionTest
class AnalyticsProjectionTests {

    private static final AnalyticsPeriod PERIOD =
            new AnalyticsPeriod(LocalDate.parse("2027-03-26"), LocalDate.parse("2027-03-29"));

    @Autowired
    Projector projector;

    @Autowired
    AnalyticsProjection projection;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();
    private final ProviderId camille = ProviderId.newId();
    private final ProviderId lucas = ProviderId.newId();
    private final List<Object> history = new ArrayList<>();

    @BeforeEach
    void aBusinessInParisWithTwoProviders() {
        stored(new BusinessRegistered(business, "Propre", "Europe/Paris", "EUR"));
        stored(registered(camille, "Camille Martin"));
        stored(registered(lucas, "Lucas Bernard"));
        stored(event(new WeeklyHoursSet(
                        camille,
                        business,
                        List.of(
                                hours(DayOfWeek.FRIDAY, "09:00", "17:00"),
                                hours(DayOfWeek.SATURDAY, "09:00", "13:00"),
                                hours(DayOfWeek.SUNDAY, "01:00", "05:00"),
                                hours(DayOfWeek.MONDAY, "09:00", "17:00"))))
                .at(Instant.parse("2027-03-01T08:00:00Z")));
        // 12:00–14:00 and 13:00–13:30 on Monday, Paris summer time: two hours off, counted once.
        stored(new TimeOffAdded(
                camille,
                business,
                new TimeOff(
                        UUID.randomUUID(),
                        Instant.parse("2027-03-29T10:00:00Z"),
                        Instant.parse("2027-03-29T12:00:00Z"),
                        "Dentist")));
        stored(new TimeOffAdded(
                camille,
                business,
                new TimeOff(
                        UUID.randomUUID(),
                        Instant.parse("2027-03-29T11:00:00Z"),
                        Instant.parse("2027-03-29T11:30:00Z"),
                        "Call")));
        stored(event(new WeeklyHoursSet(lucas, business, weekdays("08:00", "12:00")))
                .at(Instant.parse("2027-03-01T08:00:00Z")));
        stored(event(new WeeklyHoursSet(lucas, business, weekdays("08:00", "18:00")))
                .at(Instant.parse("2027-03-29T06:00:00Z")));

        // Friday 10:00 (09:00Z): completed by Camille at 40 %, rated 5, tipped 5 €.
        var friday = booked("cleaning", "2027-03-26T09:00:00Z", 120, 10_000, camille);
        completed(friday, camille, 4_000);
        stored(new BookingRated(friday, business, camille, 5, null));
        stored(new TipAdded(friday, business, camille, 500));
        // Saturday 09:00: Camille's, cancelled.
        var saturday = booked("cleaning", "2027-03-27T08:00:00Z", 60, 6_000, camille);
        stored(new BookingCancelled(saturday, business, "Away", Instant.parse("2027-03-20T08:00:00Z")));
        // Sunday 03:30 summer time (01:30Z): nobody has it yet.
        booked("deep-cleaning", "2027-03-28T01:30:00Z", 45, 4_000, null);
        // Monday 09:00 (07:00Z): completed by Lucas, rated 3.
        var monday = booked("windows", "2027-03-29T07:00:00Z", 90, 8_000, lucas);
        completed(monday, lucas, 3_000);
        stored(new BookingRated(monday, business, lucas, 3, null));
        // Monday 14:00: declined by Camille, then Lucas's and confirmed.
        var declined = booked("windows", "2027-03-29T12:00:00Z", 60, 5_000, camille);
        stored(new BookingDeclined(declined, business, camille, "Too far"));
        stored(new BookingUnassigned(declined, business, camille));
        stored(new BookingAssigned(declined, business, lucas, null));
        stored(new BookingConfirmed(declined, business, lucas));
        // Monday 23:59, the last minute of the period: Camille's, flat 25 €, rated 4.
        var lastMinute = booked("cleaning", "2027-03-29T21:59:00Z", 30, 7_000, camille);
        completed(lastMinute, camille, 2_500);
        stored(new BookingRated(lastMinute, business, camille, 4, null));
        // Thursday 23:30, the day before the period: Lucas's, completed; it counts in the previous period only.
        var thursday = booked("cleaning", "2027-03-25T22:30:00Z", 60, 3_000, lucas);
        completed(thursday, lucas, 1_000);
        // Tuesday 00:00, the day after.
        booked("cleaning", "2027-03-29T22:00:00Z", 60, 9_000, camille);

        projector.handle(projection, history.toArray());
    }

    @Test
    void thePeriodsTotalsCountEveryBookingWhoeverHasIt() {
        var totals = report(null, null).totals();

        // Six bookings from Friday 00:00 to Monday 23:59 in Paris; three completed, one cancelled, one decline.
        assertThat(totals.bookings()).isEqualTo(6);
        assertThat(totals.completed()).isEqualTo(3);
        assertThat(totals.cancelled()).isEqualTo(1);
        assertThat(totals.declined()).isEqualTo(1);
        assertThat(totals.completionRate()).isEqualTo(0.6); // 3 ÷ (3 + 1 + 1)
        assertThat(totals.averageRating()).isEqualTo(4.0); // (5 + 3 + 4) ÷ 3
        assertThat(totals.grossCents()).isEqualTo(25_000); // 10,000 + 8,000 + 7,000
        // 120 + 90 + 60 + 30 minutes assigned and not cancelled; 1,260 (Camille) + 840 (Lucas) available.
        assertThat(totals.bookedMinutes()).isEqualTo(300);
        assertThat(totals.availableMinutes()).isEqualTo(2_100);
        assertThat(totals.utilization()).isEqualTo(0.1429);
    }

    @Test
    void eachProvidersFiguresCountItsOwnBookingsDeclinesAndHours() {
        var providers = report(null, null).providers();

        assertThat(providers).extracting(ProviderFigures::name).containsExactly("Camille Martin", "Lucas Bernard");
        // Camille: Friday's, Saturday's (cancelled) and Monday night's; the decline counts apart.
        // Available: Friday 480 + Saturday 240 + Sunday 180 (01:00–05:00 loses an hour) + Monday 480 − 120 off.
        assertThat(providers.get(0))
                .isEqualTo(new ProviderFigures(
                        camille.toString(), "Camille Martin", 3, 2, 1, 1, 0.5, 4.5, 2, 6_500, 500, 150, 1_260, 0.119));
        // Lucas: Monday's two; Friday on the old hours (240), Monday on those set that morning (600).
        assertThat(providers.get(1))
                .isEqualTo(new ProviderFigures(
                        lucas.toString(), "Lucas Bernard", 2, 1, 0, 0, 1.0, 3.0, 1, 3_000, 0, 150, 840, 0.1786));
    }

    @Test
    void distributionsCountThePeriodsBookingsInTheBusinesssLocalTime() {
        var distribution = report(null, null).bookingDistribution();

        assertThat(distribution.byStatus())
                .containsExactly(
                        Map.entry("PENDING", 1L),
                        Map.entry("CONFIRMED", 1L),
                        Map.entry("IN_PROGRESS", 0L),
                        Map.entry("COMPLETED", 3L),
                        Map.entry("CANCELLED", 1L));
        assertThat(distribution.byService())
                .containsExactly(Map.entry("cleaning", 3L), Map.entry("deep-cleaning", 1L), Map.entry("windows", 2L));
        assertThat(distribution.byProvider())
                .containsOnly(Map.entry(camille.toString(), 3L), Map.entry(lucas.toString(), 2L));
        assertThat(distribution.byDayOfWeek())
                .containsEntry("FRIDAY", 1L)
                .containsEntry("SATURDAY", 1L)
                .containsEntry("SUNDAY", 1L)
                .containsEntry("MONDAY", 3L)
                .containsEntry("TUESDAY", 0L)
                .hasSize(7);
        // Local hours: 10 (Friday), 9 (Saturday, Monday), 3 (Sunday, summer time), 14 and 23 (Monday).
        assertThat(distribution.byHour())
                .containsEntry("10", 1L)
                .containsEntry("9", 2L)
                .containsEntry("3", 1L)
                .containsEntry("14", 1L)
                .containsEntry("23", 1L)
                .containsEntry("0", 0L)
                .hasSize(24);
    }

    @Test
    void earningsSatisfactionAndTheDailySeries() {
        var report = report(null, null);

        assertThat(report.earningsOverview())
                .isEqualTo(new AnalyticsReport.EarningsOverview(25_000, 9_500, 15_500, 500));
        assertThat(report.customerSatisfaction())
                .isEqualTo(new AnalyticsReport.CustomerSatisfaction(
                        4.0, 3, Map.of("1", 0L, "2", 0L, "3", 1L, "4", 1L, "5", 1L)));
        assertThat(report.series())
                .containsExactly(
                        new AnalyticsReport.SeriesPoint("2027-03-26", 1, 1, 0, 10_000, 4_000, 6_000, 500),
                        new AnalyticsReport.SeriesPoint("2027-03-27", 1, 0, 1, 0, 0, 0, 0),
                        new AnalyticsReport.SeriesPoint("2027-03-28", 1, 0, 0, 0, 0, 0, 0),
                        new AnalyticsReport.SeriesPoint("2027-03-29", 3, 2, 0, 15_000, 5_500, 9_500, 0));
    }

    @Test
    void thePreviousPeriodIsTheSameLengthJustBefore() {
        var previous = report(null, null).previous();

        // 22–25 March: Thursday night's booking; Camille's Monday 480, Lucas's four mornings 960.
        assertThat(previous)
                .isEqualTo(new AnalyticsReport.PreviousPeriod(
                        LocalDate.parse("2027-03-22"), LocalDate.parse("2027-03-25"), 1, 1, 1.0, null, 3_000, 0.0417));
    }

    @Test
    void filtersKeepOneProvidersOrOneServicesBookings() {
        var lucasOnly = report(lucas, null);
        var cleaningOnly = report(null, "cleaning");

        assertThat(lucasOnly.providers()).extracting(ProviderFigures::name).containsExactly("Lucas Bernard");
        assertThat(lucasOnly.totals().bookings()).isEqualTo(2);
        assertThat(lucasOnly.totals().declined()).isZero();
        assertThat(lucasOnly.totals().availableMinutes()).isEqualTo(840);
        assertThat(cleaningOnly.totals().bookings()).isEqualTo(3);
        assertThat(cleaningOnly.totals().declined()).isZero();
        assertThat(cleaningOnly.earningsOverview().grossCents()).isEqualTo(17_000);
    }

    @Test
    void weeksAndMonthsGroupTheSeries() {
        var byWeek = queries.query(
                        new FindAnalyticsQuery(business, PERIOD, null, null, GroupBy.WEEK, false),
                        AnalyticsReport.class)
                .join();

        // Friday to Sunday are the week of Monday 22 March; Monday 29 starts the next.
        assertThat(byWeek.series())
                .extracting(AnalyticsReport.SeriesPoint::period, AnalyticsReport.SeriesPoint::bookings)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2027-03-22", 3L),
                        org.assertj.core.groups.Tuple.tuple("2027-03-29", 3L));
    }

    @Test
    void aProviderSeesItsOwnFiguresBesideTheBusinesssRates() {
        var mine = queries.query(new FindPerformanceQuery(business, camille, PERIOD), PerformanceView.class)
                .join();

        assertThat(mine.bookings()).isEqualTo(3);
        assertThat(mine.declined()).isEqualTo(1);
        assertThat(mine.completionRate()).isEqualTo(0.5);
        assertThat(mine.earningsCents()).isEqualTo(6_500);
        assertThat(mine.availableMinutes()).isEqualTo(1_260);
        assertThat(mine.business()).isEqualTo(new PerformanceView.Business(0.6, 4.0, 0.1429));
        assertThat(mine.series())
                .extracting(PerformanceView.EarningsPoint::earningsCents)
                .containsExactly(4_000L, 0L, 0L, 2_500L);
    }

    @Test
    void anotherBusinesssEventsNeverCount() {
        var other = BusinessId.newId();
        var stranger = ProviderId.newId();
        projector.handle(
                projection,
                new BusinessRegistered(other, "Elsewhere", "Europe/Paris", "EUR"),
                new ProviderRegistered(
                        stranger, other, "Someone Else", "x@example.com", null, List.of(), null, null, null),
                created(BookingId.newId(), other, "cleaning", "2027-03-26T09:00:00Z", 60, 1_000));

        assertThat(report(null, null).totals().bookings()).isEqualTo(6);
        assertThat(report(null, null).providers()).hasSize(2);
    }

    @Test
    void aDeactivatedProviderIsAvailableOnNoDayAfterAndListedOnlyWithWorkInThePeriod() {
        projector.handle(
                projection, event(new ProviderDeactivated(lucas, business)).at(Instant.parse("2027-03-27T12:00:00Z")));

        var after = queries.query(
                        new FindAnalyticsQuery(
                                business,
                                new AnalyticsPeriod(LocalDate.parse("2027-04-05"), LocalDate.parse("2027-04-09")),
                                null,
                                null,
                                GroupBy.DAY,
                                false),
                        AnalyticsReport.class)
                .join();

        // Friday counts (240); Monday starts after he left.
        assertThat(report(lucas, null).totals().availableMinutes()).isEqualTo(240);
        assertThat(after.providers()).extracting(ProviderFigures::name).containsExactly("Camille Martin");
    }

    @Test
    void theTimeAReactivatedProviderWasAwayCountsAsTimeOff() {
        var week = new AnalyticsPeriod(LocalDate.parse("2027-04-05"), LocalDate.parse("2027-04-09"));
        long wholeWeek = availableMinutes(lucas, week);

        projector.handle(
                projection,
                event(new ProviderDeactivated(lucas, business)).at(Instant.parse("2027-04-05T06:00:00Z")),
                event(new ProviderReactivated(lucas, business, Instant.parse("2027-04-05T06:00:00Z")))
                        .at(Instant.parse("2027-04-07T06:00:00Z")));

        // Away from Monday to Wednesday at 08:00 in Paris, before work: Wednesday to Friday count.
        assertThat(wholeWeek).isPositive();
        assertThat(availableMinutes(lucas, week)).isEqualTo(wholeWeek * 3 / 5);
    }

    @Test
    void aRebuildFromTheSameEventsGivesTheSameFigures() {
        var before = report(null, null);

        projector.reset(projection);
        var emptied = owner.value("select count(*) from analytics_booking", Long.class);
        projector.handle(projection, history.toArray());

        assertThat(emptied).isZero();
        assertThat(report(null, null)).isEqualTo(before);
    }

    private long availableMinutes(ProviderId provider, AnalyticsPeriod period) {
        return queries.query(
                        new FindAnalyticsQuery(business, period, provider, null, GroupBy.DAY, false),
                        AnalyticsReport.class)
                .join()
                .totals()
                .availableMinutes();
    }

    private AnalyticsReport report(ProviderId provider, String service) {
        return queries.query(
                        new FindAnalyticsQuery(business, PERIOD, provider, service, GroupBy.DAY, true),
                        AnalyticsReport.class)
                .join();
    }

    private void stored(Object event) {
        history.add(event instanceof Stored ? event : event(event));
    }

    private BookingId booked(String service, String start, int minutes, long price, ProviderId provider) {
        var id = BookingId.newId();
        stored(created(id, business, service, start, minutes, price));
        if (provider != null) {
            stored(new BookingAssigned(id, business, provider, null));
        }
        return id;
    }

    private void completed(BookingId booking, ProviderId provider, long providerShare) {
        stored(new BookingConfirmed(booking, business, provider));
        stored(new BookingCompleted(booking, business, provider, Instant.parse("2027-03-30T08:00:00Z")));
        long gross = owedPrice(booking);
        stored(new EarningsRecorded(
                booking,
                business,
                provider,
                PayRateType.FLAT,
                providerShare,
                gross,
                providerShare,
                gross - providerShare,
                "EUR",
                Instant.parse("2027-03-30T08:00:00Z")));
    }

    /** The price the booking was created with, from the events stored so far. */
    private long owedPrice(BookingId booking) {
        return history.stream()
                .map(event -> event instanceof Stored stored ? stored.payload() : event)
                .filter(event -> event instanceof BookingCreated created
                        && created.bookingId().equals(booking))
                .map(event -> ((BookingCreated) event).priceCents())
                .findFirst()
                .orElseThrow();
    }

    private static BookingCreated created(
            BookingId id, BusinessId business, String service, String start, int minutes, long price) {
        return new BookingCreated(
                id,
                business,
                new CustomerSummary(null, "Ana Silva", null, null, "Paris", null, null),
                service,
                Instant.parse(start),
                minutes,
                price,
                "EUR",
                null,
                false);
    }

    private ProviderRegistered registered(ProviderId provider, String name) {
        return new ProviderRegistered(
                provider,
                business,
                name,
                name.replace(' ', '.') + "@example.com",
                null,
                List.of("cleaning"),
                null,
                null,
                null);
    }

    private static WeeklyHours hours(DayOfWeek day, String start, String end) {
        return new WeeklyHours(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static List<WeeklyHours> weekdays(String start, String end) {
        return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .stream()
                .map(day -> hours(day, start, end))
                .toList();
    }
}
