package dev.tandem.standalone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input is refused, not coerced: each value of the wrong shape is a 400 naming its field, and books nothing. */
class StrictInputIntegrationTests extends HttpTests {

    Api.Session admin;

    @BeforeEach
    void signUpAnAdmin() {
        admin = api.signUp();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "priceCents      | 100.7                  | must be a whole number",
                "priceCents      | \"100\"                | must be a whole number",
                "priceCents      | true                   | must be a whole number",
                "durationMinutes | 60.5                   | must be a whole number",
                "service         | 5                      | must be text",
                "service         | false                  | must be text",
                "scheduledStart  | 1700000000             | must be an ISO-8601 instant",
                "scheduledStart  | \"1970-01-01T09:00:00Z\" | must be an ISO-8601 instant",
                "scheduledStart  | \"9999-01-01T09:00:00Z\" | must be an ISO-8601 instant",
                "scheduledStart  | \"tomorrow\"           | must be an ISO-8601 instant",
                "autoAssign      | 1                      | must be true or false",
                "customerId      | \"not-an-id\"          | must be an id"
            })
    void aBookingFieldOfTheWrongShapeIsRefusedByName(String field, String json, String rule) {
        String body = Api.toJson(Bookings.newBooking(Bookings.TEN_AM, null))
                .replaceFirst("\\{", "{\"" + field + "\":" + json + ",")
                .replaceFirst(",\"" + field + "\":[^,}]+", "");

        var response = api.post("/api/bookings").as(admin).json(body).send();

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.body().get("errors").get(0).get("message").asString())
                .startsWith(rule);
        assertThat(api.get("/api/bookings").as(admin).send().body().get("items"))
                .isEmpty();
    }

    @Test
    void aRatingThatIsNotAWholeNumberOfStarsIsRefused() {
        var bookings = new Bookings(api);
        var provider = bookings.provider(admin);
        String bookingId =
                bookings.booked(admin, Bookings.TEN_AM, provider).get("id").asString();
        bookings.runToCompletion(provider, bookingId);

        var response = api.post("/api/bookings/" + bookingId + "/rating")
                .as(admin)
                .json("{\"stars\": 4.6}")
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("stars");
        assertThat(api.get("/api/bookings/" + bookingId)
                        .as(admin)
                        .send()
                        .body()
                        .get("rating")
                        .isNull())
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({"-999999999-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "yesterday"})
    void aQueryParameterOutsideTheRangeIsABadRequestNeverAServerError(String from) {
        var response = api.get("/api/admin/earnings?from=" + from.replace("+", "%2B"))
                .as(admin)
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void aStringIsNotANumberInAnyBody() {
        var response = api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", 42))
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("message").asString())
                .isEqualTo("must be text");
    }
}
