package dev.tandem.query.provider;

import dev.tandem.api.provider.AvailabilityView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code provider_availability}, read only ({@link AvailabilityProjection} writes it). The weekly hours
 * and time off are short lists that are always read whole with their provider, so they are kept as JSON text
 * rather than rows of their own ({@link AvailabilityJson}).
 */
@Entity
@Immutable
@Table(name = "provider_availability")
class AvailabilityEntry {

    @Id
    @Column(name = "provider_id")
    private UUID providerId;

    @Column(name = "business_id")
    private UUID businessId;

    private String status;

    @Column(name = "weekly_hours")
    private String weeklyHours;

    @Column(name = "time_off")
    private String timeOff;

    protected AvailabilityEntry() {}

    UUID businessId() {
        return businessId;
    }

    AvailabilityView toView() {
        return new AvailabilityView(
                status, AvailabilityJson.weeklyHours(weeklyHours), AvailabilityJson.timeOff(timeOff));
    }
}
