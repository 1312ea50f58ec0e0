package dev.tandem.command.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.ChangeProviderStatusCommand;
import dev.tandem.api.provider.DeactivateProviderCommand;
import dev.tandem.api.provider.MarkProviderBusyCommand;
import dev.tandem.api.provider.PayRateSet;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.ProviderStatusChosen;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.ReactivateProviderCommand;
import dev.tandem.api.provider.RegisterProviderCommand;
import dev.tandem.api.provider.ReleaseProviderCommand;
import dev.tandem.api.provider.SetPayRateCommand;
import dev.tandem.api.provider.SetTimeOffCommand;
import dev.tandem.api.provider.SetWeeklyHoursCommand;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.UpdateProviderProfileCommand;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.command.business.BusinessTimeZones;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.TimeRange;
import dev.tandem.kernel.WeeklyHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProviderTests {

    private static final ProviderId ID = ProviderId.newId();
    private static final BusinessId BUSINESS = BusinessId.newId();
    private static final BusinessId OTHER_BUSINESS = BusinessId.newId();
    private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
    private static final PayRate QUARTER = new PayRate(PayRateType.PERCENTAGE, 2500, JAN);
    private static final BookingId BOOKING = BookingId.newId();
    private static final BookingId OTHER_BOOKING = BookingId.newId();

    private static final ProviderRegistered REGISTERED = new ProviderRegistered(
            ID, BUSINESS, "Pat Doe", "pat@example.com", "+33 1 23", List.of("cleaning"), PARIS, 10, "Hi");

    /** The tests' present: before the time off they add, which lies in 2026 from August on. */
    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");

    private static final ZoneId PARIS_TIME = ZoneId.of("Europe/Paris");

    private AggregateTestFixture<Provider> fixture;

    /** The jobs the provider holds, as the booked slots would answer. */
    private final List<HeldJobs.Job> held = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Provider.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((BusinessTimeZones) business -> PARIS_TIME);
        fixture.registerInjectableResource((HeldJobs) (provider, endingAfter) -> held.stream()
                .filter(job -> job.during().end().isAfter(endingAfter))
                .toList());
    }

    // Registration

    @Test
    void registeringAProviderRecordsItsProfileTrimmedWithSkillsInLowerCase() {
        fixture.givenNoPriorActivity()
                .when(register("  Pat Doe ", " pat@example.com ", List.of(" Cleaning", "IRONING "), 10, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProviderRegistered(
                        ID,
                        BUSINESS,
                        "Pat Doe",
                        "pat@example.com",
                        null,
                        List.of("cleaning", "ironing"),
                        PARIS,
                        10,
                        null));
    }

    @Test
    void registeringWithAPayRateAlsoSetsThePayRate() {
        fixture.givenNoPriorActivity()
                .when(register("Pat", "pat@example.com", List.of(), null, QUARTER))
                .expectEvents(
                        new ProviderRegistered(
                                ID, BUSINESS, "Pat", "pat@example.com", null, List.of(), PARIS, null, null),
                        new PayRateSet(ID, BUSINESS, QUARTER));
    }

    @Test
    void registrationAnswersWithTheNewProviderAvailableAndActive() {
        fixture.givenNoPriorActivity()
                .when(register("Pat", "pat@example.com", List.of("cleaning"), 10, QUARTER))
                .expectResultMessagePayloadMatching(
                        view(provider -> provider.id().equals(ID.toString())
                                && provider.status().equals("AVAILABLE")
                                && provider.active()
                                && provider.version() == 1
                                && provider.payRate().amount() == 2500
                                && provider.home().lat() == PARIS.lat()
                                && provider.createdAt() != null));
    }

    @Test
    void aProviderNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(register(" ", "pat@example.com", List.of(), null, null))
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    @Test
    void aNameLongerThan120CharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register("x".repeat(121), "pat@example.com", List.of(), null, null))
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    @Test
    void aProviderNeedsAValidEmail() {
        fixture.givenNoPriorActivity()
                .when(register("Pat", "pat-at-example", List.of(), null, null))
                .expectException(invalid("email"))
                .expectNoEvents();
    }

    @Test
    void aBlankSkillIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register("Pat", "pat@example.com", List.of("cleaning", " "), null, null))
                .expectException(invalid("skills"))
                .expectNoEvents();
    }

    @Test
    void skillsThatAreTheSameOnceNormalizedAreRefused() {
        fixture.givenNoPriorActivity()
                .when(register("Pat", "pat@example.com", List.of("Cleaning", " cleaning"), null, null))
                .expectException(invalid("skills"))
                .expectNoEvents();
    }

    @Test
    void aServiceRadiusBelowOneKilometreIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register("Pat", "pat@example.com", List.of(), 0, null))
                .expectException(invalid("serviceRadiusKm"))
                .expectNoEvents();
    }

    @Test
    void aServiceRadiusAbove500KilometresIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register("Pat", "pat@example.com", List.of(), 501, null))
                .expectException(invalid("serviceRadiusKm"))
                .expectNoEvents();
    }

    @Test
    void theBoundariesOfTheServiceRadiusAreAccepted() {
        fixture.givenNoPriorActivity()
                .when(register("Pat", "pat@example.com", List.of(), 500, null))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(register("Pat", "pat@example.com", List.of(), 1, null))
                .expectSuccessfulHandlerExecution();
    }

    // Profile

    @Test
    void updatingTheProfileStoresTheWholeProfileKeepingWhatWasNotMentioned() {
        fixture.given(REGISTERED)
                .when(new UpdateProviderProfileCommand(
                        ID, BUSINESS, "Pat Smith", null, null, List.of("Cleaning", "Windows"), null, 25, null))
                .expectEvents(new ProviderProfileUpdated(
                        ID, BUSINESS, "Pat Smith", "+33 1 23", List.of("cleaning", "windows"), PARIS, 25, "Hi"));
    }

    @Test
    void aBlankPhoneRemovesIt() {
        fixture.given(REGISTERED)
                .when(new UpdateProviderProfileCommand(ID, BUSINESS, null, " ", null, null, null, null, null))
                .expectEvents(new ProviderProfileUpdated(
                        ID, BUSINESS, "Pat Doe", null, List.of("cleaning"), PARIS, 10, "Hi"));
    }

    @Test
    void anUpdateThatChangesNothingStoresNoEvent() {
        fixture.given(REGISTERED)
                .when(new UpdateProviderProfileCommand(
                        ID, BUSINESS, "Pat Doe", null, "Hi", List.of("CLEANING"), PARIS, 10, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anInvalidUpdateStoresNothing() {
        fixture.given(REGISTERED)
                .when(new UpdateProviderProfileCommand(ID, BUSINESS, "Renamed", null, null, null, null, 0, null))
                .expectException(invalid("serviceRadiusKm"))
                .expectNoEvents();
    }

    @Test
    void anUpdateAnswersWithTheProfileAfterIt() {
        fixture.given(REGISTERED)
                .when(new UpdateProviderProfileCommand(ID, BUSINESS, "Pat Smith", null, null, null, null, null, null))
                .expectResultMessagePayloadMatching(
                        view(provider -> provider.name().equals("Pat Smith") && provider.version() == 1));
    }

    // Status

    @Test
    void aNewProviderIsAvailableAndMayGoOnBreak() {
        fixture.given(REGISTERED)
                .when(choose(ProviderStatus.ON_BREAK))
                .expectEvents(new ProviderStatusChanged(
                        ID, BUSINESS, ProviderStatus.ON_BREAK, ProviderStatus.AVAILABLE, null));
    }

    @Test
    void aProviderOnBreakMayGoOffline() {
        fixture.given(REGISTERED, changed(ProviderStatus.ON_BREAK, ProviderStatus.AVAILABLE))
                .when(choose(ProviderStatus.OFFLINE))
                .expectEvents(
                        new ProviderStatusChanged(ID, BUSINESS, ProviderStatus.OFFLINE, ProviderStatus.ON_BREAK, null));
    }

    @Test
    void anOfflineProviderMayBecomeAvailable() {
        fixture.given(REGISTERED, changed(ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE))
                .when(choose(ProviderStatus.AVAILABLE))
                .expectEvents(new ProviderStatusChanged(
                        ID, BUSINESS, ProviderStatus.AVAILABLE, ProviderStatus.OFFLINE, null));
    }

    @Test
    void choosingTheCurrentStatusStoresNothing() {
        fixture.given(REGISTERED)
                .when(choose(ProviderStatus.AVAILABLE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void busyCannotBeChosen() {
        fixture.given(REGISTERED)
                .when(choose(ProviderStatus.BUSY))
                .expectException(invalid("status"))
                .expectNoEvents();
    }

    @Test
    void aStartedBookingMakesTheProviderBusyWithThatBooking() {
        fixture.given(REGISTERED, changed(ProviderStatus.ON_BREAK, ProviderStatus.AVAILABLE))
                .when(new MarkProviderBusyCommand(ID, BUSINESS, BOOKING))
                .expectEvents(
                        new ProviderStatusChanged(ID, BUSINESS, ProviderStatus.BUSY, ProviderStatus.ON_BREAK, BOOKING));
    }

    @Test
    void markingBusyAgainForTheRunningBookingStoresNothing() {
        fixture.given(REGISTERED, busyWith(BOOKING, ProviderStatus.AVAILABLE))
                .when(new MarkProviderBusyCommand(ID, BUSINESS, BOOKING))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSecondBookingCannotStartWhileOneIsInProgress() {
        fixture.given(REGISTERED, busyWith(BOOKING, ProviderStatus.AVAILABLE))
                .when(new MarkProviderBusyCommand(ID, BUSINESS, OTHER_BOOKING))
                .expectException(ConflictException.class)
                .expectExceptionMessage(
                        "Another booking of this provider is in progress: complete it before starting this one.")
                .expectNoEvents();
    }

    @Test
    void choosingWhileBusyKeepsTheProviderBusyAndRemembersTheChoice() {
        fixture.given(REGISTERED, busyWith(BOOKING, ProviderStatus.AVAILABLE))
                .when(choose(ProviderStatus.OFFLINE))
                .expectEvents(new ProviderStatusChosen(ID, BUSINESS, ProviderStatus.OFFLINE))
                .expectResultMessagePayloadMatching(
                        view(provider -> provider.status().equals("BUSY")));
    }

    @Test
    void choosingWhileBusyWhatIsAlreadyChosenStoresNothing() {
        fixture.given(REGISTERED, busyWith(BOOKING, ProviderStatus.AVAILABLE))
                .when(choose(ProviderStatus.AVAILABLE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingReturnsToTheStatusChosenWhileBusy() {
        fixture.given(
                        REGISTERED,
                        busyWith(BOOKING, ProviderStatus.AVAILABLE),
                        new ProviderStatusChosen(ID, BUSINESS, ProviderStatus.ON_BREAK))
                .when(new ReleaseProviderCommand(ID, BUSINESS, BOOKING))
                .expectEvents(
                        new ProviderStatusChanged(ID, BUSINESS, ProviderStatus.ON_BREAK, ProviderStatus.BUSY, null));
    }

    @Test
    void releasingReturnsToTheStatusBeforeBusyWhenNothingWasChosen() {
        fixture.given(
                        REGISTERED,
                        changed(ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE),
                        busyWith(BOOKING, ProviderStatus.OFFLINE))
                .when(new ReleaseProviderCommand(ID, BUSINESS, BOOKING))
                .expectEvents(
                        new ProviderStatusChanged(ID, BUSINESS, ProviderStatus.OFFLINE, ProviderStatus.BUSY, null));
    }

    @Test
    void releasingForAnotherBookingThanTheRunningOneStoresNothing() {
        fixture.given(REGISTERED, busyWith(BOOKING, ProviderStatus.AVAILABLE))
                .when(new ReleaseProviderCommand(ID, BUSINESS, OTHER_BOOKING))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingAProviderThatIsNotBusyStoresNothing() {
        fixture.given(REGISTERED)
                .when(new ReleaseProviderCommand(ID, BUSINESS, BOOKING))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // Weekly hours

    @Test
    void settingWeeklyHoursStoresThemInWeekOrder() {
        var friday = new WeeklyHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        var monday = new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
        fixture.given(REGISTERED)
                .when(new SetWeeklyHoursCommand(ID, BUSINESS, List.of(friday, monday)))
                .expectEvents(new WeeklyHoursSet(ID, BUSINESS, List.of(monday, friday)));
    }

    @Test
    void overlappingWeeklyHoursAreRefused() {
        fixture.given(REGISTERED)
                .when(new SetWeeklyHoursCommand(
                        ID,
                        BUSINESS,
                        List.of(
                                new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                                new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)))))
                .expectException(invalid("weeklyHours"))
                .expectNoEvents();
    }

    @Test
    void theSameWeeklyHoursAgainStoreNothing() {
        var monday = List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        fixture.given(REGISTERED, new WeeklyHoursSet(ID, BUSINESS, monday))
                .when(new SetWeeklyHoursCommand(ID, BUSINESS, monday))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void weeklyHoursMayBeCleared() {
        var monday = List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        fixture.given(REGISTERED, new WeeklyHoursSet(ID, BUSINESS, monday))
                .when(new SetWeeklyHoursCommand(ID, BUSINESS, List.of()))
                .expectEvents(new WeeklyHoursSet(ID, BUSINESS, List.of()));
    }

    // Time off

    @Test
    void timeOffThatEndedIsRefusedButKeptTimeOffOfThePastStays() {
        var past = timeOff("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z");
        fixture.given(REGISTERED)
                .when(new SetTimeOffCommand(ID, BUSINESS, List.of(past)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must end in the future: time off is for the days ahead")
                .expectNoEvents();
        var holiday = timeOff("2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z");
        fixture.given(REGISTERED, new TimeOffAdded(ID, BUSINESS, past))
                .when(new SetTimeOffCommand(ID, BUSINESS, List.of(past, holiday)))
                .expectEvents(new TimeOffAdded(ID, BUSINESS, holiday));
    }

    @Test
    void timeOffOverAJobTheProviderHoldsIsRefusedNamingTheJob() {
        held.add(new HeldJobs.Job(
                BOOKING, new TimeRange(Instant.parse("2026-08-03T12:30:00Z"), Instant.parse("2026-08-03T14:00:00Z"))));
        fixture.given(REGISTERED)
                .when(new SetTimeOffCommand(
                        ID, BUSINESS, List.of(timeOff("2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z"))))
                .expectException(ConflictException.class)
                .expectExceptionMessage("This time off would leave a job of this provider uncovered:"
                        + " Mon 3 Aug 14:30–16:00. Give it to someone else first.")
                .expectNoEvents();
    }

    @Test
    void newHoursThatNoLongerHoldAJobAreRefusedButAJobTheOldHoursDidNotHoldDoesNotBlock() {
        var mondays = List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        var mornings = List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        held.add(new HeldJobs.Job(
                BOOKING, new TimeRange(Instant.parse("2026-08-03T12:30:00Z"), Instant.parse("2026-08-03T14:00:00Z"))));
        fixture.given(REGISTERED, new WeeklyHoursSet(ID, BUSINESS, mondays))
                .when(new SetWeeklyHoursCommand(ID, BUSINESS, mornings))
                .expectException(ConflictException.class)
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new SetWeeklyHoursCommand(ID, BUSINESS, mornings))
                .expectEvents(new WeeklyHoursSet(ID, BUSINESS, mornings));
    }

    @Test
    void addingTimeOffStoresEachNewPeriod() {
        var holiday = timeOff("2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z");
        var dentist = timeOff("2026-09-01T09:00:00Z", "2026-09-01T11:00:00Z");
        fixture.given(REGISTERED)
                .when(new SetTimeOffCommand(ID, BUSINESS, List.of(holiday, dentist)))
                .expectEvents(new TimeOffAdded(ID, BUSINESS, holiday), new TimeOffAdded(ID, BUSINESS, dentist));
    }

    @Test
    void replacingTimeOffStoresOnlyTheDifferencesById() {
        var kept = timeOff("2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z");
        var moved = timeOff("2026-09-01T09:00:00Z", "2026-09-01T11:00:00Z");
        var dropped = timeOff("2026-10-01T09:00:00Z", "2026-10-01T11:00:00Z");
        var movedLater = new TimeOff(
                moved.id(), Instant.parse("2026-09-02T09:00:00Z"), Instant.parse("2026-09-02T11:00:00Z"), "dentist");
        var added = timeOff("2026-12-24T00:00:00Z", "2026-12-27T00:00:00Z");
        fixture.given(
                        REGISTERED,
                        new TimeOffAdded(ID, BUSINESS, kept),
                        new TimeOffAdded(ID, BUSINESS, moved),
                        new TimeOffAdded(ID, BUSINESS, dropped))
                .when(new SetTimeOffCommand(ID, BUSINESS, List.of(kept, movedLater, added)))
                .expectEvents(
                        new TimeOffRemoved(ID, BUSINESS, moved.id()),
                        new TimeOffRemoved(ID, BUSINESS, dropped.id()),
                        new TimeOffAdded(ID, BUSINESS, movedLater),
                        new TimeOffAdded(ID, BUSINESS, added))
                .expectState(provider ->
                        assertThat(provider.schedule().timeOff()).containsExactlyInAnyOrder(kept, movedLater, added));
    }

    @Test
    void theSameTimeOffAgainStoresNothing() {
        var holiday = timeOff("2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z");
        fixture.given(REGISTERED, new TimeOffAdded(ID, BUSINESS, holiday))
                .when(new SetTimeOffCommand(ID, BUSINESS, List.of(holiday)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anEmptyListRemovesAllTimeOff() {
        var holiday = timeOff("2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z");
        fixture.given(REGISTERED, new TimeOffAdded(ID, BUSINESS, holiday))
                .when(new SetTimeOffCommand(ID, BUSINESS, List.of()))
                .expectEvents(new TimeOffRemoved(ID, BUSINESS, holiday.id()));
    }

    @Test
    void overlappingTimeOffIsRefused() {
        fixture.given(REGISTERED)
                .when(new SetTimeOffCommand(
                        ID,
                        BUSINESS,
                        List.of(
                                timeOff("2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z"),
                                timeOff("2026-08-14T00:00:00Z", "2026-08-20T00:00:00Z"))))
                .expectException(invalid("timeOff"))
                .expectNoEvents();
    }

    @Test
    void backToBackTimeOffDoesNotOverlap() {
        fixture.given(REGISTERED)
                .when(new SetTimeOffCommand(
                        ID,
                        BUSINESS,
                        List.of(
                                timeOff("2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z"),
                                timeOff("2026-08-15T00:00:00Z", "2026-08-20T00:00:00Z"))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void twoPeriodsWithOneIdAreRefused() {
        var holiday = timeOff("2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z");
        var sameId = new TimeOff(
                holiday.id(), Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-09-02T00:00:00Z"), null);
        fixture.given(REGISTERED)
                .when(new SetTimeOffCommand(ID, BUSINESS, List.of(holiday, sameId)))
                .expectException(invalid("timeOff"))
                .expectNoEvents();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsCannotEvenBeWritten() {
        assertThat(catchThrowable(() -> timeOff("2026-08-15T00:00:00Z", "2026-08-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // Pay rates

    @Test
    void aNewPayRateIsAddedAndTheEarlierOnesAreKept() {
        var raise = new PayRate(PayRateType.PERCENTAGE, 3000, MAR);
        fixture.given(REGISTERED, new PayRateSet(ID, BUSINESS, QUARTER))
                .when(new SetPayRateCommand(ID, BUSINESS, raise))
                .expectEvents(new PayRateSet(ID, BUSINESS, raise))
                .expectResultMessagePayloadMatching(
                        view(provider -> provider.payRate().amount() == 3000))
                .expectState(provider -> {
                    assertThat(provider.schedule().payRates().rates()).containsExactly(QUARTER, raise);
                    assertThat(provider.schedule().payRates().rateInEffectAt(Instant.parse("2026-02-01T00:00:00Z")))
                            .contains(QUARTER);
                });
    }

    @Test
    void twoPayRatesCannotStartAtTheSameInstant() {
        fixture.given(REGISTERED, new PayRateSet(ID, BUSINESS, QUARTER))
                .when(new SetPayRateCommand(ID, BUSINESS, new PayRate(PayRateType.FLAT, 5000, JAN)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aPayRateMustBeGiven() {
        fixture.given(REGISTERED)
                .when(new SetPayRateCommand(ID, BUSINESS, null))
                .expectException(invalid("payRate"))
                .expectNoEvents();
    }

    // Deactivation and the business check

    @Test
    void deactivatingAProviderKeepsItsHistoryAndMarksItInactive() {
        fixture.given(REGISTERED)
                .when(new DeactivateProviderCommand(ID, BUSINESS))
                .expectEvents(new ProviderDeactivated(ID, BUSINESS))
                .expectResultMessagePayloadMatching(view(provider -> !provider.active()))
                .expectState(
                        provider -> assertThat(provider.schedule().active()).isFalse());
    }

    @Test
    void aReactivatedProviderComesBackOfflineWithTheTimeItWasAway() {
        fixture.given(REGISTERED, new ProviderDeactivated(ID, BUSINESS))
                .when(new ReactivateProviderCommand(ID, BUSINESS))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate((Object event) -> event instanceof ProviderReactivated back
                                && back.providerId().equals(ID)
                                && back.inactiveSince() != null),
                        equalTo(changed(ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE)),
                        andNoMore())))
                .expectResultMessagePayloadMatching(
                        view(provider -> provider.active() && provider.status().equals("OFFLINE")))
                .expectState(
                        provider -> assertThat(provider.schedule().active()).isTrue());
    }

    @Test
    void aProviderReactivatedWhileItsJobRunsStaysBusyAndIsOfflineWhenTheJobEnds() {
        fixture.given(REGISTERED, busyWith(BOOKING, ProviderStatus.AVAILABLE), new ProviderDeactivated(ID, BUSINESS))
                .when(new ReactivateProviderCommand(ID, BUSINESS))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate((Object event) -> event instanceof ProviderReactivated),
                        equalTo(new ProviderStatusChosen(ID, BUSINESS, ProviderStatus.OFFLINE)),
                        andNoMore())))
                .expectResultMessagePayloadMatching(
                        view(provider -> provider.status().equals("BUSY")));
    }

    @Test
    void aReactivatedProviderTakesCommandsAgain() {
        fixture.given(
                        REGISTERED,
                        new ProviderDeactivated(ID, BUSINESS),
                        new ProviderReactivated(ID, BUSINESS, JAN),
                        changed(ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE))
                .when(choose(ProviderStatus.AVAILABLE))
                .expectEvents(changed(ProviderStatus.AVAILABLE, ProviderStatus.OFFLINE));
    }

    @Test
    void reactivatingAnActiveProviderChangesNothing() {
        fixture.given(REGISTERED)
                .when(new ReactivateProviderCommand(ID, BUSINESS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void aDeactivatedProviderRefusesEveryCommandButAReleaseAsAConflict(Object command) {
        fixture.given(REGISTERED, new ProviderDeactivated(ID, BUSINESS))
                .when(command)
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aJobRunningWhenTheProviderWasDeactivatedStillReleasesIt() {
        fixture.given(REGISTERED, busyWith(BOOKING, ProviderStatus.AVAILABLE), new ProviderDeactivated(ID, BUSINESS))
                .when(new ReleaseProviderCommand(ID, BUSINESS, BOOKING))
                .expectEvents(changed(ProviderStatus.AVAILABLE, ProviderStatus.BUSY));
    }

    @ParameterizedTest
    @MethodSource("everyCommandOfAnotherBusiness")
    void aCommandOfAnotherBusinessFindsNoProvider(Object command) {
        fixture.given(REGISTERED)
                .when(command)
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyCommandOfAnotherBusiness")
    void anotherBusinessIsToldNotFoundEvenForADeactivatedProvider(Object command) {
        fixture.given(REGISTERED, new ProviderDeactivated(ID, BUSINESS))
                .when(command)
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    // What the booking rules read

    @Test
    void theScheduleShowsHoursTimeOffRatesAndStatus() {
        var monday = List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        var holiday = timeOff("2026-08-01T00:00:00Z", "2026-08-15T00:00:00Z");
        fixture.given(
                        REGISTERED,
                        new WeeklyHoursSet(ID, BUSINESS, monday),
                        new TimeOffAdded(ID, BUSINESS, holiday),
                        new PayRateSet(ID, BUSINESS, QUARTER))
                .when(new MarkProviderBusyCommand(ID, BUSINESS, BOOKING))
                .expectState(provider -> {
                    var schedule = provider.schedule();
                    assertThat(schedule.active()).isTrue();
                    assertThat(schedule.status()).isEqualTo(ProviderStatus.BUSY);
                    assertThat(schedule.weeklyHours().hours()).isEqualTo(monday);
                    assertThat(schedule.timeOff()).containsExactly(holiday);
                    assertThat(schedule.payRates().rates()).containsExactly(QUARTER);
                    var availability = provider.availability();
                    assertThat(availability.status()).isEqualTo("BUSY");
                    assertThat(availability.weeklyHours().getFirst().start()).isEqualTo("09:00");
                    assertThat(availability.timeOff().getFirst().id())
                            .isEqualTo(holiday.id().toString());
                });
    }

    static Stream<Object> everyCommand() {
        return commandsOf(BUSINESS)
                .filter(command ->
                        !(command instanceof ReleaseProviderCommand || command instanceof ReactivateProviderCommand));
    }

    static Stream<Object> everyCommandOfAnotherBusiness() {
        return commandsOf(OTHER_BUSINESS);
    }

    private static Stream<Object> commandsOf(BusinessId business) {
        return Stream.of(
                new UpdateProviderProfileCommand(ID, business, "New name", null, null, null, null, null, null),
                new ChangeProviderStatusCommand(ID, business, ProviderStatus.OFFLINE),
                new MarkProviderBusyCommand(ID, business, BOOKING),
                new ReleaseProviderCommand(ID, business, BOOKING),
                new SetWeeklyHoursCommand(ID, business, List.of()),
                new SetTimeOffCommand(ID, business, List.of()),
                new SetPayRateCommand(ID, business, new PayRate(PayRateType.FLAT, 1000, MAR)),
                new DeactivateProviderCommand(ID, business),
                new ReactivateProviderCommand(ID, business));
    }

    private static RegisterProviderCommand register(
            String name, String email, List<String> skills, Integer radiusKm, PayRate payRate) {
        return new RegisterProviderCommand(ID, BUSINESS, name, email, null, skills, PARIS, radiusKm, null, payRate);
    }

    private static ChangeProviderStatusCommand choose(ProviderStatus status) {
        return new ChangeProviderStatusCommand(ID, BUSINESS, status);
    }

    private static ProviderStatusChanged changed(ProviderStatus status, ProviderStatus previous) {
        return new ProviderStatusChanged(ID, BUSINESS, status, previous, null);
    }

    private static ProviderStatusChanged busyWith(BookingId booking, ProviderStatus previous) {
        return new ProviderStatusChanged(ID, BUSINESS, ProviderStatus.BUSY, previous, booking);
    }

    private static TimeOff timeOff(String start, String end) {
        return new TimeOff(UUID.randomUUID(), Instant.parse(start), Instant.parse(end), "holiday");
    }

    private static Matcher<?> invalid(String field) {
        return predicate((Object e) ->
                e instanceof InvalidInputException invalid && invalid.field().equals(field));
    }

    private static Matcher<?> view(java.util.function.Predicate<ProviderView> check) {
        return predicate((Object payload) -> payload instanceof ProviderView provider && check.test(provider));
    }
}
