package dev.tandem.query.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the pages send their writes: the HTTP API every other client uses. Unset, it is this server itself
 * (standalone); in the distributed deployment, the gateway or the command side.
 */
@ConfigurationProperties("tandem.dashboards")
record DashboardProperties(String apiUrl) {}
