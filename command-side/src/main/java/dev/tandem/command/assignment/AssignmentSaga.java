package dev.tandem.command.assignment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.assignment.AssignmentOfferExpired;
import dev.tandem.api.assignment.AssignmentOfferRefused;
import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.AssignmentProposed;
import dev.tandem.api.assignment.ExpireOfferCommand;
import dev.tandem.api.assignment.FailAssignmentCommand;
import dev.tandem.api.assignment.FindAssignmentPolicyQuery;
import dev.tandem.api.assignment.FindCurrentBookingQuery;
import dev.tandem.api.assignment.ProposeAssignmentCommand;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.api.assignment.RankProvidersForSlotQuery;
import dev.tandem.api.assignment.RecordRefusedOfferCommand;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.errors.TextInput;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Finds a provider for a booking that has none: offers it to the best-ranked provider not asked yet, and
 * when that one declines or lets the offer expire, to the next; when nobody is left, gives up and the admins
 * are told. It starts when a booking is created without a provider (unless the admin opted out) or when a
 * provider declines one, and ends when a provider confirms, the booking is cancelled, an admin assigns it by
 * hand, or nobody is left.
 */
@Saga
// On unless tandem.assignment.enabled=false (docs/assignment-saga.md).
@ConditionalOnProperty(name = "tandem.assignment.enabled", havingValue = "true", matchIfMissing = true)
// Stored as its fields (the saga store serialises it with Jackson); the injected resources are transient.
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE)
public class AssignmentSaga {

    private static final Logger log = LoggerFactory.getLogger(AssignmentSaga.class);

    static final String OFFER_EXPIRES = "assignment-offer-expires";

    private transient CommandGateway commands;
    private transient QueryGateway queries;
    private transient DeadlineManager deadlines;
    private transient AssignmentProperties settings;
    private transient Clock clock;

    private BookingId bookingId;
    private BusinessId businessId;
    // Not final: Jackson 3 does not write a stored saga's fields back into final ones.
    private Set<String> asked = new LinkedHashSet<>();
    /** Why the booking refused an offer to a provider, by provider. */
    private Map<String, String> refusals = new LinkedHashMap<>();

    private String offeredTo;
    private String offerDeadline;

