package dev.tandem.query.analytics;

import dev.tandem.api.analytics.AnalyticsPeriod;
import dev.tandem.api.analytics.AnalyticsReport;
import dev.tandem.api.analytics.AnalyticsReport.BookingDistribution;
import dev.tandem.api.analytics.AnalyticsReport.CustomerSatisfaction;
import dev.tandem.api.analytics.AnalyticsReport.EarningsOverview;
import dev.tandem.api.analytics.AnalyticsReport.PreviousPeriod;
import dev.tandem.api.analytics.AnalyticsReport.SeriesPoint;
import dev.tandem.api.analytics.AnalyticsReport.Totals;
import dev.tandem.api.analytics.FindAnalyticsQuery;
import dev.tandem.api.analytics.FindPerformanceQuery;
import dev.tandem.api.analytics.GroupBy;
import dev.tandem.api.analytics.PerformanceView;
import dev.tandem.api.analytics.ProviderFigures;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.query.analytics.AnalyticsStore.ProviderRow;
import dev.tandem.query.analytics.AnalyticsStore.Scope;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** Works out a period's figures from the analytics tables (docs/analytics.md says what each one counts). */
@Component
class AnalyticsReader {

    private final AnalyticsStore store;

    AnalyticsReader(AnalyticsStore store) {
        this.store = store;
    }

    AnalyticsReport report(FindAnalyticsQuery query) {
        var scope = new Scope(query.businessId(), query.providerId(), query.service());
        ZoneId zone = store.zone(query.businessId());
        Period current = read(scope, query.period(), zone);
        Tally totals = current.totals();
        return new AnalyticsReport(
                query.period().from(),
                query.period().to(),
                totalsOf(totals),
                current.providerFigures(),
                distributionOf(current),
                new EarningsOverview(
                        totals.grossCents,
                        totals.providerEarningsCents,
                        totals.businessCommissionCents,
                        totals.tipsCents),
                satisfactionOf(current.bookings()),
                seriesOf(current, query.groupBy()),
                query.comparePrevious() ? previousOf(read(scope, query.period().previous(), zone)) : null);
    }

    PerformanceView performance(FindPerformanceQuery query) {
        ZoneId zone = store.zone(query.businessId());
        Period ofTheBusiness = read(new Scope(query.businessId(), null, null), query.period(), zone);
        Tally business = ofTheBusiness.totals();
        Period own = ofTheBusiness.of(query.providerId().value());
        Tally mine = own.tallies().getOrDefault(query.providerId().value(), new Tally());
        return new PerformanceView(
                query.period().from(),
                query.period().to(),
                query.providerId().toString(),
                mine.bookings,
                mine.completed,
                mine.cancelled,
                mine.declined,
                mine.completionRate(),
                mine.averageRating(),
                mine.ratings,
                mine.providerEarningsCents,
                mine.tipsCents,
                mine.bookedMinutes,
                mine.availableMinutes,
                mine.utilization(),
                new PerformanceView.Business(
                        business.completionRate(), business.averageRating(), business.utilization()),
                seriesOf(own, GroupBy.DAY).stream()
                        .map(point -> new PerformanceView.EarningsPoint(
                                point.period(), point.providerEarningsCents(), point.tipsCents()))
                        .toList());
    }

    /** One period as read: its bookings, declines and providers listed, with a tally of each provider listed. */
    private record Period(
            AnalyticsPeriod period,
            List<BookingFact> bookings,
            Map<UUID, Long> declines,
            List<ProviderRow> providers,
            Map<UUID, Tally> tallies) {

        /** Every booking and decline of the period, and the minutes of every provider listed. */
        Tally totals() {
            var totals = new Tally();
            bookings.forEach(totals::add);
            totals.declined =
                    declines.values().stream().mapToLong(Long::longValue).sum();
            totals.availableMinutes = providers.stream()
                    .mapToLong(provider -> tallies.get(provider.providerId()).availableMinutes)
                    .sum();
            return totals;
        }

        /** The same period as one provider's scope reads it: its bookings, its declines, its tally. */
        Period of(UUID providerId) {
            return new Period(
                    period,
                    bookings.stream()
                            .filter(booking -> providerId.equals(booking.providerId()))
                            .toList(),
                    declines.containsKey(providerId) ? Map.of(providerId, declines.get(providerId)) : Map.of(),
                    providers.stream()
                            .filter(provider -> provider.providerId().equals(providerId))
                            .toList(),
                    tallies.containsKey(providerId) ? Map.of(providerId, tallies.get(providerId)) : Map.of());
        }

        List<ProviderFigures> providerFigures() {
            return providers.stream()
                    .map(provider -> figuresOf(provider, tallies.get(provider.providerId())))
                    .toList();
        }
    }

    private Period read(Scope scope, AnalyticsPeriod period, ZoneId zone) {
        List<BookingFact> bookings = store.bookings(scope, period, zone);
        Map<UUID, Long> declines = store.declines(scope, period, zone);
        Map<UUID, Tally> tallies = talliesOf(bookings, declines);
        List<ProviderRow> providers = store.providers(scope).stream()
                .filter(provider -> tallies.containsKey(provider.providerId())
                        || provider.deactivatedAt() == null
                        || provider.deactivatedAt().isAfter(AnalyticsStore.start(period, zone)))
                .toList();
        var schedules = store.schedules(scope);
        var timeOff = store.timeOff(scope, period, zone);
        for (ProviderRow provider : providers) {
            var available = new AvailableMinutes(
                    schedules.getOrDefault(provider.providerId(), List.of()),
                    timeOff.getOrDefault(provider.providerId(), List.of()),
                    provider.deactivatedAt());
            tallies.computeIfAbsent(provider.providerId(), id -> new Tally()).availableMinutes =
                    available.in(period, zone);
        }
        return new Period(period, bookings, declines, providers, tallies);
    }

