package dev.tandem.standalone.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.api.errors.NotFoundException;
import dev.tandem.command.provider.ProviderSchedules;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.TimeRange;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.StandaloneTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the booking rules read about a provider, straight from its events. */
@StandaloneTest
class ProviderSchedulesIntegrationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @LocalServerPort
    int port;

    @Autowired
    ProviderSchedules schedules;

    Api api;
    Api.Session admin;
    Providers.Registered pat;

    @BeforeEach
    void connect() {
        api = new Api(port);
        admin = api.signUp();
        pat = new Providers(api).registerAndLogIn(admin, "Pat");
    }

    @Test
    void theScheduleShowsWorkingHoursTimeOffStatusAndPayRates() {
        api.post("/api/provider/availability")
                .as(pat.session())
                .json(Map.of(
                        "status",
                        "ON_BREAK",
                        "weeklyHours",
                        List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "17:00")),
                        "timeOff",
                        List.of(Map.of("start", "2027-11-29T00:00:00Z", "end", "2027-11-30T00:00:00Z"))))
                .send();

        var schedule = schedules.scheduleOf(BusinessId.of(admin.businessId()), ProviderId.of(pat.id()));

        assertThat(schedule.active()).isTrue();
        assertThat(schedule.status()).isEqualTo(ProviderStatus.ON_BREAK);
        assertThat(schedule.payRates().rates())
                .singleElement()
                .satisfies(rate -> assertThat(rate.type()).isEqualTo(PayRateType.PERCENTAGE));
        // Monday 22 November 2027, 10:00–12:00 in Paris: inside the hours, no time off.
        assertThat(schedule.isFreeFor(job("2027-11-22T09:00:00Z", "2027-11-22T11:00:00Z"), PARIS))
                .isTrue();
        // Monday 29 November 2027 is time off.
        assertThat(schedule.isFreeFor(job("2027-11-29T09:00:00Z", "2027-11-29T11:00:00Z"), PARIS))
                .isFalse();
    }

    @Test
    void aDeactivatedProviderIsInactive() {
        api.delete("/api/admin/providers/" + pat.id()).as(admin).send();

        assertThat(schedules
                        .scheduleOf(BusinessId.of(admin.businessId()), ProviderId.of(pat.id()))
                        .active())
                .isFalse();
    }

    @Test
    void anotherBusinessFindsNoSchedule() {
        assertThatThrownBy(() -> schedules.scheduleOf(BusinessId.newId(), ProviderId.of(pat.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownProviderHasNoSchedule() {
        assertThatThrownBy(() -> schedules.scheduleOf(BusinessId.of(admin.businessId()), ProviderId.newId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theIdOfSomethingElseIsNoProvider() {
        assertThatThrownBy(() ->
                        schedules.scheduleOf(BusinessId.of(admin.businessId()), ProviderId.of(admin.businessId())))
                .isInstanceOf(NotFoundException.class);
    }

    private static TimeRange job(String start, String end) {
        return new TimeRange(Instant.parse(start), Instant.parse(end));
    }
}
