package dev.tandem.query.provider;

import static dev.tandem.query.support.Registrations.providerRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.FindAvailabilityQuery;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.TimeOffView;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.api.provider.WeeklyHoursView;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.TableOwner;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** provider_availability: the provider's own status, weekly hours and time off, as its availability page shows them. */
@ProjectionTest
class AvailabilityProjectionTests {

    private static final TimeOff EASTER = timeOff("2027-03-28T00:00:00Z", "2027-04-04T00:00:00Z", "Easter holidays");
    private static final TimeOff DENTIST = timeOff("2027-03-10T13:00:00Z", "2027-03-10T15:00:00Z", "dentist");
    private static final TimeOff SUMMER = timeOff("2027-08-01T00:00:00Z", "2027-08-22T00:00:00Z", "summer");

    @Autowired
    Projector projector;

    @Autowired
    AvailabilityProjection projection;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();
    private final ProviderId camille = ProviderId.newId();

    @Test
    void aRegisteredProviderIsAvailableWithNoHoursAndNoTimeOff() {
        projector.handle(projection, providerRegistered(business, camille, "Camille"));

        assertThat(availability(business)).isEqualTo(new AvailabilityView("AVAILABLE", List.of(), List.of()));
    }

    @Test
    void weeklyHoursAreShownAsDayStartAndEndAndReplacedWhole() {
        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                hours(
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0))));

        projector.handle(
                projection, hours(new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(8, 15), LocalTime.of(13, 0))));

        assertThat(availability(business).weeklyHours())
                .containsExactly(new WeeklyHoursView("SATURDAY", "08:15", "13:00"));
    }

    @Test
    void timeOffStaysInTheOrderItStartsAndTheSameIdReplacesAPeriod() {
        var longerEaster = new TimeOff(EASTER.id(), EASTER.start(), Instant.parse("2027-04-11T00:00:00Z"), "two weeks");

        projector.handle(projection, providerRegistered(business, camille, "Camille"), added(SUMMER), added(EASTER));
        projector.handle(projection, added(DENTIST), added(longerEaster));

        assertThat(availability(business).timeOff()).containsExactly(view(DENTIST), view(longerEaster), view(SUMMER));
    }

    @Test
    void timeOffAddedAndRemovedInOneBatchLeavesOnlyWhatRemains() {
        projector.handle(
                projection,
                providerRegistered(business, camille, "Camille"),
                added(EASTER),
                added(DENTIST),
                new TimeOffRemoved(camille, business, EASTER.id()),
                added(SUMMER));

        assertThat(availability(business).timeOff()).containsExactly(view(DENTIST), view(SUMMER));
    }

    @Test
    void theStatusFollowsTheProvidersStatusChanges() {
        projector.handle(projection, providerRegistered(business, camille, "Camille"));

        projector.handle(
                projection,
                new ProviderStatusChanged(camille, business, ProviderStatus.ON_BREAK, ProviderStatus.AVAILABLE, null));

        assertThat(availability(business).status()).isEqualTo("ON_BREAK");
    }

    @Test
    void anotherBusinessNeitherSeesTheAvailabilityNorChangesIt() {
        var other = BusinessId.newId();
        projector.handle(projection, providerRegistered(business, camille, "Camille"), added(EASTER));

        projector.handle(
                projection,
                new TimeOffAdded(camille, other, SUMMER),
                new TimeOffRemoved(camille, other, EASTER.id()),
                new ProviderStatusChanged(camille, other, ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE, null));

        assertThatThrownBy(() -> availability(other)).hasRootCauseInstanceOf(NotFoundException.class);
        assertThat(availability(business))
                .isEqualTo(new AvailabilityView("AVAILABLE", List.of(), List.of(view(EASTER))));
    }

    @Test
    void resettingForARebuildEmptiesTheView() {
        projector.handle(projection, providerRegistered(business, camille, "Camille"));

        projector.reset(projection);

        assertThat(owner.value("select count(*) from provider_availability", Long.class))
                .isZero();
    }

    private WeeklyHoursSet hours(WeeklyHours... windows) {
        return new WeeklyHoursSet(camille, business, List.of(windows));
    }

    private TimeOffAdded added(TimeOff period) {
        return new TimeOffAdded(camille, business, period);
    }

    private static TimeOff timeOff(String start, String end, String reason) {
        return new TimeOff(UUID.randomUUID(), Instant.parse(start), Instant.parse(end), reason);
    }

    private static TimeOffView view(TimeOff period) {
        return new TimeOffView(period.id().toString(), period.start(), period.end(), period.reason());
    }

    private AvailabilityView availability(BusinessId businessId) {
        return queries.query(new FindAvailabilityQuery(businessId, camille), AvailabilityView.class)
                .join();
    }
}
