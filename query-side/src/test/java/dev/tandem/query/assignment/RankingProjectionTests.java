package dev.tandem.query.assignment;

import static dev.tandem.query.support.Stored.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.api.assignment.AssignmentPolicyChanged;
import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.AssignmentWeights;
import dev.tandem.api.assignment.FindAssignmentPolicyQuery;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.api.assignment.RankProvidersForSlotQuery;
import dev.tandem.api.assignment.RankProvidersQuery;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingRated;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.TableOwner;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the ranking reads, kept from the events: each provider's record, state and schedule, each booking's time
 * and place, the business's time zone and weights. The job is on Tuesday 2 March 2027 from 10:00 to 11:00 in
 * Paris, at the Louvre; every provider lives at the Hôtel de Ville (1.2 km away) and works 08:00–18:00 every day.
 */
@ProjectionTest
class RankingProjectionTests {

    private static final Instant TEN_AM = Instant.parse("2027-03-02T09:00:00Z");
    private static final GeoPoint LOUVRE = new GeoPoint(48.8606, 2.3376);
    private static final GeoPoint HOTEL_DE_VILLE = new GeoPoint(48.8566, 2.3522);

    @Autowired
    Projector projector;

    @Autowired
    RankingProjection projection;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();
    private final BookingId job = BookingId.newId();
    private final ProviderId camille = ProviderId.newId();

    @Test
    void thePolicyIsTheDefaultWeightsUntilTheAdminsChangeThemAndFollowsTheBusinessVersion() {
        projector.handle(projection, event(registeredBusiness()).version(0));
        assertThat(policy()).isEqualTo(AssignmentPolicyView.of(AssignmentWeights.DEFAULTS, null, 0));

        projector.handle(
                projection,
                event(new AssignmentPolicyChanged(business, new AssignmentWeights(1, 0, 0.5, 0), 30))
                        .version(1),
                event(new BusinessSettingsChanged(business, "Sparkle", "Europe/Paris", "EUR", null))
                        .version(2));

        assertThat(policy()).isEqualTo(new AssignmentPolicyView(1, 0, 0.5, 0, 30, 2));
    }

    @Test
    void aProvidersRecordCountsItsCompletedCancelledAndDeclinedJobsAndItsRatings() {
        var batch = setUp(camille);
        var completed = new ArrayList<BookingId>();
        for (int day = 1; day <= 3; day++) {
            var done = heldBy(batch, camille, Instant.parse("2027-02-0" + day + "T09:00:00Z"));
            batch.add(new BookingStarted(done, business, camille, Instant.parse("2027-02-0" + day + "T09:00:00Z")));
            batch.add(new BookingCompleted(done, business, camille, Instant.parse("2027-02-0" + day + "T10:00:00Z")));
            completed.add(done);
        }
        var cancelled = heldBy(batch, camille, Instant.parse("2027-02-10T09:00:00Z"));
        batch.add(new BookingCancelled(cancelled, business, "customer away", Instant.parse("2027-02-09T09:00:00Z")));
        var nobodysCancelled = booking(batch, Instant.parse("2027-02-11T09:00:00Z"));
        batch.add(new BookingCancelled(
                nobodysCancelled, business, "customer away", Instant.parse("2027-02-09T09:00:00Z")));
        batch.add(new BookingDeclined(BookingId.newId(), business, camille, "too far"));
        batch.add(new BookingRated(completed.get(0), business, camille, 5, null));
        batch.add(new BookingRated(completed.get(1), business, camille, 4, "good"));

        projector.handle(projection, batch.toArray());

        // 3 completed of 3 + 1 cancelled + 1 declined; (5 + 4) / 2 stars.
        assertThat(rank().candidates())
                .singleElement()
                .satisfies(candidate -> assertThat(candidate.reasons())
                        .contains(
                                "rated 4.5 stars on average from 2 ratings (rating 0.90)",
                                "completed 3 of 5 jobs (completion 0.60)"));
    }

