package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The browser session over plain HTTP: its cookies, its CSRF protection, and renewing it from the refresh cookie. */
class DashboardSessionIntegrationTests extends HttpTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void signingInSetsHttpOnlySameSiteCookiesAndTheApiStillWantsABearerToken() throws Exception {
        var admin = api.signUp();
        var cookies = signIn(admin.email());
        assertThat(cookies.setCookies())
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("tandem_session=").contains("HttpOnly", "SameSite=Lax"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("tandem_refresh=").contains("HttpOnly", "SameSite=Strict"));
        assertThat(get("/app/admin", cookies.jar()).statusCode()).isEqualTo(200);
        assertThat(get("/api/bookings", cookies.jar()).statusCode()).isEqualTo(401);
    }

    @Test
    void theEarningsOfTheJobsOfAPeriodDownloadAsCsvForPeople() throws Exception {
        var admin = api.signUp();
        String job = aCompletedJobAtAQuarterOfThePrice(admin);
        var cookies = signIn(admin.email());

        var csv = get("/app/admin/earnings.csv?from=2027-03-01&to=2027-03-31", cookies.jar());
        var recordedThisMonth = get("/app/admin/earnings.csv?from=2026-12-01&to=2026-12-31", cookies.jar());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("earnings-2027-03-01-2027-03-31.csv");
        assertThat(csv.body().lines().toList())
                .first()
                .isEqualTo("Job date,Job time,Provider,Pay rate,Price,Provider earns,Tips,Provider gets in all,"
                        + "Business keeps,Currency,Recorded,Booking");
        assertThat(csv.body().lines().toList().get(1))
                .startsWith("2027-03-02," + localTime(admin) + ",Pat Provider,25% of the price,100.00,25.00,0.00,"
                        + "25.00,75.00,EUR,")
                .endsWith("," + job);
        assertThat(recordedThisMonth.body().lines())
                .as("earnings are listed by the day of their job, not by when they were recorded")
                .hasSize(1);
        assertThat(get("/app/admin/earnings.csv?from=2027-03-31&to=2027-03-01", cookies.jar())
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theAnalyticsAndTheAuditTrailDownloadAsCsvForPeople() throws Exception {
        var admin = api.signUp();
        api.put("/api/admin/business").as(admin).json(Map.of("locale", "en-GB")).send();
        String job = aCompletedJobAtAQuarterOfThePrice(admin);
        var cookies = signIn(admin.email());

        var analytics = get("/app/admin/analytics.csv?from=2027-03-01&to=2027-03-31", cookies.jar());
        var audit = get("/app/admin/audit.csv", cookies.jar());

        var analyticsRows = analytics.body().lines().toList();
        assertThat(analyticsRows.getFirst())
                .isEqualTo("Provider,Bookings,Completed,Cancelled,Declined,Completion rate,Average rating,Ratings,"
                        + "Earnings,Tips,Currency,Booked hours,Available hours,Utilization");
        assertThat(analyticsRows)
                .hasSize(2)
                .last(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .as("names, percentages, amounts in units beside their currency, hours")
                .matches("Pat Provider,1,1,0,0,100%,,0,25\\.00,0\\.00,EUR,1\\.00,\\d+\\.\\d{2},\\d+(\\.\\d)?%");
        var auditRows = audit.body().lines().toList();
        assertThat(auditRows.getFirst()).isEqualTo("Date,Time,Who,What,Kind");
        assertThat(auditRows)
                .as("local dates, people by their role, what happened in words")
                .anySatisfy(row -> assertThat(row)
                        .matches("\\d{4}-\\d{2}-\\d{2},\\d{2}:\\d{2}:\\d{2},Provider,.*completed.*,Booking"))
                .noneSatisfy(row -> assertThat(row).contains(job, "BookingCompleted"));
    }

    /** A job of "Pat Provider", paid 25% of its 100.00, done; answers its id. */
    private String aCompletedJobAtAQuarterOfThePrice(Api.Session admin) {
        var bookings = new dev.tandem.standalone.booking.Bookings(api);
        var provider = bookings.provider(
                admin,
                new dev.tandem.kernel.PayRate(
                        dev.tandem.kernel.PayRateType.PERCENTAGE,
                        2500,
                        dev.tandem.standalone.booking.Bookings.PAY_RATES_FROM));
        String job = bookings.booked(admin, dev.tandem.standalone.booking.Bookings.TEN_AM, provider)
                .get("id")
                .asString();
        bookings.runToCompletion(provider, job);
        return job;
    }

    /** Ten o'clock UTC of the booked job, in the admin's business's time zone. */
    private String localTime(Api.Session admin) {
        String zone = api.get("/api/admin/business")
                .as(admin)
                .send()
                .body()
                .get("timeZone")
                .asString();
        return dev.tandem.standalone.booking.Bookings.TEN_AM
                .atZone(java.time.ZoneId.of(zone))
                .toLocalTime()
                .toString();
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefused() throws Exception {
        var admin = api.signUp();
        var cookies = signIn(admin.email());
        var response = post("/app/admin/bookings", cookies.jar(), Map.of("service", "cleaning"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(get("/app/admin/bookings", cookies.jar()).body()).contains("No bookings match.");
    }

    @Test
    void anExpiredSessionIsRenewedFromTheRefreshCookieOnceEvenWhenAPageAsksTwiceAtOnce() throws Exception {
        var admin = api.signUp();
        var cookies = signIn(admin.email());
        var jar = new LinkedHashMap<>(cookies.jar());
        jar.put("tandem_session", "expired.or.forged");

        var first = CompletableFuture.supplyAsync(() -> getQuietly("/app/admin/board/bookings", jar));
        var second = CompletableFuture.supplyAsync(() -> getQuietly("/app/admin/board/providers", jar));
        var answers = List.of(first.join(), second.join());

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        var renewed = answers.stream()
                .map(answer ->
                        cookieValues(answer.headers().allValues("Set-Cookie")).get("tandem_refresh"))
                .distinct()
                .toList();
        assertThat(renewed).hasSize(1).doesNotContain(cookies.jar().get("tandem_refresh"));
        // The renewed refresh token works; the first one was used once and is now spent.
        jar.put("tandem_refresh", renewed.getFirst());
        assertThat(get("/app/admin", jar).statusCode()).isEqualTo(200);
    }

    /** A copy of the cookies left behind (a shared device, a stolen backup) opens nothing after signing out. */
    @Test
    void signingOutEndsTheSessionOnTheServerNotOnlyInTheBrowser() throws Exception {
        var admin = api.signUp();
        var cookies = signIn(admin.email());
        var page = get("/app/admin", cookies.jar());
        var csrf = CSRF_FIELD.matcher(page.body());
        assertThat(csrf.find()).isTrue();

        var signedOut = post("/logout", cookies.jar(), Map.of("_csrf", csrf.group(1)));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
        var leftBehind = get("/app/admin", cookies.jar());
        assertThat(leftBehind.statusCode()).isEqualTo(302);
        assertThat(leftBehind.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(api.get("/api/me")
                        .bearer(cookies.jar().get("tandem_session"))
                        .send()
                        .status())
                .isEqualTo(401);
    }

    @Test
    void withNeitherCookieAPageSendsTheVisitorToSignInAndAnHtmxRequestIsToldToGoThere() throws Exception {
        var page = get("/app/admin/bookings", Map.of());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login?next=/app/admin/bookings");
        var fragment = http.send(
                HttpRequest.newBuilder(uri("/app/admin/board/bookings"))
                        .header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost:" + port + "/app/admin")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fragment.statusCode()).isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login?next=/app/admin");
    }

    private record SignedIn(Map<String, String> jar, List<String> setCookies) {}

    private SignedIn signIn(String email) throws Exception {
        var loginPage = get("/login", Map.of());
        var jar = new LinkedHashMap<>(cookieValues(loginPage.headers().allValues("Set-Cookie")));
        var matcher = CSRF_FIELD.matcher(loginPage.body());
        assertThat(matcher.find()).isTrue();
        var answer = post("/login", jar, Map.of("_csrf", matcher.group(1), "email", email, "password", Api.PASSWORD));
        assertThat(answer.statusCode()).isEqualTo(302);
        List<String> setCookies = answer.headers().allValues("Set-Cookie");
        jar.putAll(cookieValues(setCookies));
        jar.entrySet().removeIf(cookie -> cookie.getValue().isEmpty());
        return new SignedIn(jar, setCookies);
    }

    private HttpResponse<String> get(String path, Map<String, String> jar) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (!jar.isEmpty()) {
            request.header("Cookie", cookieHeader(jar));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getQuietly(String path, Map<String, String> jar) {
        try {
            return get(path, jar);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String path, Map<String, String> jar, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Cookie", cookieHeader(jar))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String cookieHeader(Map<String, String> jar) {
        return jar.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    private static Map<String, String> cookieValues(List<String> setCookies) {
        var values = new LinkedHashMap<String, String>();
        for (String cookie : setCookies) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }
}
