package dev.tandem.command.provider;

import dev.tandem.api.booking.DeclineBookingCommand;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.ChangeProviderStatusCommand;
import dev.tandem.api.provider.DeactivateProviderCommand;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.ReactivateProviderCommand;
import dev.tandem.api.provider.RegisterProviderCommand;
import dev.tandem.api.provider.SetPayRateCommand;
import dev.tandem.api.provider.SetTimeOffCommand;
import dev.tandem.api.provider.SetWeeklyHoursCommand;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.api.provider.UpdateProviderProfileCommand;
import dev.tandem.command.account.AccountService;
import dev.tandem.command.business.BusinessTimeZones;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.kernel.WeeklySchedule;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes that take more than one step, each in one transaction: the events the commands store and the
 * account rows commit together or not at all. Callers wait for the projections after it returns, once the
 * transaction has committed.
 */
@Service
class ProviderAdministration {

    /** Why a job was given back, as the admins' notification and the history quote it. */
    static final String RELEASED = "given back: the new hours or time off no longer cover it";

    private final CommandGateway commands;
    private final AccountService accounts;
    private final ProviderLookup providers;
    private final HeldJobs heldJobs;
    private final BusinessTimeZones zones;
    private final Clock clock;

    ProviderAdministration(
            CommandGateway commands,
            AccountService accounts,
            ProviderLookup providers,
            HeldJobs heldJobs,
            BusinessTimeZones zones,
            Clock clock) {
        this.commands = commands;
        this.accounts = accounts;
        this.providers = providers;
        this.heldJobs = heldJobs;
        this.zones = zones;
        this.clock = clock;
    }

    /** The new provider, and the invitation token when no password was given. */
    record Registered(ProviderView provider, String inviteToken) {}

    /** A taken email fails in the account step, so no provider is stored for it. */
    @Transactional
    Registered register(RegisterProviderCommand command, String password) {
        String inviteToken = null;
        if (password == null) {
            inviteToken = accounts.invite(
                    command.businessId(), Role.PROVIDER, command.providerId(), command.email(), command.name());
        } else {
            accounts.registerProvider(
                    command.businessId(), command.providerId(), command.email(), command.name(), password);
        }
        ProviderView provider = commands.sendAndWait(command);
        return new Registered(provider, inviteToken);
    }

    /**
     * The profile command goes first even when only the pay rate changes: it carries the expected version,
     * so a stale write is refused before anything is stored.
     */
    @Transactional
    ProviderView change(UpdateProviderProfileCommand profile, PayRate payRate) {
        ProviderView provider = commands.sendAndWait(profile);
        if (payRate != null) {
            provider = commands.sendAndWait(new SetPayRateCommand(profile.providerId(), profile.businessId(), payRate));
        }
        return provider;
    }

    @Transactional
    void deactivate(BusinessId businessId, ProviderId providerId) {
        commands.sendAndWait(new DeactivateProviderCommand(providerId, businessId));
        accounts.deactivateProvider(businessId, providerId);
    }

    /** The provider and its account come back together; its sessions ended at the deactivation stay ended. */
    @Transactional
    ProviderView reactivate(BusinessId businessId, ProviderId providerId) {
        ProviderView provider = commands.sendAndWait(new ReactivateProviderCommand(providerId, businessId));
        accounts.reactivateProvider(businessId, providerId);
        return provider;
    }

    /** A new invitation to set a password, for a provider who forgot it; the earlier ones stop working. */
    AccountService.Invitation reinvite(BusinessId businessId, ProviderId providerId) {
        return accounts.reinvite(businessId, providerId);
    }

    /**
     * Each part that is given replaces what was there, whoever sends it (the provider or its admin); the answer
     * is the whole availability afterwards.
     */
    @Transactional
    AvailabilityView changeAvailability(BusinessId businessId, ProviderId providerId, AvailabilityRequest request) {
        List<WeeklyHours> weeklyHours = request.weeklyHoursOrNull();
        List<TimeOff> timeOff = request.timeOffOrNull();
        if (request.releasesJobs()) {
            releaseJobsLeftUncovered(businessId, providerId, weeklyHours, timeOff);
        }
        if (request.status() != null) {
            commands.sendAndWait(new ChangeProviderStatusCommand(providerId, businessId, request.status()));
        }
        if (weeklyHours != null) {
            commands.sendAndWait(new SetWeeklyHoursCommand(providerId, businessId, weeklyHours));
        }
        if (timeOff != null) {
            commands.sendAndWait(new SetTimeOffCommand(providerId, businessId, timeOff));
        }
        return providers.availabilityOf(businessId, providerId);
    }

    /**
     * Gives back, in the same transaction as the change, the jobs it would leave uncovered: each is declined for
     * its provider, which tells the admins and has auto-assignment look for someone else. A job under way cannot
     * be given back, and then nothing changes.
     */
    private void releaseJobsLeftUncovered(
            BusinessId businessId, ProviderId providerId, List<WeeklyHours> weeklyHours, List<TimeOff> timeOff) {
        ProviderSchedule schedule = providers.scheduleOf(businessId, providerId);
        List<HeldJobs.Job> held = heldJobs.heldBy(providerId, clock.instant());
        var uncovered = new LinkedHashSet<HeldJobs.Job>();
        if (weeklyHours != null) {
            newSchedule(weeklyHours)
                    .ifPresent(after -> uncovered.addAll(
                            UncoveredJobs.byNewHours(held, schedule.weeklyHours(), after, zones.of(businessId))));
        }
        if (timeOff != null) {
            var current = new LinkedHashMap<UUID, TimeOff>();
            schedule.timeOff().forEach(entry -> current.put(entry.id(), entry));
            uncovered.addAll(UncoveredJobs.byTimeOff(held, UncoveredJobs.changedTimeOff(timeOff, current)));
        }
        for (HeldJobs.Job job : uncovered) {
            commands.sendAndWait(new DeclineBookingCommand(job.bookingId(), businessId, providerId, RELEASED, null));
        }
    }

    /** Hours the aggregate will refuse release nothing: the change itself then answers why. */
    private static Optional<WeeklySchedule> newSchedule(List<WeeklyHours> weeklyHours) {
        try {
            return Optional.of(new WeeklySchedule(weeklyHours));
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }
}
