package dev.tandem.command.provider;

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
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import dev.tandem.kernel.WeeklyHours;
import java.util.List;
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

    private final CommandGateway commands;
    private final AccountService accounts;
    private final ProviderLookup providers;

    ProviderAdministration(CommandGateway commands, AccountService accounts, ProviderLookup providers) {
        this.commands = commands;
        this.accounts = accounts;
        this.providers = providers;
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
}
