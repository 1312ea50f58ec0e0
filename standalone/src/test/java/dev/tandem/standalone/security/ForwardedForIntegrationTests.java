package dev.tandem.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.standalone.support.HttpTests;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * X-Forwarded-For names the client only when a trusted proxy (this machine) sends it: a client elsewhere that
 * rotates it is still one address to the login throttle.
 */
class ForwardedForIntegrationTests extends HttpTests {

    @Test
    void aClientThatIsNoTrustedProxyCannotRotateItsAddress() throws Exception {
        Optional<InetAddress> ownNetworkAddress = nonLoopbackAddress();
        assumeTrue(ownNetworkAddress.isPresent(), "this machine has a network address besides loopback");
        var client =
                HttpClient.newBuilder().localAddress(ownNetworkAddress.get()).build();
        var base = "http://" + ownNetworkAddress.get().getHostAddress() + ":" + port;

        var statuses = new ArrayList<Integer>();
        for (int attempt = 0; attempt < 21; attempt++) {
            var login = HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "203.0.113." + (attempt + 1))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"nobody-" + attempt + "@example.com\",\"password\":\"wrong password\"}"))
                    .build();
            statuses.add(
                    client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.get(20)).isEqualTo(429);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> isUp(network))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
