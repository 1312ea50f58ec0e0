package dev.tandem.api.booking;

public record CustomerSummary(
        String id, String name, String email, String phone, String address, Double lat, Double lng) {}
