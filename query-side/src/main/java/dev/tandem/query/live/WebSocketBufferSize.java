package dev.tandem.query.live;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Tomcat sizes three buffers of every WebSocket connection (what it reads, and two for what it writes) from
 * one system property, 8 KB by default, read once when its WebSocket classes load. This sets it to 2 KB
 * before the web server exists, unless it was given on the command line: live events are written in a few
 * pieces instead of one, and 10,000 connections keep 180 MB less. Runs however the application is started.
 */
public class WebSocketBufferSize implements EnvironmentPostProcessor {

    static final String PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String BYTES = "2048";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, BYTES);
        }
    }
}
