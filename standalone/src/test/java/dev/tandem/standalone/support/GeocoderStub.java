package dev.tandem.standalone.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Nominatim-compatible address search on this machine, for the tests: a few Paris addresses it knows (two
 * places for "Rue de Rivoli"), nothing for anything else. The server under test is pointed at it.
 */
public final class GeocoderStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** What the stub answers for a search that starts with these lower-case words (commas left out). */
    private static final Map<String, String> PLACES = Map.of(
            "1 rue de rivoli",
            "[{\"display_name\":\"1, Rue de Rivoli, Paris, France\",\"lat\":\"48.8606\",\"lon\":\"2.3376\"}]",
            "12 rue de rivoli",
            "[{\"display_name\":\"12, Rue de Rivoli, Paris, France\",\"lat\":\"48.8559\",\"lon\":\"2.3588\"}]",
            "rue de rivoli",
            "[{\"display_name\":\"Rue de Rivoli, 1st arrondissement, Paris, France\",\"lat\":\"48.8606\",\"lon\":\"2.3376\"},"
                    + "{\"display_name\":\"Rue de Rivoli, 4th arrondissement, Paris, France\",\"lat\":\"48.8559\","
                    + "\"lon\":\"2.3588\"}]",
            "5 place des vosges",
            "[{\"display_name\":\"5, Place des Vosges, Paris, France\",\"lat\":\"48.8556\",\"lon\":\"2.3655\"}]");

    private static HttpServer server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("tandem.geocoding.url=" + url()).applyTo(context);
    }

    public static synchronized String url() {
        if (server == null) {
            server = start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static HttpServer start() {
        try {
            var started = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            started.createContext("/search", exchange -> {
                String q = Arrays.stream(exchange.getRequestURI().getRawQuery().split("&"))
                        .filter(parameter -> parameter.startsWith("q="))
                        .map(parameter -> URLDecoder.decode(parameter.substring(2), StandardCharsets.UTF_8))
                        .findFirst()
                        .orElse("");
                String words = q.strip().toLowerCase(Locale.ROOT).replace(",", "");
                byte[] body = PLACES.entrySet().stream()
                        .filter(place -> words.equals(place.getKey()) || words.startsWith(place.getKey() + " "))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse("[]")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            started.start();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
