package dev.tandem.api.provider;

public record GeoPointView(double lat, double lng) {}
