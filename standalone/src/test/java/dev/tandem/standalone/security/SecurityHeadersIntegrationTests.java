package dev.tandem.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import org.junit.jupiter.api.Test;

/** Every answer, API and page alike, tells the browser not to sniff, frame or leak it. */
class SecurityHeadersIntegrationTests extends HttpTests {

    @Test
    void apiAnswersLoadNothingAndAreFramedNowhere() {
        Api.Session admin = api.signUp();

        for (var answer : new Api.Response[] {
            api.get("/api/admin/business").as(admin).send(),
            api.get("/api/admin/business").send()
        }) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy"))
                    .contains("default-src 'none'", "frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void pagesAllowNoInlineScriptAndNoFraming() {
        var page = api.get("/login").send();

        String policy = page.header("Content-Security-Policy");
        assertThat(policy)
                .contains("default-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("script-src");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    }
}
