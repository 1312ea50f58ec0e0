package dev.tandem.standalone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.HttpTests;
import org.junit.jupiter.api.Test;

class OperabilityIntegrationTests extends HttpTests {

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
