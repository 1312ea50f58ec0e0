package dev.tandem.query.provider;

import dev.tandem.api.provider.GeoPointView;
import dev.tandem.api.provider.PayRateView;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.PayRate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code provider_view}. */
@Entity
@Table(name = "provider_view")
class ProviderEntry {

    @Id
    @Column(name = "provider_id")
    private UUID providerId;

    @Column(name = "business_id")
    private UUID businessId;

    private String name;
    private String email;
    private String phone;
    private String bio;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] skills;

    @Column(name = "home_lat")
    private Double homeLat;

    @Column(name = "home_lng")
    private Double homeLng;

    @Column(name = "service_radius_km")
    private Integer serviceRadiusKm;

    private String status;
    private boolean active;

    @Column(name = "pay_rate_type")
    private String payRateType;

    @Column(name = "pay_rate_amount")
    private Long payRateAmount;

    @Column(name = "pay_rate_effective_from")
    private Instant payRateEffectiveFrom;

    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ProviderEntry() {}

    /** A registered provider starts AVAILABLE and active, as the Provider aggregate does. */
    ProviderEntry(UUID providerId, UUID businessId, String email, Instant createdAt) {
        this.providerId = providerId;
        this.businessId = businessId;
        this.email = email;
        this.status = "AVAILABLE";
        this.active = true;
        this.createdAt = createdAt;
    }

    void profile(String name, String phone, String bio, List<String> skills, GeoPoint home, Integer radiusKm) {
        this.name = name;
        this.phone = phone;
        this.bio = bio;
        this.skills = skills.toArray(String[]::new);
        this.homeLat = home == null ? null : home.lat();
        this.homeLng = home == null ? null : home.lng();
        this.serviceRadiusKm = radiusKm;
    }

    void status(String status) {
        this.status = status;
    }

    /** Shows the rate that applies from now on: the one that takes effect last, as the aggregate does. */
    void payRate(PayRate rate) {
        if (payRateEffectiveFrom == null || !rate.effectiveFrom().isBefore(payRateEffectiveFrom)) {
            payRateType = rate.type().name();
            payRateAmount = rate.amount();
            payRateEffectiveFrom = rate.effectiveFrom();
        }
    }

    void deactivate() {
        active = false;
    }

    /** Every event of the provider moves its version, whether or not this view shows what it changed. */
    void touch(long version, Instant at) {
        this.version = version;
        this.updatedAt = at;
    }

    UUID providerId() {
        return providerId;
    }

    ProviderView toView() {
        return new ProviderView(
                providerId.toString(),
                name,
                email,
                phone,
                bio,
                List.of(skills),
                homeLat == null ? null : new GeoPointView(homeLat, homeLng),
                serviceRadiusKm,
                status,
                active,
                payRateType == null ? null : new PayRateView(payRateType, payRateAmount, payRateEffectiveFrom),
                version,
                createdAt,
                updatedAt);
    }
}
