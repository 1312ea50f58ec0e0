package dev.tandem.query.booking;

import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.booking.RatingView;
import dev.tandem.query.jpa.NewRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code booking_view}: the booking as its events left it. */
@Entity
@Table(name = "booking_view")
class BookingEntry extends NewRow<UUID> {

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

    @Override
    public UUID getId() {
        return bookingId;
    }

    BookingEntry(BookingCreated event, long version, Instant at) {
        bookingId = event.bookingId().value();
        businessId = event.businessId().value();
        status = "PENDING";
        service = event.service();
        schedule(event.scheduledStart(), event.durationMinutes());
        priceCents = event.priceCents();
        currency = event.currency();
        CustomerSummary customer = event.customer();
        customerId = customer.id();
        customerName = customer.name();
        customerEmail = customer.email();
        customerPhone = customer.phone();
        customerAddress = customer.address();
        customerLat = customer.lat();
        customerLng = customer.lng();
        notes = event.notes();
        createdAt = at;
        touch(version, at);
    }

    /** Every event of the booking moves its version and its last change. */
    void touch(long version, Instant at) {
        this.version = version;
        this.updatedAt = at;
    }

    void assign(UUID provider) {
        providerId = provider;
        offerExpiresAt = null;
        status = "PENDING";
    }

    /** The assignment saga's offer to the booking's provider holds until then. */
    void offerUntil(Instant expiresAt) {
        offerExpiresAt = expiresAt;
    }

    void moveTo(String newStatus) {
        status = newStatus;
        offerExpiresAt = null;
    }

    void start(Instant at) {
        status = "IN_PROGRESS";
        startedAt = at;
    }

    void complete(Instant at) {
        status = "COMPLETED";
        completedAt = at;
    }

    void cancel(Instant at) {
        status = "CANCELLED";
        cancelledAt = at;
    }

    void schedule(Instant start, int minutes) {
        scheduledStart = start;
        durationMinutes = minutes;
        scheduledEnd = start.plus(Duration.ofMinutes(minutes));
    }

    void reprice(long cents) {
        priceCents = cents;
    }

    void changeNotes(String newNotes) {
        notes = newNotes;
    }

    void rate(int stars, String comment) {
        ratingStars = stars;
        ratingComment = comment;
    }

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
                updatedAt);
    }
}
