package dev.tandem.query.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.api.assignment.AssignmentWeights;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.TimeRange;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.kernel.WeeklySchedule;
import dev.tandem.query.assignment.RankingInputs.BookedJob;
import dev.tandem.query.assignment.RankingInputs.Job;
import dev.tandem.query.assignment.RankingInputs.ProviderFacts;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The ranking on hand-built cases: one per exclusion rule and one per score factor. The job is on Tuesday
 * 2 March 2027 from 10:00 to 11:00 in Paris, at the Louvre; every provider works 08:00–18:00 every day
 * unless a case says otherwise.
 */
class RankingTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final GeoPoint LOUVRE = new GeoPoint(48.8606, 2.3376);
    private static final GeoPoint HOTEL_DE_VILLE = new GeoPoint(48.8566, 2.3522); // 1.2 km from the Louvre
    private static final GeoPoint LA_DEFENSE = new GeoPoint(48.8918, 2.2361); // 8.2 km
    private static final GeoPoint VERSAILLES = new GeoPoint(48.8049, 2.1204); // 17.1 km
    private static final Instant TEN_AM = Instant.parse("2027-03-02T09:00:00Z");
    private static final Job JOB = new Job("job", "cleaning", LOUVRE, slot(TEN_AM, 60));
    private static final WeeklySchedule EIGHT_TO_SIX = everyDay(LocalTime.of(8, 0), LocalTime.of(18, 0));

    private final Ranking ranking = new Ranking(AssignmentWeights.DEFAULTS, PARIS, 30);

    @Test
    void aDeactivatedProviderIsExcludedAsInactive() {
        assertThat(whyNot(provider("a", p -> with(p, false, "AVAILABLE")))).startsWith("inactive");
    }

    @Test
    void anOfflineProviderIsExcluded() {
        assertThat(whyNot(provider("a", p -> with(p, true, "OFFLINE")))).isEqualTo("offline");
    }

    @Test
    void aProviderOnABreakNowMayStillTakeALaterJob() {
        assertThat(rank(provider("a", p -> with(p, true, "ON_BREAK"))).candidates())
                .hasSize(1);
    }

    @Test
    void aProviderWithoutTheServiceAmongItsSkillsIsExcluded() {
        var gardener = provider(
                "a",
                p -> new ProviderFacts(
                        p.providerId(),
                        true,
                        "AVAILABLE",
                        Set.of("gardening"),
                        p.home(),
                        p.serviceRadiusKm(),
                        p.weeklyHours(),
                        p.timeOff(),
                        p.booked(),
                        0,
                        0,
                        0,
                        0));
        assertThat(whyNot(gardener)).isEqualTo("lacks the skill cleaning");
    }

    @Test
    void skillsMatchWhateverTheCaseOfTheService() {
        var job = new Job("job", " Cleaning ", LOUVRE, JOB.slot());
        assertThat(ranking.rank(job, List.of(provider("a", p -> p))).candidates())
                .hasSize(1);
    }

    @Test
    void aProviderWhoseServiceRadiusDoesNotReachTheJobIsExcluded() {
        var far = provider("a", p -> at(p, VERSAILLES, 15));
        assertThat(whyNot(far)).isEqualTo("outside its service radius: 17.1 km from home, radius 15 km");
    }

    @Test
    void theRadiusIsMeasuredAlongTheGreatCircleFromHome() {
        assertThat(rank(provider("a", p -> at(p, VERSAILLES, 18))).candidates()).hasSize(1);
    }

    @Test
    void aProviderWithoutAHomeCannotBeMeasuredAndIsExcluded() {
        assertThat(whyNot(provider("a", p -> at(p, null, null)))).startsWith("outside its service radius");
    }

    @Test
    void aProviderWhoseHoursDoNotCoverTheJobInTheBusinessTimeZoneIsExcluded() {
        // 08:00–10:30 in Paris does not hold 10:00–11:00 Paris; read as UTC (09:00–10:00) it would.
        var lateStarter = provider("a", p -> hours(p, everyDay(LocalTime.of(8, 0), LocalTime.of(10, 30))));
        var nineToSix = provider("b", p -> hours(p, everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0))));

        var result = rank(lateStarter, nineToSix);

        assertThat(result.excluded()).containsExactly(new ProviderRanking.Exclusion("a", "outside working hours"));
        assertThat(ids(result)).containsExactly("b");
    }

    @Test
    void aProviderWhoWorksOnlyOnOtherDaysIsExcluded() {
        var mondays = provider(
                "a",
                p -> hours(
                        p,
                        new WeeklySchedule(
                                List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))))));
        assertThat(whyNot(mondays)).isEqualTo("outside working hours");
    }

    @Test
    void aProviderWithTimeOffDuringTheJobIsExcluded() {
        var onHoliday = provider(
                "a", p -> off(p, List.of(new TimeRange(TEN_AM.minus(Duration.ofDays(2)), TEN_AM.plusSeconds(60)))));
        assertThat(whyNot(onHoliday)).isEqualTo("time off");
    }

    @Test
    void timeOffEndingAsTheJobStartsIsNoObstacle() {
        var backInTime = provider("a", p -> off(p, List.of(new TimeRange(TEN_AM.minus(Duration.ofDays(2)), TEN_AM))));
        assertThat(rank(backInTime).candidates()).hasSize(1);
    }

    @Test
    void aProviderWithAnOverlappingBookingIsExcluded() {
        var busy = provider("a", p -> booked(p, new BookedJob("other", slot(TEN_AM.plusSeconds(1800), 60), LOUVRE)));
        assertThat(whyNot(busy)).isEqualTo("overlapping booking");
    }

    @Test
    void theBookingBeingRankedNeverOverlapsItself() {
        var holder = provider("a", p -> booked(p, new BookedJob("job", JOB.slot(), LOUVRE)));
        assertThat(rank(holder).candidates()).hasSize(1);
    }

    @Test
    void aProviderWhoCannotTravelFromItsPreviousJobInTimeIsExcluded() {
        // Versailles to the Louvre, 17 km at 30 km/h: 35 minutes; the previous job ends 15 minutes before.
        var justBefore = new BookedJob("before", slot(TEN_AM.minus(Duration.ofMinutes(75)), 60), VERSAILLES);
        var rushed = provider("a", p -> booked(p, justBefore));
        assertThat(whyNot(rushed))
                .isEqualTo("travel from its previous job impossible in time: 17.1 km need 35 min, 15 min between");
    }

    @Test
    void aProviderWithEnoughTimeToTravelFromItsPreviousJobIsEligible() {
        var earlier = new BookedJob("before", slot(TEN_AM.minus(Duration.ofMinutes(100)), 60), VERSAILLES);
        assertThat(rank(provider("a", p -> booked(p, earlier))).candidates()).hasSize(1);
    }

    @Test
    void aProviderWhoCouldNotReachItsNextJobInTimeIsExcluded() {
        var justAfter = new BookedJob("after", slot(TEN_AM.plus(Duration.ofMinutes(70)), 60), VERSAILLES);
        assertThat(whyNot(provider("a", p -> booked(p, justAfter))))
                .startsWith("travel to its next job impossible in time");
    }

    @Test
    void theNearerProviderRanksFirst() {
        var near = provider("near", p -> at(p, HOTEL_DE_VILLE, 20));
        var far = provider("far", p -> at(p, LA_DEFENSE, 20));

        var result = rank(far, near);

        assertThat(ids(result)).containsExactly("near", "far");
        assertThat(result.candidates().getFirst().reasons().getFirst()).isEqualTo("1.2 km from home (distance 0.90)");
    }

    @Test
    void theProviderWithTheLighterDayRanksFirst() {
        var busyDay = provider(
                "busy",
                p -> booked(
                        p,
                        new BookedJob("morning", slot(TEN_AM.minus(Duration.ofHours(2)), 60), LOUVRE),
                        new BookedJob("afternoon", slot(TEN_AM.plus(Duration.ofHours(4)), 180), LOUVRE)));
        var freeDay = provider("free", p -> p);

        var result = rank(busyDay, freeDay);

        assertThat(ids(result)).containsExactly("free", "busy");
        assertThat(result.candidates().getLast().reasons())
                .contains("4 h of 10 h working time booked that day (workload 0.60)");
    }

    @Test
    void bookingsOnOtherDaysDoNotWeighOnTheDay() {
        var yesterday = provider(
                "a", p -> booked(p, new BookedJob("y", slot(TEN_AM.minus(Duration.ofHours(20)), 180), LOUVRE)));
        assertThat(rank(yesterday).candidates().getFirst().reasons())
                .contains("0 h of 10 h working time booked that day (workload 1.00)");
    }

    @Test
    void onTheDayTheClocksGoForwardTheWorkingTimeIsCountedInRealHours() {
        // 28 March 2027: Paris skips from 02:00 to 03:00; 01:00–05:00 is three hours long that night.
        Instant sunday = Instant.parse("2027-03-28T08:00:00Z");
        var job = new Job("job", "cleaning", LOUVRE, slot(sunday, 60));
        var nightOwl = provider("a", p -> hours(p, everyDay(LocalTime.of(1, 0), LocalTime.of(11, 0))));

        var reasons =
                ranking.rank(job, List.of(nightOwl)).candidates().getFirst().reasons();

        assertThat(reasons).contains("0 h of 9 h working time booked that day (workload 1.00)");
    }

    @Test
    void theBetterRatedProviderRanksFirst() {
        var loved = provider("loved", p -> record(p, 0, 0, 4, 20));
        var meh = provider("meh", p -> record(p, 0, 0, 4, 10));

        var result = rank(meh, loved);

        assertThat(ids(result)).containsExactly("loved", "meh");
        assertThat(result.candidates().getFirst().reasons())
                .contains("rated 5.0 stars on average from 4 ratings (rating 1.00)");
    }

    @Test
    void aProviderNobodyHasRatedCountsAsThreeStars() {
        assertThat(rank(provider("a", p -> p)).candidates().getFirst().reasons())
                .contains("no ratings yet, counted as 3.0 stars (rating 0.60)");
    }

    @Test
    void theProviderThatCompletesMoreOfItsJobsRanksFirst() {
        var reliable = provider("reliable", p -> record(p, 9, 1, 0, 0));
        var flaky = provider("flaky", p -> record(p, 5, 5, 0, 0));

        var result = rank(flaky, reliable);

        assertThat(ids(result)).containsExactly("reliable", "flaky");
        assertThat(result.candidates().getFirst().reasons()).contains("completed 9 of 10 jobs (completion 0.90)");
    }

    @Test
    void theScoreIsTheWeightedMeanOfTheFactors() {
        // distance 1/(1 + 1.16/10) ≈ 0.8963, workload 1, rating 0.6, completion 0.8.
        var only = provider("a", p -> at(p, HOTEL_DE_VILLE, 20));
        var distanceOnly = new Ranking(new AssignmentWeights(1, 0, 0, 0), PARIS, 30);
        var everythingElse = new Ranking(new AssignmentWeights(0, 1, 1, 1), PARIS, 30);

        assertThat(distanceOnly.rank(JOB, List.of(only)).candidates().getFirst().score())
                .isEqualTo(0.8963);
        assertThat(everythingElse
                        .rank(JOB, List.of(only))
                        .candidates()
                        .getFirst()
                        .score())
                .isEqualTo(0.8);
    }

    @Test
    void theWeightsDecideWhichFactorWins() {
        var nearButUnrated = provider("near", p -> at(p, HOTEL_DE_VILLE, 20));
        var farButLoved = provider("far", p -> record(at(p, LA_DEFENSE, 20), 0, 0, 10, 50));

        var byDistance = new Ranking(new AssignmentWeights(1, 0, 0, 0), PARIS, 30)
                .rank(JOB, List.of(farButLoved, nearButUnrated));
        var byRating = new Ranking(new AssignmentWeights(0, 0, 1, 0), PARIS, 30)
                .rank(JOB, List.of(nearButUnrated, farButLoved));

        assertThat(ids(byDistance)).containsExactly("near", "far");
        assertThat(ids(byRating)).containsExactly("far", "near");
    }

    @Test
    void equalScoresAreBrokenByDistanceThenByProviderId() {
        var rankingByRating = new Ranking(new AssignmentWeights(0, 0, 1, 0), PARIS, 30);
        var farther = provider("a-far", p -> at(p, LA_DEFENSE, 20));
        var nearerB = provider("b-near", p -> at(p, HOTEL_DE_VILLE, 20));
        var nearerC = provider("c-near", p -> at(p, HOTEL_DE_VILLE, 20));

        var once = rankingByRating.rank(JOB, List.of(nearerC, farther, nearerB));
        var again = rankingByRating.rank(JOB, List.of(farther, nearerB, nearerC));

        assertThat(ids(once)).containsExactly("b-near", "c-near", "a-far");
        assertThat(again).isEqualTo(once);
    }

    @Test
    void everyProviderIsEitherACandidateOrExcludedAndExclusionsAreInIdOrder() {
        var result = rank(
                provider("c", p -> with(p, true, "OFFLINE")),
                provider("a", p -> p),
                provider("b", p -> with(p, false, "AVAILABLE")));

        assertThat(ids(result)).containsExactly("a");
        assertThat(result.excluded())
                .extracting(ProviderRanking.Exclusion::providerId)
                .containsExactly("b", "c");
    }

    private ProviderRanking rank(ProviderFacts... providers) {
        return ranking.rank(JOB, List.of(providers));
    }

    private String whyNot(ProviderFacts provider) {
        var result = rank(provider);
        assertThat(result.candidates()).isEmpty();
        return result.excluded().getFirst().why();
    }

    private static List<String> ids(ProviderRanking ranking) {
        return ranking.candidates().stream()
                .map(ProviderRanking.Candidate::providerId)
                .toList();
    }

    /** A provider that can take the job, 1.2 km away, changed as the case needs. */
    private static ProviderFacts provider(String id, UnaryOperator<ProviderFacts> change) {
        return change.apply(new ProviderFacts(
                id,
                true,
                "AVAILABLE",
                Set.of("cleaning"),
                HOTEL_DE_VILLE,
                15,
                EIGHT_TO_SIX,
                List.of(),
                List.of(),
                0,
                0,
                0,
                0));
    }

    private static ProviderFacts with(ProviderFacts p, boolean active, String status) {
        return new ProviderFacts(
                p.providerId(),
                active,
                status,
                p.skills(),
                p.home(),
                p.serviceRadiusKm(),
                p.weeklyHours(),
                p.timeOff(),
                p.booked(),
                p.completed(),
                p.notCompleted(),
                p.ratings(),
                p.ratingStars());
    }

    private static ProviderFacts at(ProviderFacts p, GeoPoint home, Integer radiusKm) {
        return new ProviderFacts(
                p.providerId(),
                p.active(),
                p.status(),
                p.skills(),
                home,
                radiusKm,
                p.weeklyHours(),
                p.timeOff(),
                p.booked(),
                p.completed(),
                p.notCompleted(),
                p.ratings(),
                p.ratingStars());
    }

    private static ProviderFacts hours(ProviderFacts p, WeeklySchedule hours) {
        return new ProviderFacts(
                p.providerId(),
                p.active(),
                p.status(),
                p.skills(),
                p.home(),
                p.serviceRadiusKm(),
                hours,
                p.timeOff(),
                p.booked(),
                p.completed(),
                p.notCompleted(),
                p.ratings(),
                p.ratingStars());
    }

    private static ProviderFacts off(ProviderFacts p, List<TimeRange> timeOff) {
        return new ProviderFacts(
                p.providerId(),
                p.active(),
                p.status(),
                p.skills(),
                p.home(),
                p.serviceRadiusKm(),
                p.weeklyHours(),
                timeOff,
                p.booked(),
                p.completed(),
                p.notCompleted(),
                p.ratings(),
                p.ratingStars());
    }

    private static ProviderFacts booked(ProviderFacts p, BookedJob... jobs) {
        return new ProviderFacts(
                p.providerId(),
                p.active(),
                p.status(),
                p.skills(),
                p.home(),
                p.serviceRadiusKm(),
                p.weeklyHours(),
                p.timeOff(),
                List.of(jobs),
                p.completed(),
                p.notCompleted(),
                p.ratings(),
                p.ratingStars());
    }

    private static ProviderFacts record(ProviderFacts p, int completed, int notCompleted, int ratings, long stars) {
        return new ProviderFacts(
                p.providerId(),
                p.active(),
                p.status(),
                p.skills(),
                p.home(),
                p.serviceRadiusKm(),
                p.weeklyHours(),
                p.timeOff(),
                p.booked(),
                completed,
                notCompleted,
                ratings,
                stars);
    }

    private static WeeklySchedule everyDay(LocalTime start, LocalTime end) {
        return new WeeklySchedule(java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyHours(day, start, end))
                .toList());
    }

    private static TimeRange slot(Instant start, int minutes) {
        return new TimeRange(start, start.plus(Duration.ofMinutes(minutes)));
    }
}