    private static Map<UUID, Tally> talliesOf(List<BookingFact> bookings, Map<UUID, Long> declines) {
        var tallies = new LinkedHashMap<UUID, Tally>();
        bookings.stream()
                .filter(booking -> booking.providerId() != null)
                .forEach(booking -> tallies.computeIfAbsent(booking.providerId(), id -> new Tally())
                        .add(booking));
        declines.forEach((provider, count) -> tallies.computeIfAbsent(provider, id -> new Tally()).declined = count);
        return tallies;
    }

    private static ProviderFigures figuresOf(ProviderRow provider, Tally tally) {
        return new ProviderFigures(
                provider.providerId().toString(),
                provider.name(),
                tally.bookings,
                tally.completed,
                tally.cancelled,
                tally.declined,
                tally.completionRate(),
                tally.averageRating(),
                tally.ratings,
                tally.providerEarningsCents,
                tally.tipsCents,
                tally.bookedMinutes,
                tally.availableMinutes,
                tally.utilization());
    }

    private static Totals totalsOf(Tally totals) {
        return new Totals(
                totals.bookings,
                totals.completed,
                totals.cancelled,
                totals.declined,
                totals.completionRate(),
                totals.averageRating(),
                totals.ratings,
                totals.grossCents,
                totals.bookedMinutes,
                totals.availableMinutes,
                totals.utilization());
    }

    private static PreviousPeriod previousOf(Period previous) {
        Tally totals = previous.totals();
        return new PreviousPeriod(
                previous.period().from(),
                previous.period().to(),
                totals.bookings,
                totals.completed,
                totals.completionRate(),
                totals.averageRating(),
                totals.grossCents,
                totals.utilization());
    }

    private static BookingDistribution distributionOf(Period period) {
        List<BookingFact> bookings = period.bookings();
        Map<String, Long> byStatus = zeros(List.of(BookingStatus.values()), BookingStatus::name);
        Map<String, Long> byDay = zeros(List.of(DayOfWeek.values()), DayOfWeek::name);
        Map<String, Long> byHour = zeros(IntStream.range(0, 24).boxed().toList(), String::valueOf);
        var byService = new TreeMap<String, Long>();
        var byProvider = new LinkedHashMap<String, Long>();
        for (BookingFact booking : bookings) {
            byStatus.merge(booking.status().name(), 1L, Long::sum);
            byDay.merge(booking.localStart().getDayOfWeek().name(), 1L, Long::sum);
            byHour.merge(String.valueOf(booking.localStart().getHour()), 1L, Long::sum);
            byService.merge(booking.service(), 1L, Long::sum);
            if (booking.providerId() != null) {
                byProvider.merge(booking.providerId().toString(), 1L, Long::sum);
            }
        }
        return new BookingDistribution(byStatus, byService, byProvider, byDay, byHour);
    }

    private static <T> Map<String, Long> zeros(List<T> keys, Function<T, String> name) {
        var counts = new LinkedHashMap<String, Long>();
        keys.forEach(key -> counts.put(name.apply(key), 0L));
        return counts;
    }

    private static CustomerSatisfaction satisfactionOf(List<BookingFact> bookings) {
        var tally = new Tally();
        Map<String, Long> distribution = zeros(List.of(1, 2, 3, 4, 5), String::valueOf);
        bookings.stream().filter(booking -> booking.stars() != null).forEach(booking -> {
            tally.add(booking);
            distribution.merge(String.valueOf(booking.stars()), 1L, Long::sum);
        });
        return new CustomerSatisfaction(tally.averageRating(), tally.ratings, distribution);
    }

    /** Every day, week or month of the period, with zeros where nothing happened, so a chart has no gaps. */
    private static List<SeriesPoint> seriesOf(Period period, GroupBy groupBy) {
        var buckets = new LinkedHashMap<LocalDate, Tally>();
        for (LocalDate day = period.period().from();
                !day.isAfter(period.period().to());
                day = day.plusDays(1)) {
            buckets.putIfAbsent(bucketOf(day, groupBy), new Tally());
        }
        period.bookings()
                .forEach(booking -> buckets.get(bucketOf(booking.localStart().toLocalDate(), groupBy))
                        .add(booking));
        return buckets.entrySet().stream()
                .map(bucket -> new SeriesPoint(
                        bucket.getKey().toString(),
                        bucket.getValue().bookings,
                        bucket.getValue().completed,
                        bucket.getValue().cancelled,
                        bucket.getValue().grossCents,
                        bucket.getValue().providerEarningsCents,
                        bucket.getValue().businessCommissionCents,
                        bucket.getValue().tipsCents))
                .toList();
    }

    private static LocalDate bucketOf(LocalDate day, GroupBy groupBy) {
        return switch (groupBy) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }
}
