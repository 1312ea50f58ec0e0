package dev.tandem.query.booking;

import dev.tandem.api.booking.ArrivalWindow;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.booking.RatingView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of {@code booking_view}: the booking as its events left it, read only ({@link BookingProjection} writes it). */
@Entity
@Immutable
@Table(name = "booking_view")
class BookingEntry {

    @Id
    @Column(name = "booking_id")
    private UUID bookingId;

    @Column(name = "business_id")
    private UUID businessId;

    private String status;
    private String service;

    @Column(name = "scheduled_start")
    private Instant scheduledStart;

    @Column(name = "scheduled_end")
    private Instant scheduledEnd;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "price_cents")
    private long priceCents;

    private String currency;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "customer_email")
    private String customerEmail;

    @Column(name = "customer_phone")
    private String customerPhone;

    @Column(name = "customer_address")
    private String customerAddress;

    @Column(name = "customer_lat")
    private Double customerLat;

    @Column(name = "customer_lng")
    private Double customerLng;

    @Column(name = "provider_id")
    private UUID providerId;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    private String notes;

    @Column(name = "arrival_from")
    private Instant arrivalFrom;

    @Column(name = "arrival_to")
    private Instant arrivalTo;

    @Column(name = "rating_stars")
    private Integer ratingStars;

    @Column(name = "rating_comment")
    private String ratingComment;

    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected BookingEntry() {}

    UUID bookingId() {
        return bookingId;
    }

    Instant scheduledStart() {
        return scheduledStart;
    }

    UUID providerId() {
        return providerId;
    }

    BookingView toView() {
        return new BookingView(
                bookingId.toString(),
                status,
                service,
                scheduledStart,
                scheduledEnd,
                durationMinutes,
                priceCents,
                currency,
                new CustomerSummary(
                        customerId,
                        customerName,
                        customerEmail,
                        customerPhone,
                        customerAddress,
                        customerLat,
                        customerLng),
                providerId == null ? null : providerId.toString(),
                offerExpiresAt,
                startedAt,
                completedAt,
                cancelledAt,
                notes,
                ratingStars == null ? null : new RatingView(ratingStars, ratingComment),
                version,
                createdAt,
                updatedAt,
                arrivalFrom == null ? null : new ArrivalWindow(arrivalFrom, arrivalTo));
    }
}
