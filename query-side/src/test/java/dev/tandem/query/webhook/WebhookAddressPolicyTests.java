package dev.tandem.query.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAddressPolicyTests {

    private final WebhookAddressPolicy production = new WebhookAddressPolicy(false);
    private final WebhookAddressPolicy development = new WebhookAddressPolicy(true);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1/hooks",
                "https://localhost/hooks",
                "https://10.1.2.3/hooks",
                "https://172.16.0.9/hooks",
                "https://192.168.1.20/hooks",
                "https://100.64.0.1/hooks",
                "https://[::1]/hooks",
                "https://[fd12:3456::1]/hooks"
            })
    void privateAndLoopbackAddressesAreRefusedUnlessTheOperatorAllowsThem(String url) {
        assertThat(production.problemWith(url)).contains("leads to a private or loopback address");
        assertThat(development.problemWith(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://169.254.169.254/latest/meta-data",
                "https://169.254.10.10/",
                "https://[fe80::1]/hooks",
                "https://[fd00:ec2::254]/latest",
                "https://0.0.0.0/hooks",
                "https://224.0.0.1/hooks"
            })
    void linkLocalAndMetadataAddressesAreAlwaysRefused(String url) {
        assertThat(production.problemWith(url))
                .contains("leads to a link-local or cloud metadata address, which is never allowed");
        assertThat(development.problemWith(url))
                .contains("leads to a link-local or cloud metadata address, which is never allowed");
    }

    @Test
    void onlyHttpsUnlessPrivateAddressesAreAllowed() {
        assertThat(production.problemWith("http://93.184.216.34/hooks")).contains("must start with https://");
        assertThat(production.problemWith("ftp://93.184.216.34/hooks")).contains("must start with https://");
        assertThat(development.problemWith("http://127.0.0.1:8080/hooks")).isEmpty();
        assertThat(production.problemWith("https://93.184.216.34/hooks")).isEmpty();
    }

    @Test
    void aUrlMustNameAHostAndNothingElseInItsAuthority() {
        assertThat(production.problemWith("not a url")).isPresent();
        assertThat(production.problemWith("https://user:secret@93.184.216.34/hooks"))
                .contains("must be a full URL with a host name, and no user name or #fragment");
        assertThat(production.problemWith("https://no-such-host.invalid/hooks"))
                .contains("its host name could not be found");
    }
}
