package dev.tandem.api.provider;

import java.util.List;

public record ProviderWithPayRatesView(
        String id,
        String name,
        String email,
        String status,
        boolean active,
        List<PayRateView> payRates,
        long earningsToDateCents,
        String currency) {}