    @StartSaga
    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingCreated created) {
        if (!created.autoAssign()) {
            SagaLifecycle.end();
            return;
        }
        begin(created.bookingId(), created.businessId());
        offerToTheNextProvider();
    }

    /** A provider gave the job back: whether it was offered or assigned by hand, look for another. */
    @StartSaga
    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingDeclined declined) {
        if (bookingId == null) {
            begin(declined.bookingId(), declined.businessId());
        }
        asked.add(declined.providerId().toString());
        withdrawDeadline();
        offerToTheNextProvider();
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(AssignmentProposed proposed) {
        offerDeadline = deadlines.schedule(proposed.offerExpiresAt(), OFFER_EXPIRES, proposed.providerId());
    }

    /** The offer ran out: taken back, unless the provider confirmed meanwhile (the booking then refuses). */
    @DeadlineHandler(deadlineName = OFFER_EXPIRES)
    void offerExpired(ProviderId provider) {
        offerDeadline = null;
        send(new ExpireOfferCommand(bookingId, businessId, provider));
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(AssignmentOfferExpired expired) {
        offerToTheNextProvider();
    }

    /** The booking could not be offered to the one chosen (it was booked meanwhile, say): the next one. */
    @SagaEventHandler(associationProperty = "bookingId")
    void on(AssignmentOfferRefused refused) {
        refusals.put(refused.providerId().toString(), refused.reason());
        offerToTheNextProvider();
    }

    /** An admin gave the booking to someone by hand: auto-assignment steps aside. */
    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingAssigned assigned) {
        if (!assigned.providerId().toString().equals(offeredTo)) {
            finish();
        }
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingConfirmed confirmed) {
        finish();
    }

    @SagaEventHandler(associationProperty = "bookingId")
    void on(BookingCancelled cancelled) {
        finish();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "bookingId")
    void on(AssignmentFailed failed) {
        withdrawDeadline();
    }

    private void begin(BookingId booking, BusinessId business) {
        bookingId = booking;
        businessId = business;
    }

    /** Ranks the providers for the booking as it is now and offers it to the best one not asked yet. */
    private void offerToTheNextProvider() {
        offeredTo = null;
        BookingView booking = queries.query(new FindCurrentBookingQuery(businessId, bookingId), BookingView.class)
                .join();
        ProviderRanking ranking =
                queries.query(rankingFor(booking), ProviderRanking.class).join();
        Optional<ProviderRanking.Candidate> next = ranking.candidates().stream()
                .filter(candidate -> !asked.contains(candidate.providerId()))
                .findFirst();
        if (next.isEmpty()) {
            send(new FailAssignmentCommand(bookingId, businessId, reasonsNobodyIsLeft(ranking)));
            return;
        }
        var candidate = next.get();
        asked.add(candidate.providerId());
        // Before the command: the booking's BookingAssigned to it comes back to this saga as our own offer.
        offeredTo = candidate.providerId();
        ProviderId provider = ProviderId.of(candidate.providerId());
        Instant expiresAt = clock.instant().plus(offerTimeout());
        commands.send(new ProposeAssignmentCommand(
                        bookingId, businessId, provider, expiresAt, candidate.score(), candidate.reasons()))
                .exceptionally(refusal -> recordRefusal(provider, refusal));
    }

    /** How long the business gives a provider to confirm: its own choice, or the server's default. */
    private Duration offerTimeout() {
        Integer chosen = queries.query(new FindAssignmentPolicyQuery(businessId), AssignmentPolicyView.class)
                .join()
                .offerTimeoutMinutes();
        return chosen == null ? settings.offerTimeout() : Duration.ofMinutes(chosen);
    }

    /**
     * The booking refused the offer (the ranking had not seen a booking made meanwhile, say): the refusal is
     * recorded as an event of the booking, which brings this saga back to offer the next provider. So it goes
     * on the same way whether the command was handled here or by another instance, answering later.
     */
    private Void recordRefusal(ProviderId provider, Throwable refusal) {
        log.info("Booking {} could not be offered to provider {}: {}", bookingId, provider, reasonOf(refusal));
        send(new RecordRefusedOfferCommand(bookingId, businessId, provider, reasonOf(refusal)));
        return null;
    }

    /** A command whose refusal needs nothing more than a line in the log: the booking has moved on. */
    private void send(Object command) {
        commands.send(command).exceptionally(failure -> {
            log.warn(
                    "Booking {}: {} was refused: {}",
                    bookingId,
                    command.getClass().getSimpleName(),
                    reasonOf(failure));
            return null;
        });
    }

    private static String reasonOf(Throwable refusal) {
        Throwable cause = refusal;
        while ((cause instanceof CompletionException || cause instanceof CommandExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message != null && TextInput.isPrintable(message) && message.length() <= 200
                ? message
                : cause.getClass().getSimpleName();
    }

    private RankProvidersForSlotQuery rankingFor(BookingView booking) {
        return new RankProvidersForSlotQuery(
                businessId,
                bookingId,
                booking.service(),
                booking.customer().lat(),
                booking.customer().lng(),
                booking.scheduledStart(),
                booking.durationMinutes());
    }

    /** Those the ranking excludes, and those asked already: each with why it will not take the booking. */
    private List<ProviderRanking.Exclusion> reasonsNobodyIsLeft(ProviderRanking ranking) {
        var excluded = new ArrayList<>(ranking.excluded());
        asked.forEach(provider -> excluded.add(new ProviderRanking.Exclusion(
                provider,
                refusals.containsKey(provider)
                        ? "could not be offered the job: " + refusals.get(provider)
                        : "already offered the job")));
        return excluded;
    }

    private void finish() {
        withdrawDeadline();
        SagaLifecycle.end();
    }

    private void withdrawDeadline() {
        if (offerDeadline != null) {
            deadlines.cancelSchedule(OFFER_EXPIRES, offerDeadline);
            offerDeadline = null;
        }
    }

    @Autowired
    void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @Autowired
    void setQueries(QueryGateway queries) {
        this.queries = queries;
    }

    @Autowired
    void setDeadlines(DeadlineManager deadlines) {
        this.deadlines = deadlines;
    }

    @Autowired
    void setSettings(AssignmentProperties settings) {
        this.settings = settings;
    }

    @Autowired
    void setClock(Clock clock) {
        this.clock = clock;
    }
}
