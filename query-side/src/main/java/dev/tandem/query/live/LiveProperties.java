package dev.tandem.query.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the live connections.
 *
 * @param maxConnectionsPerUser live connections one user may hold at once on one server (phones, tablets and
 *     a few browser tabs); a CONNECT beyond them is refused with an ERROR frame
 */
@ConfigurationProperties("tandem.live")
record LiveProperties(@DefaultValue("10") int maxConnectionsPerUser) {}
