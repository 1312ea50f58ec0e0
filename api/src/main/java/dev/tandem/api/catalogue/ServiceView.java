package dev.tandem.api.catalogue;

/** A service of the catalogue as admins see it; {@code skill} is null when anyone may do it. */
public record ServiceView(String id, String name, int defaultDurationMinutes, long defaultPriceCents, String skill) {}
