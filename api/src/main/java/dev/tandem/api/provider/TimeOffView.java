package dev.tandem.api.provider;

import java.time.Instant;

public record TimeOffView(String id, Instant start, Instant end, String reason) {}
