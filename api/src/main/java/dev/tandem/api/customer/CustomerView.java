package dev.tandem.api.customer;

public record CustomerView(
        String id, String name, String email, String phone, String address, Double lat, Double lng, long bookings) {}
