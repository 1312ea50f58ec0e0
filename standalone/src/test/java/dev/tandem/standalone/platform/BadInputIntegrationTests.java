package dev.tandem.standalone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each class of bad input gets its own clear problem, and none of them changes anything. */
class BadInputIntegrationTests extends HttpTests {

    Api.Session admin;

    @BeforeEach
    void signUpAnAdmin() {
        admin = api.signUp();
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        var response = api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", "New", "owner", "me"))
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("owner");
        assertUnchanged();
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedByName() {
        var response = api.put("/api/admin/business")
                .as(admin)
                .json("{\"expectedVersion\":\"latest\"}")
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("expectedVersion");
        assertUnchanged();
    }

    @Test
    void malformedJsonIsABadRequest() {
        var response =
                api.put("/api/admin/business").as(admin).json("{\"name\": ").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertUnchanged();
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        var response = api.put("/api/admin/business")
                .as(admin)
                .body("name=New", "application/x-www-form-urlencoded")
                .send();

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertUnchanged();
    }

    @Test
    void anUnknownPathIsNotFoundWithoutNamingTheFramework() {
        var response = api.get("/api/no-such-thing").as(admin).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("detail").asString()).isEqualTo("Nothing is served at this address.");
    }

    @Test
    void aPathTheServerCannotReadIsAProblemTooNotTheServersOwnPage() {
        var response = api.get("/api/admin/providers/%00").as(admin).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String huge = "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}";

        var response = api.put("/api/admin/business").as(admin).json(huge).send();

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertUnchanged();
    }

    @Test
    void anInvalidValueNamesItsFieldAndChangesNothing() {
        var response = api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("currency", "EURO"))
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("currency");
        assertUnchanged();
    }

    @Test
    void problemsNeverCarryStackTracesOrInternals() {
        var response = api.put("/api/admin/business")
                .as(admin)
                .json("{\"name\": [1,2,")
                .send();

        assertThat(response.text()).doesNotContain("Exception", "at dev.tandem", "tools.jackson", "SQL");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        var response = api.get("/api/nothing-here").as(admin).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    private void assertUnchanged() {
        var business = api.get("/api/admin/business").as(admin).send();
        assertThat(business.body().get("version").asLong()).isZero();
        assertThat(business.body().get("currency").asString()).isEqualTo("EUR");
    }
}
