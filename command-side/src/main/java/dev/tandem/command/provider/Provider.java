package dev.tandem.command.provider;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dev.tandem.api.BusinessMessage;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.errors.TextInput;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.ChangeProviderStatusCommand;
import dev.tandem.api.provider.DeactivateProviderCommand;
import dev.tandem.api.provider.GeoPointView;
import dev.tandem.api.provider.MarkProviderBusyCommand;
import dev.tandem.api.provider.PayRateSet;
import dev.tandem.api.provider.PayRateView;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.ProviderStatusChosen;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.ReactivateProviderCommand;
import dev.tandem.api.provider.RegisterProviderCommand;
import dev.tandem.api.provider.ReleaseProviderCommand;
import dev.tandem.api.provider.SetPayRateCommand;
import dev.tandem.api.provider.SetTimeOffCommand;
import dev.tandem.api.provider.SetWeeklyHoursCommand;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.TimeOffView;
import dev.tandem.api.provider.UpdateProviderProfileCommand;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.api.provider.WeeklyHoursView;
import dev.tandem.command.business.BusinessTimeZones;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateHistory;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.kernel.WeeklySchedule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A provider of one business: its profile, its status, when it works, and what it is paid.
 *
 * <p><b>Status.</b> A new provider is AVAILABLE. The provider chooses AVAILABLE, ON_BREAK or OFFLINE; BUSY is
 * set by {@link MarkProviderBusyCommand} while one of its bookings runs (one at a time) and cannot be chosen.
 * Choosing a status while not busy stores a {@link ProviderStatusChanged} (none when it is already the status).
 * Choosing while BUSY keeps the visible status BUSY and stores a {@link ProviderStatusChosen}, so the choice
 * survives a replay; {@link ReleaseProviderCommand} for the running booking then returns to the last choice.
 *
 * <p><b>Snapshots.</b> A provider gains events with every job and status change, and booking commands read it;
 * a snapshot every {@value AggregateSnapshots#EVENTS_BETWEEN_SNAPSHOTS} events keeps loading it as cheap for one
 * with 20,000 events as for a new one ({@link AggregateSnapshots}). Its fields are its snapshot, written as
 * JSON by Axon's serializer in either mode: a change to them needs a new {@link Revision}, which sets older
 * snapshots aside.
 *
 * <p><b>Deactivation</b> keeps the history; every later command but a reactivation (and the release of a job that
 * was running) is refused as a conflict, and a command of another business is refused as if the provider did not
 * exist.
 */
@Aggregate(
        cache = "providerCache",
        snapshotTriggerDefinition = AggregateSnapshots.PROVIDER_TRIGGER,
        snapshotFilter = AggregateSnapshots.PROVIDER_FILTER)
@Revision(AggregateSnapshots.PROVIDER_REVISION)
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Provider {

    @AggregateIdentifier
    private ProviderId providerId;

    private BusinessId businessId;
    private String name;
    private String email;
    private String phone;
    private String bio;
    private List<String> skills;
    private GeoPoint home;
    private Integer serviceRadiusKm;
    private ProviderStatus status;
    private ProviderStatus chosenStatus;
    private BookingId currentBookingId;
    private WeeklySchedule weeklyHours = WeeklySchedule.none();
    private Map<UUID, TimeOff> timeOff = new LinkedHashMap<>(); // not final: a snapshot sets it
    private PayRateHistory payRates = PayRateHistory.empty();
    private boolean active;
    private Instant deactivatedAt;
    private Instant createdAt;
    private Instant updatedAt;

    protected Provider() {
        // for Axon
    }

    /** Runs before every command on an existing provider, so no handler can forget the two refusals. */
    @CommandHandlerInterceptor
    void refuseOtherBusinessesAndDeactivatedProviders(BusinessMessage command) {
        if (providerId == null) {
            return; // registering: there is no provider yet to protect
        }
        if (!Objects.equals(command.businessId(), businessId)) {
            throw new NotFoundException("No such provider.");
        }
        if (!active && !(command instanceof ReleaseProviderCommand || command instanceof ReactivateProviderCommand)) {
            // A job that was running when the provider left still ends, and the booking's completion with it.
            throw new ConflictException("This provider is deactivated.");
        }
    }

    /** A creation that answers with the new provider, which a constructor handler could not. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    ProviderView handle(RegisterProviderCommand command) {
        var registered = new ProviderRegistered(
                command.providerId(),
                command.businessId(),
                ProviderRules.checkName(command.name()),
                ProviderRules.checkEmail(command.email()),
                ProviderRules.checkPhone(command.phone()),
                ProviderRules.checkSkills(command.skills()),
                command.home(),
                ProviderRules.checkServiceRadius(command.serviceRadiusKm()),
                ProviderRules.checkBio(command.bio()));
        apply(registered);
        if (command.payRate() != null) {
            apply(new PayRateSet(command.providerId(), command.businessId(), command.payRate()));
        }
        return view();
    }

    /** Null fields stay as they are; a change that changes nothing stores no event. */
    @CommandHandler
    ProviderView handle(UpdateProviderProfileCommand command) {
        String newName = command.name() == null ? name : ProviderRules.checkName(command.name());
        String newPhone = command.phone() == null ? phone : ProviderRules.checkPhone(command.phone());
        String newBio = command.bio() == null ? bio : ProviderRules.checkBio(command.bio());
        List<String> newSkills = command.skills() == null ? skills : ProviderRules.checkSkills(command.skills());
        GeoPoint newHome = command.home() == null ? home : command.home();
        Integer newRadius = command.serviceRadiusKm() == null
                ? serviceRadiusKm
                : ProviderRules.checkServiceRadius(command.serviceRadiusKm());
        boolean changed = !newName.equals(name)
                || !Objects.equals(newPhone, phone)
                || !Objects.equals(newBio, bio)
                || !newSkills.equals(skills)
                || !Objects.equals(newHome, home)
                || !Objects.equals(newRadius, serviceRadiusKm);
        if (changed) {
            apply(new ProviderProfileUpdated(
                    providerId, businessId, newName, newPhone, newSkills, newHome, newRadius, newBio));
        }
        return view();
    }

    @CommandHandler
    ProviderView handle(ChangeProviderStatusCommand command) {
        ProviderStatus chosen = command.status();
        if (chosen == null || !chosen.isChoosable()) {
            throw new InvalidInputException("status", "must be AVAILABLE, ON_BREAK or OFFLINE");
        }
        if (status == ProviderStatus.BUSY) {
            if (chosen != chosenStatus) {
                apply(new ProviderStatusChosen(providerId, businessId, chosen));
            }
        } else if (chosen != status) {
            apply(new ProviderStatusChanged(providerId, businessId, chosen, status, null));
        }
        return view();
    }

    /**
     * One job at a time: a provider cannot be in two places, and a job left running by mistake would never be
     * paid, so starting a second one is refused until the first is completed. Marking busy again for the running
     * booking changes nothing, so the policy may retry.
     */
    @CommandHandler
    ProviderView handle(MarkProviderBusyCommand command) {
        if (command.bookingId() == null) {
            throw new InvalidInputException("bookingId", "must be given");
        }
        if (status == ProviderStatus.BUSY) {
            if (!command.bookingId().equals(currentBookingId)) {
                throw new ConflictException(
                        "Another booking of this provider is in progress: complete it before starting this one.");
            }
            return view();
        }
        apply(new ProviderStatusChanged(providerId, businessId, ProviderStatus.BUSY, status, command.bookingId()));
        return view();
    }

    /** Only the running booking releases the provider; a late or repeated release changes nothing. */
    @CommandHandler
    ProviderView handle(ReleaseProviderCommand command) {
        if (status == ProviderStatus.BUSY && Objects.equals(command.bookingId(), currentBookingId)) {
            apply(new ProviderStatusChanged(providerId, businessId, chosenStatus, ProviderStatus.BUSY, null));
        }
        return view();
    }

    @CommandHandler
    ProviderView handle(SetWeeklyHoursCommand command, HeldJobs held, BusinessTimeZones zones, Clock clock) {
        WeeklySchedule schedule = checkWeeklyHours(command.weeklyHours());
        if (!schedule.equals(weeklyHours)) {
            ZoneId zone = zones.of(businessId);
            UncoveredJobs.refuseAny(
                    "The new hours",
                    UncoveredJobs.byNewHours(held.heldBy(providerId, clock.instant()), weeklyHours, schedule, zone),
                    zone);
            apply(new WeeklyHoursSet(providerId, businessId, schedule.hours()));
        }
        return view();
    }

    /** Stores the differences by id: what is gone or changed is removed, what is new or changed is added. */
    @CommandHandler
    ProviderView handle(SetTimeOffCommand command, HeldJobs held, BusinessTimeZones zones, Clock clock) {
        List<TimeOff> wanted = checkTimeOff(command.timeOff());
        List<TimeOff> changed = UncoveredJobs.changedTimeOff(wanted, timeOff);
        Instant now = clock.instant();
        if (changed.stream().anyMatch(entry -> !entry.end().isAfter(now))) {
            throw new InvalidInputException("timeOff", "must end in the future: time off is for the days ahead");
        }
        UncoveredJobs.refuseAny(
                "This time off", UncoveredJobs.byTimeOff(held.heldBy(providerId, now), changed), zones.of(businessId));
        var wantedById = new LinkedHashMap<UUID, TimeOff>();
        wanted.forEach(entry -> wantedById.put(entry.id(), entry));
        timeOff.values().stream()
                .filter(existing -> !existing.equals(wantedById.get(existing.id())))
                .toList()
                .forEach(gone -> apply(new TimeOffRemoved(providerId, businessId, gone.id())));
        wanted.stream()
                .filter(entry -> !entry.equals(timeOff.get(entry.id())))
                .forEach(entry -> apply(new TimeOffAdded(providerId, businessId, entry)));
        return view();
    }

    /** Earlier rates stay, so each booking is paid at the rate in effect when it took place. */
    @CommandHandler
    ProviderView handle(SetPayRateCommand command) {
        PayRate rate = command.payRate();
        if (rate == null) {
            throw new InvalidInputException("payRate", "must be given");
        }
        if (payRates.rates().stream()
                .anyMatch(existing -> existing.effectiveFrom().equals(rate.effectiveFrom()))) {
            throw new ConflictException("A pay rate already takes effect at " + rate.effectiveFrom() + ".");
        }
        apply(new PayRateSet(providerId, businessId, rate));
        return view();
    }

    @CommandHandler
    ProviderView handle(DeactivateProviderCommand command) {
        apply(new ProviderDeactivated(providerId, businessId));
        return view();
    }

    /**
     * Brings a deactivated provider back, OFFLINE: nobody is offered a job on its behalf until the provider says
     * it is available. Reactivating an active provider changes nothing, so a repeated request is harmless.
     */
    @CommandHandler
    ProviderView handle(ReactivateProviderCommand command) {
        if (active) {
            return view();
        }
        apply(new ProviderReactivated(providerId, businessId, deactivatedAt));
        if (status == ProviderStatus.BUSY) {
            if (chosenStatus != ProviderStatus.OFFLINE) {
                apply(new ProviderStatusChosen(providerId, businessId, ProviderStatus.OFFLINE));
            }
        } else if (status != ProviderStatus.OFFLINE) {
            apply(new ProviderStatusChanged(providerId, businessId, ProviderStatus.OFFLINE, status, null));
        }
        return view();
    }

    private static WeeklySchedule checkWeeklyHours(List<WeeklyHours> hours) {
        if (hours == null || hours.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("weeklyHours", "must be a list of working windows");
        }
        try {
            return new WeeklySchedule(hours);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("weeklyHours", e.getMessage());
        }
    }

    private static List<TimeOff> checkTimeOff(List<TimeOff> entries) {
        if (entries == null || entries.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("timeOff", "must be a list of periods");
        }
        var ids = new HashSet<UUID>();
        for (TimeOff entry : entries) {
            if (!ids.add(entry.id())) {
                throw new InvalidInputException("timeOff", "must not name the id " + entry.id() + " twice");
            }
            if (!entry.start().isBefore(entry.end())) {
                throw new InvalidInputException("timeOff", "each period must start before it ends");
            }
            if (entry.reason() != null && entry.reason().length() > ProviderRules.MAX_REASON_LENGTH) {
                throw new InvalidInputException(
                        "timeOff", "reasons must be at most " + ProviderRules.MAX_REASON_LENGTH + " characters");
            }
            TextInput.printable("timeOff", entry.reason());
        }
        var byStart =
                entries.stream().sorted(Comparator.comparing(TimeOff::start)).toList();
        for (int i = 1; i < byStart.size(); i++) {
            if (byStart.get(i - 1).range().overlaps(byStart.get(i).range())) {
                throw new InvalidInputException("timeOff", "periods must not overlap");
            }
        }
        return entries;
    }

    boolean belongsTo(BusinessId business) {
        return Objects.equals(businessId, business);
    }

    ProviderView view() {
        return new ProviderView(
                providerId.toString(),
                name,
                email,
                phone,
                bio,
                skills,
                home == null ? null : new GeoPointView(home.lat(), home.lng()),
                serviceRadiusKm,
                status.name(),
                active,
                currentPayRate(),
                AggregateLifecycle.getVersion(),
                createdAt,
                updatedAt);
    }

    ProviderSchedule schedule() {
        return new ProviderSchedule(active, status, weeklyHours, List.copyOf(timeOff.values()), payRates);
    }

    AvailabilityView availability() {
        return new AvailabilityView(
                status.name(),
                weeklyHours.hours().stream()
                        .map(window -> new WeeklyHoursView(
                                window.dayOfWeek().name(),
                                window.start().toString(),
                                window.end().toString()))
                        .toList(),
                timeOff.values().stream()
                        .sorted(Comparator.comparing(TimeOff::start))
                        .map(entry ->
                                new TimeOffView(entry.id().toString(), entry.start(), entry.end(), entry.reason()))
                        .toList());
    }

    /** The rate that applies from now on: the one taking effect last, even if that is still ahead. */
    private PayRateView currentPayRate() {
        List<PayRate> rates = payRates.rates();
        if (rates.isEmpty()) {
            return null;
        }
        PayRate latest = rates.getLast();
        return new PayRateView(latest.type().name(), latest.amount(), latest.effectiveFrom());
    }

    @EventSourcingHandler
    void on(ProviderRegistered event, @Timestamp Instant at) {
        providerId = event.providerId();
        businessId = event.businessId();
        name = event.name();
        email = event.email();
        phone = event.phone();
        bio = event.bio();
        skills = event.skills();
        home = event.home();
        serviceRadiusKm = event.serviceRadiusKm();
        status = ProviderStatus.AVAILABLE;
        chosenStatus = ProviderStatus.AVAILABLE;
        active = true;
        createdAt = at;
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(ProviderProfileUpdated event, @Timestamp Instant at) {
        name = event.name();
        phone = event.phone();
        bio = event.bio();
        skills = event.skills();
        home = event.home();
        serviceRadiusKm = event.serviceRadiusKm();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(ProviderStatusChanged event, @Timestamp Instant at) {
        status = event.status();
        currentBookingId = event.currentBookingId();
        if (event.status().isChoosable()) {
            chosenStatus = event.status();
        }
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(ProviderStatusChosen event, @Timestamp Instant at) {
        chosenStatus = event.status();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(WeeklyHoursSet event, @Timestamp Instant at) {
        weeklyHours = new WeeklySchedule(event.weeklyHours());
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(TimeOffAdded event, @Timestamp Instant at) {
        timeOff.put(event.timeOff().id(), event.timeOff());
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(TimeOffRemoved event, @Timestamp Instant at) {
        timeOff.remove(event.timeOffId());
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(PayRateSet event, @Timestamp Instant at) {
        payRates = payRates.with(event.payRate());
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(ProviderDeactivated event, @Timestamp Instant at) {
        active = false;
        deactivatedAt = at;
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(ProviderReactivated event, @Timestamp Instant at) {
        active = true;
        deactivatedAt = null;
        updatedAt = at;
    }
}
