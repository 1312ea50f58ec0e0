package dev.tandem.query.provider;

import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.TimeOffView;
import dev.tandem.api.provider.WeeklyHoursView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row of {@code provider_availability}. The weekly hours and time off are short lists that are always read
 * whole with their provider, so they are kept as JSON text rather than rows of their own.
 */
@Entity
@Table(name = "provider_availability")
class AvailabilityEntry {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<WeeklyHoursView>> WEEKLY_HOURS = new TypeReference<>() {};
    private static final TypeReference<List<TimeOffView>> TIME_OFF = new TypeReference<>() {};

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

    /** A registered provider starts AVAILABLE with no hours and no time off. */
    AvailabilityEntry(UUID providerId, UUID businessId) {
        this.providerId = providerId;
        this.businessId = businessId;
        this.status = "AVAILABLE";
        this.weeklyHours = "[]";
        this.timeOff = "[]";
    }

    void status(String status) {
        this.status = status;
    }

    void weeklyHours(List<WeeklyHoursView> hours) {
        weeklyHours = JSON.writeValueAsString(hours);
    }

    void addTimeOff(TimeOffView period) {
        var periods = new ArrayList<>(timeOff());
        periods.removeIf(existing -> existing.id().equals(period.id()));
        periods.add(period);
        periods.sort(Comparator.comparing(TimeOffView::start));
        timeOff = JSON.writeValueAsString(periods);
    }

    void removeTimeOff(String id) {
        var periods = new ArrayList<>(timeOff());
        periods.removeIf(existing -> existing.id().equals(id));
        timeOff = JSON.writeValueAsString(periods);
    }

    AvailabilityView toView() {
        return new AvailabilityView(status, JSON.readValue(weeklyHours, WEEKLY_HOURS), timeOff());
    }

    private List<TimeOffView> timeOff() {
        return JSON.readValue(timeOff, TIME_OFF);
    }
}
