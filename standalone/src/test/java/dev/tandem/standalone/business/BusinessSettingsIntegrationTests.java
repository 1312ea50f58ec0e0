package dev.tandem.standalone.business;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BusinessSettingsIntegrationTests extends HttpTests {

    Api.Session admin;

    @BeforeEach
    void signUpAnAdmin() {
        admin = api.signUp();
    }

    @Test
    void aChangeAnswersWithTheNewSettingsAndEveryReadAfterItSeesThem() {
        var change = api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", "Gleam & Co", "timeZone", "Asia/Tokyo", "currency", "JPY"))
                .send();
        var read = api.get("/api/admin/business").as(admin).send();

        assertThat(change.status()).isEqualTo(200);
        assertThat(change.body().get("version").asLong()).isEqualTo(1);
        assertThat(change.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.body()).isEqualTo(change.body());
        assertThat(read.body().get("timeZone").asString()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void aLocaleIsShownAsItsCanonicalTagAndABadOneIsRefusedWithoutChangingAnything() {
        assertThat(api.get("/api/admin/business")
                        .as(admin)
                        .send()
                        .body()
                        .get("locale")
                        .isNull())
                .as("no locale until the business chooses one")
                .isTrue();

        var chosen = api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("locale", "fr-fr"))
                .send();
        var refused = api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", "Not saved", "locale", "not a locale"))
                .send();

        assertThat(chosen.body().get("locale").asString()).isEqualTo("fr-FR");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("locale");
        var read = api.get("/api/admin/business").as(admin).send().body();
        assertThat(read.get("locale").asString()).isEqualTo("fr-FR");
        assertThat(read.get("name").asString()).isNotEqualTo("Not saved");
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndChangesNothing() {
        api.put("/api/admin/business").as(admin).json(Map.of("name", "First")).send();

        var stale = api.put("/api/admin/business")
                .as(admin)
                .header("If-Match", "\"0\"")
                .json(Map.of("name", "Second"))
                .send();

        assertThat(stale.status()).isEqualTo(412);
        assertThat(currentName()).isEqualTo("First");
    }

    @Test
    void aStaleExpectedVersionIsAConflictAndChangesNothing() {
        api.put("/api/admin/business").as(admin).json(Map.of("name", "First")).send();

        var stale = api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", "Second", "expectedVersion", 0))
                .send();

        assertThat(stale.status()).isEqualTo(409);
        assertThat(currentName()).isEqualTo("First");
    }

    @Test
    void aCurrentIfMatchIsAccepted() {
        var change = api.put("/api/admin/business")
                .as(admin)
                .header("If-Match", "\"0\"")
                .json(Map.of("name", "Matched"))
                .send();

        assertThat(change.status()).isEqualTo(200);
        assertThat(currentName()).isEqualTo("Matched");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameAnswerAndChangesOnce() {
        String key = UUID.randomUUID().toString();

        var first = api.put("/api/admin/business")
                .as(admin)
                .header("Idempotency-Key", key)
                .json(Map.of("name", "Once"))
                .send();
        api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", "Meanwhile"))
                .send();
        var retry = api.put("/api/admin/business")
                .as(admin)
                .header("Idempotency-Key", key)
                .json(Map.of("name", "Once"))
                .send();

        assertThat(retry.status()).isEqualTo(first.status());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(api.get("/api/admin/business")
                        .as(admin)
                        .send()
                        .body()
                        .get("version")
                        .asLong())
                .isEqualTo(2);
        assertThat(currentName()).isEqualTo("Meanwhile");
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        api.put("/api/admin/business")
                .as(admin)
                .header("Idempotency-Key", key)
                .json(Map.of("name", "One"))
                .send();

        var other = api.put("/api/admin/business")
                .as(admin)
                .header("Idempotency-Key", key)
                .json(Map.of("name", "Two"))
                .send();

        assertThat(other.status()).isEqualTo(422);
        assertThat(currentName()).isEqualTo("One");
    }

    @Test
    void idempotencyKeysOfDifferentBusinessesDoNotMeet() {
        var other = api.signUp();
        String key = UUID.randomUUID().toString();

        api.put("/api/admin/business")
                .as(admin)
                .header("Idempotency-Key", key)
                .json(Map.of("name", "Mine"))
                .send();
        var theirs = api.put("/api/admin/business")
                .as(other)
                .header("Idempotency-Key", key)
                .json(Map.of("name", "Theirs"))
                .send();

        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.body().get("name").asString()).isEqualTo("Theirs");
        assertThat(currentName()).isEqualTo("Mine");
    }

    @Test
    void eachAdminSeesOnlyItsOwnBusiness() {
        var other = api.signUp();
        api.put("/api/admin/business")
                .as(other)
                .json(Map.of("name", "Other Co"))
                .send();

        var mine = api.get("/api/admin/business").as(admin).send();

        assertThat(mine.body().get("id").asString()).isEqualTo(admin.businessId());
        assertThat(mine.body().get("name").asString()).isNotEqualTo("Other Co");
    }

    private String currentName() {
        return api.get("/api/admin/business")
                .as(admin)
                .send()
                .body()
                .get("name")
                .asString();
    }
}
