package dev.tandem.standalone.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the HTTP tests: the standalone server on a random port and a client for it. */
@StandaloneTest
public abstract class HttpTests {

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connectToTheServer() {
        api = new Api(port);
    }
}