    @Test
    void eachProviderIsExcludedForWhatItsLatestEventsSay() {
        var deactivated = ProviderId.newId();
        var offline = ProviderId.newId();
        var gardener = ProviderId.newId();
        var mondaysOnly = ProviderId.newId();
        var onHoliday = ProviderId.newId();
        var backFromHoliday = ProviderId.newId();
        var busy = ProviderId.newId();
        var movedAway = ProviderId.newId();
        var batch = setUp(
                camille, deactivated, offline, gardener, mondaysOnly, onHoliday, backFromHoliday, busy, movedAway);
        batch.add(new ProviderDeactivated(deactivated, business));
        batch.add(new ProviderStatusChanged(offline, business, ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE, null));
        batch.add(new ProviderProfileUpdated(
                gardener, business, "Gardener", null, List.of("Gardening"), HOTEL_DE_VILLE, 10, null));
        batch.add(new WeeklyHoursSet(
                mondaysOnly,
                business,
                List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0)))));
        batch.add(new TimeOffAdded(onHoliday, business, holiday()));
        var cancelledHoliday = holiday();
        batch.add(new TimeOffAdded(backFromHoliday, business, cancelledHoliday));
        batch.add(new TimeOffRemoved(backFromHoliday, business, cancelledHoliday.id()));
        heldBy(batch, busy, TEN_AM.plus(Duration.ofMinutes(30)));
        var rescheduled = heldBy(batch, movedAway, TEN_AM.plus(Duration.ofMinutes(30)));
        batch.add(new BookingRescheduled(rescheduled, business, TEN_AM.plus(Duration.ofHours(4)), 60));

        projector.handle(projection, batch.toArray());

        var ranking = rank();
        assertThat(ranking.excluded())
                .containsExactlyInAnyOrder(
                        new ProviderRanking.Exclusion(deactivated.toString(), "inactive: the provider is deactivated"),
                        new ProviderRanking.Exclusion(offline.toString(), "offline"),
                        new ProviderRanking.Exclusion(gardener.toString(), "lacks the skill cleaning"),
                        new ProviderRanking.Exclusion(mondaysOnly.toString(), "outside working hours"),
                        new ProviderRanking.Exclusion(onHoliday.toString(), "time off"),
                        new ProviderRanking.Exclusion(busy.toString(), "overlapping booking"));
        assertThat(ranking.candidates())
                .extracting(ProviderRanking.Candidate::providerId)
                .containsExactlyInAnyOrder(camille.toString(), backFromHoliday.toString(), movedAway.toString());
    }

    @Test
    void theJobIsRankedAtTheTimeItsLastRescheduleSetInTheBusinessTimeZone() {
        var batch = setUp(camille);
        // 17:30 UTC is 18:30 in Paris: past the end of everyone's day, though not in UTC.
        batch.add(new BookingRescheduled(job, business, Instant.parse("2027-03-02T16:30:00Z"), 60));

        projector.handle(projection, batch.toArray());

        assertThat(rank().excluded())
                .containsExactly(new ProviderRanking.Exclusion(camille.toString(), "outside working hours"));
    }

    @Test
    void aRankingSeesAProvidersChangeMadeSinceTheLastRankingAsEveryChangeCountsUpItsRevision() {
        projector.handle(projection, setUp(camille).toArray());
        assertThat(rank().candidates()).hasSize(1);
        var held = BookingId.newId();

        projector.handle(
                projection,
                new ProviderStatusChanged(camille, business, ProviderStatus.ON_BREAK, ProviderStatus.AVAILABLE, null),
                new BookingCreated(
                        held,
                        business,
                        customer(),
                        "cleaning",
                        TEN_AM.plus(Duration.ofDays(1)),
                        60,
                        5_000,
                        "EUR",
                        null,
                        false),
                new BookingAssigned(held, business, camille, null),
                new BookingCancelled(held, business, "customer away", TEN_AM));
        projector.handle(projection, new ProviderDeactivated(camille, business));

        assertThat(rank().excluded())
                .containsExactly(
                        new ProviderRanking.Exclusion(camille.toString(), "inactive: the provider is deactivated"));
        // Registered 1, weekly hours, a status, a cancelled job, the deactivation.
        assertThat(owner.value(
                        "select revision from ranking_provider where provider_id = ?", Long.class, camille.value()))
                .isEqualTo(5);
    }

    @Test
    void aReactivatedProviderRanksAgainOnceAvailable() {
        projector.handle(projection, setUp(camille).toArray());
        projector.handle(projection, new ProviderDeactivated(camille, business));
        assertThat(rank().candidates()).isEmpty();

        projector.handle(
                projection,
                new ProviderReactivated(camille, business, null),
                new ProviderStatusChanged(camille, business, ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE, null),
                new ProviderStatusChanged(camille, business, ProviderStatus.AVAILABLE, ProviderStatus.OFFLINE, null));

        assertThat(rank().excluded()).isEmpty();
        assertThat(rank().candidates()).hasSize(1);
    }

    @Test
    void anotherBusinessRanksNoneOfTheseProvidersAndItsEventsChangeNone() {
        var other = BusinessId.newId();
        projector.handle(projection, setUp(camille).toArray());

        projector.handle(
                projection,
                new ProviderDeactivated(camille, other),
                new BookingRescheduled(job, other, TEN_AM.plus(Duration.ofHours(12)), 60));

        assertThatThrownBy(() -> queries.query(new RankProvidersQuery(other, job), ProviderRanking.class)
                        .join())
                .hasRootCauseInstanceOf(NotFoundException.class);
        var slot = new RankProvidersForSlotQuery(other, job, "cleaning", LOUVRE.lat(), LOUVRE.lng(), TEN_AM, 60);
        var elsewhere = queries.query(slot, ProviderRanking.class).join();
        assertThat(elsewhere.candidates()).isEmpty();
        assertThat(elsewhere.excluded()).isEmpty();
        assertThat(rank().candidates())
                .extracting(ProviderRanking.Candidate::providerId)
                .containsExactly(camille.toString());
    }

    @Test
    void resettingForARebuildEmptiesEveryRankingTable() {
        var batch = setUp(camille);
        batch.add(new TimeOffAdded(camille, business, holiday()));
        projector.handle(projection, batch.toArray());

        projector.reset(projection);

        for (String table : List.of("ranking_business", "ranking_provider", "ranking_time_off", "ranking_booking")) {
            assertThat(owner.value("select count(*) from " + table, Long.class))
                    .as(table)
                    .isZero();
        }
    }

    /** The business, the job without a provider, and these providers as the class describes them. */
    private List<Object> setUp(ProviderId... providers) {
        var batch = new ArrayList<Object>();
        batch.add(registeredBusiness());
        batch.add(new BookingCreated(job, business, customer(), "cleaning", TEN_AM, 60, 5_000, "EUR", null, true));
        Arrays.stream(providers).forEach(provider -> {
            batch.add(new ProviderRegistered(
                    provider,
                    business,
                    "Provider " + provider,
                    provider + "@example.com",
                    null,
                    List.of(" Cleaning "),
                    HOTEL_DE_VILLE,
                    10,
                    null));
            batch.add(new WeeklyHoursSet(
                    provider,
                    business,
                    Arrays.stream(DayOfWeek.values())
                            .map(day -> new WeeklyHours(day, LocalTime.of(8, 0), LocalTime.of(18, 0)))
                            .toList()));
        });
        return batch;
    }

    private BusinessRegistered registeredBusiness() {
        return new BusinessRegistered(business, "Sparkle", "Europe/Paris", "EUR");
    }

    /** A one-hour booking at the Louvre, assigned to the provider. */
    private BookingId heldBy(List<Object> batch, ProviderId provider, Instant start) {
        var booking = booking(batch, start);
        batch.add(new BookingAssigned(booking, business, provider, null));
        return booking;
    }

    private BookingId booking(List<Object> batch, Instant start) {
        var booking = BookingId.newId();
        batch.add(new BookingCreated(booking, business, customer(), "cleaning", start, 60, 5_000, "EUR", null, false));
        return booking;
    }

    private static CustomerSummary customer() {
        return new CustomerSummary(null, "A customer", null, null, "Louvre", LOUVRE.lat(), LOUVRE.lng());
    }

    /** The whole day of the job. */
    private static TimeOff holiday() {
        return new TimeOff(
                UUID.randomUUID(),
                Instant.parse("2027-03-01T23:00:00Z"),
                Instant.parse("2027-03-02T23:00:00Z"),
                "holiday");
    }

    private ProviderRanking rank() {
        return queries.query(new RankProvidersQuery(business, job), ProviderRanking.class)
                .join();
    }

    private AssignmentPolicyView policy() {
        return queries.query(new FindAssignmentPolicyQuery(business), AssignmentPolicyView.class)
                .join();
    }
}
