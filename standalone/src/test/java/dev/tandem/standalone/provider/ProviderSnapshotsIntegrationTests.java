package dev.tandem.standalone.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.command.provider.ProviderSchedule;
import dev.tandem.command.provider.ProviderSchedules;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.StandaloneTest;
import java.util.List;
import java.util.Map;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A provider that has worked a while is snapshotted, and one read back from its snapshot (and the events after it)
 * is the provider it was: the same schedule, the same status, and commands that behave the same.
 */
@StandaloneTest
class ProviderSnapshotsIntegrationTests {

    private static final Map<String, Object> HOURS_AND_TIME_OFF = Map.of(
            "weeklyHours",
            List.of(
                    Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "17:00"),
                    Map.of("dayOfWeek", "THURSDAY", "start", "13:00", "end", "19:30")),
            "timeOff",
            List.of(Map.of(
                    "id", "7f1d3c2a-0000-4000-8000-000000000001",
                    "start", "2027-03-01T00:00:00Z",
                    "end", "2027-03-08T00:00:00Z",
                    "reason", "Holiday")));

    @LocalServerPort
    int port;

    @Autowired
    ProviderSchedules schedules;

    @Autowired
    @Qualifier("providerCache")
    Cache providersInMemory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProviderReadBackFromItsSnapshotIsTheProviderItWas() {
        var api = new Api(port);
        var admin = api.signUp();
        var pat = new Providers(api).registerAndLogIn(admin, "Pat");
        assertThat(api.post("/api/provider/availability")
                        .as(pat.session())
                        .json(HOURS_AND_TIME_OFF)
                        .send()
                        .status())
                .isEqualTo(200);
        for (int change = 0; change < 120; change++) {
            String status = change % 2 == 0 ? "ON_BREAK" : "AVAILABLE";
            api.post("/api/provider/availability")
                    .as(pat.session())
                    .json(Map.of("status", status))
                    .send();
        }
        var businessId = BusinessId.of(admin.businessId());
        var providerId = ProviderId.of(pat.id());
        ProviderSchedule inMemory = schedules.scheduleOf(businessId, providerId);
        long eventsBefore = eventsOf(pat.id());

        providersInMemory.removeAll();

        assertThat(snapshotsOf(pat.id())).isOne();
        assertThat(schedules.scheduleOf(businessId, providerId)).isEqualTo(inMemory);
        // The same hours, time off and status again change nothing: the snapshot kept them all.
        providersInMemory.removeAll();
        var again = new java.util.HashMap<>(HOURS_AND_TIME_OFF);
        again.put("status", "AVAILABLE");
        var answer = api.post("/api/provider/availability")
                .as(pat.session())
                .json(again)
                .send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(eventsOf(pat.id())).isEqualTo(eventsBefore);
        // And a change still changes: from AVAILABLE, as the snapshot and the events after it say.
        providersInMemory.removeAll();
        api.post("/api/provider/availability")
                .as(pat.session())
                .json(Map.of("status", "OFFLINE"))
                .send();
        assertThat(eventsOf(pat.id())).isEqualTo(eventsBefore + 1);
        assertThat(api.get("/api/provider/availability")
                        .as(pat.session())
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("OFFLINE");
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, aggregateId);
    }

    private long snapshotsOf(String aggregateId) {
        return jdbc.queryForObject(
                "select count(*) from snapshot_event_entry where aggregate_identifier = ?", Long.class, aggregateId);
    }
}
