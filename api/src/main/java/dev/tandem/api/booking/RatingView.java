package dev.tandem.api.booking;

public record RatingView(int stars, String comment) {}
