package dev.tandem.platform.consistency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param projectionWait the longest a write waits for the projections before it answers anyway */
@ConfigurationProperties("tandem.consistency")
public record ConsistencyProperties(@DefaultValue("5s") Duration projectionWait) {}
