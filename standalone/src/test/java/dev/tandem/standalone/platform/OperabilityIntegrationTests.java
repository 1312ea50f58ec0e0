package dev.tandem.standalone.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.LiveClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.user.SimpUserRegistry;

class OperabilityIntegrationTests extends HttpTests {

    @Autowired
    SimpUserRegistry liveUsers;

    @Test
    void readinessAndLivenessAreUpWithoutAToken() {
        assertThat(api.get("/actuator/health/readiness")
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness")
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("UP");
    }

    @Test
    void prometheusShowsRequestLatencyHistogramsAndEventProcessors() {
        api.signUp();

        String metrics = api.get("/actuator/prometheus").send().text();

        assertThat(metrics).contains("http_server_requests_seconds_bucket");
        assertThat(metrics).contains("processor=\"projections\"");
    }

    @Test
    void prometheusShowsHowLongEachProcessorTakesAndHowFarBehindItIs() {
        api.signUp();

        String metrics = api.get("/actuator/prometheus").send().text();

        assertThat(metrics)
                .containsPattern("tandem_processor_handling_seconds_count\\{processor=\"projections\"} [1-9]")
                .contains("tandem_processor_latency_seconds{processor=\"projections\"}")
                .contains("tandem_processor_failures_total{processor=\"projections\"}");
    }

    @Test
    void theSyncIsMeasuredFromCommitToAppliedAndToPushed() throws Exception {
        var admin = api.signUp();
        try (var live = LiveClient.connect(port, admin.token()).subscribeToEvents()) {
            LiveClient.awaitSubscribed(liveUsers, admin.userId());
            new Bookings(api).provider(admin);
            await().atMost(LiveClient.patience())
                    .untilAsserted(() -> assertThat(live.types()).contains("provider.created"));
        }

        String metrics = api.get("/actuator/prometheus").send().text();

        assertThat(metrics)
                .containsPattern("tandem_sync_applied_seconds_bucket\\{processor=\"projections\",le=\"\\+Inf\"} [1-9]")
                .containsPattern("tandem_processor_handled_total\\{processor=\"projections\"} [1-9]")
                .containsPattern("tandem_sync_pushed_seconds_count [1-9]");
    }

    /** Every metric the shipped alert rules and Grafana dashboard ask for is one the server serves. */
    @Test
    void theAlertRulesAndTheDashboardAskOnlyForMetricsTheServerHas() throws Exception {
        api.signUp();
        String metrics = api.get("/actuator/prometheus").send().text();
        Path ops = Path.of("..", "ops");
        String alerts = Files.readString(ops.resolve("prometheus/tandem-alerts.yml"));
        String dashboard = Files.readString(ops.resolve("grafana/dashboards/tandem.json"));
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(dashboard);

        var asked = Pattern.compile("\\b(tandem_[a-z_]+|http_server_requests_seconds_bucket)\\b")
                .matcher(alerts + dashboard)
                .results()
                .map(match -> match.group(1))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));

        assertThat(asked).contains("tandem_sync_applied_seconds_bucket", "tandem_sync_pushed_seconds_bucket");
        assertThat(asked).allSatisfy(metric -> assertThat(metrics).as(metric).contains(metric));
    }

    @Test
    void noOtherManagementEndpointIsOpenToABusinessAdmin() {
        var admin = api.signUp();

        assertThat(api.get("/actuator/env").as(admin).send().status()).isEqualTo(403);
        assertThat(api.get("/actuator/metrics").as(admin).send().status()).isEqualTo(403);
    }

    @Test
    void everyAnswerCarriesARequestIdAndKeepsTheCallersOwn() {
        var generated = api.get("/api/me").send();
        var kept = api.get("/api/me").header("X-Request-Id", "trace-42").send();

        assertThat(generated.header("X-Request-Id")).isNotBlank();
        assertThat(kept.header("X-Request-Id")).isEqualTo("trace-42");
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() {
        var document = api.get("/v3/api-docs").send();

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().get("paths").propertyNames())
                .contains(
                        "/api/auth/signup",
                        "/api/auth/login",
                        "/api/auth/refresh",
                        "/api/auth/accept-invite",
                        "/api/me",
                        "/api/admin/business");
    }
}
