package dev.tandem.standalone.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Every way a token can be wrong gets the same 401 problem. */
class TokenValidationIntegrationTests extends HttpTests {

    @Value("${tandem.security.jwt-secret}")
    String secret;

    Api.Session admin;

    @BeforeEach
    void signUpAnAdmin() {
        admin = api.signUp();
    }

    @Test
    void aRequestWithoutATokenIsUnauthorized() {
        assertUnauthorized(api.get("/api/me").send());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        String forged = signed(claims(Instant.now().plusSeconds(600)), "some-other-secret-that-is-32-bytes-long!!");

        assertUnauthorized(api.get("/api/me").bearer(forged).send());
    }

    @Test
    void anExpiredTokenIsUnauthorized() throws Exception {
        String expired = signed(claims(Instant.now().minusSeconds(3600)), secret);

        assertUnauthorized(api.get("/api/me").bearer(expired).send());
    }

    @Test
    void anUnsignedTokenIsUnauthorized() {
        String unsigned = new PlainJWT(claims(Instant.now().plusSeconds(600))).serialize();

        assertUnauthorized(api.get("/api/me").bearer(unsigned).send());
    }

    @Test
    void aTokenWithATamperedBusinessIsUnauthorized() {
        String[] parts = admin.token().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(admin.businessId(), UUID.randomUUID().toString());
        String tampered = parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertUnauthorized(api.get("/api/me").bearer(tampered).send());
    }

    @Test
    void aTokenFromTheRightKeyButAnotherIssuerIsUnauthorized() throws Exception {
        var claims = new JWTClaimsSet.Builder(claims(Instant.now().plusSeconds(600)))
                .issuer("elsewhere")
                .build();

        assertUnauthorized(api.get("/api/me").bearer(signed(claims, secret)).send());
    }

    @Test
    void garbageIsUnauthorized() {
        assertUnauthorized(api.get("/api/me").bearer("not-a-token").send());
    }

    private JWTClaimsSet claims(Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer("tandem")
                .subject(admin.userId())
                .claim("business_id", admin.businessId())
                .claim("role", "ADMIN")
                .issueTime(Date.from(expiresAt.minusSeconds(900)))
                .expirationTime(Date.from(expiresAt))
                .build();
    }

    private static String signed(JWTClaimsSet claims, String secret) throws Exception {
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static void assertUnauthorized(Api.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.body().get("status").asInt()).isEqualTo(401);
    }
}
