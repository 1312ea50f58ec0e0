package dev.tandem.api.provider;

import java.time.Instant;

public record PayRateView(String type, long amount, Instant effectiveFrom) {}
