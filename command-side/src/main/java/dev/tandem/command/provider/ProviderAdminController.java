package dev.tandem.command.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.PayRateView;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.RegisterProviderCommand;
import dev.tandem.api.provider.SetPayRateCommand;
import dev.tandem.api.provider.UpdateProviderProfileCommand;
import dev.tandem.command.account.AccountService;
import dev.tandem.command.provider.ProviderRequests.HomeRequest;
import dev.tandem.command.provider.ProviderRequests.PayRateRequest;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.IfMatch;
import dev.tandem.platform.web.Owned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An admin registers, changes, pays and retires the providers of its own business. */
@RestController
@RequestMapping("/api/admin/providers")
class ProviderAdminController {

    private final ProviderAdministration administration;
    private final CommandGateway commands;
    private final ProjectionBarrier projections;
    private final Clock clock;

    ProviderAdminController(
            ProviderAdministration administration,
            CommandGateway commands,
            ProjectionBarrier projections,
            Clock clock) {
        this.administration = administration;
        this.commands = commands;
        this.projections = projections;
        this.clock = clock;
    }

    record RegisterRequest(
            @NotBlank String name,
            @NotBlank String email,
            String phone,
            String bio,
            @NotNull List<String> skills,
            @Valid HomeRequest home,
            Integer serviceRadiusKm,
            @Valid PayRateRequest payRate,
            String password) {}

    /** Email and password are the provider's login, which this endpoint does not change. */
    record ChangeRequest(
            String name,
            String email,
            String phone,
            String bio,
            List<String> skills,
            @Valid HomeRequest home,
            Integer serviceRadiusKm,
            @Valid PayRateRequest payRate,
            String password,
            Long expectedVersion) {}

    record NewPayRateRequest(
            @NotNull UUID providerId,
            @NotNull PayRateType type,
            @NotNull @PositiveOrZero Long amount,
            Instant effectiveFrom) {}

    /** The provider, plus the invitation token when the admin gave no password. */
    record RegisteredResponse(
            @JsonUnwrapped ProviderView provider,
            @JsonInclude(JsonInclude.Include.NON_NULL) String inviteToken) {}

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<RegisteredResponse> register(@Valid @RequestBody RegisterRequest request, Caller caller) {
        var providerId = ProviderId.newId();
        var registered = administration.register(
                new RegisterProviderCommand(
                        providerId,
                        caller.businessId(),
                        request.name(),
                        request.email(),
                        request.phone(),
                        request.skills(),
                        ProviderRequests.geoPointOrNull(request.home(), "home"),
                        request.serviceRadiusKm(),
                        request.bio(),
                        request.payRate() == null ? null : request.payRate().from(clock.instant(), "payRate")),
                request.password());
        projections.awaitAggregates(providerId.toString());
        return ResponseEntity.created(URI.create("/api/admin/providers/" + providerId))
                .eTag(Long.toString(registered.provider().version()))
                .body(new RegisteredResponse(registered.provider(), registered.inviteToken()));
    }

    @PutMapping("/{id}")
    ResponseEntity<ProviderView> change(
            @PathVariable @Owned(ProviderLookup.class) String id,
            @Valid @RequestBody ChangeRequest request,
            IfMatch ifMatch,
            Caller caller) {
        if (request.email() != null) {
            throw new InvalidInputException("email", "is the provider's login and cannot be changed here");
        }
        if (request.password() != null) {
            throw new InvalidInputException("password", "is set by the provider itself");
        }
        var providerId = ProviderRequests.providerId(id);
        PayRate payRate = request.payRate() == null ? null : request.payRate().from(clock.instant(), "payRate");
        ProviderView provider = administration.change(
                new UpdateProviderProfileCommand(
                        providerId,
                        caller.businessId(),
                        request.name(),
                        request.phone(),
                        request.bio(),
                        request.skills(),
                        ProviderRequests.geoPointOrNull(request.home(), "home"),
                        request.serviceRadiusKm(),
                        ifMatch.orElse(request.expectedVersion())),
                payRate);
        projections.awaitAggregates(provider.id());
        return ResponseEntity.ok().eTag(Long.toString(provider.version())).body(provider);
    }

    /** Deactivates: the history stays, the provider can no longer sign in or be assigned. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> deactivate(@PathVariable @Owned(ProviderLookup.class) String id, Caller caller) {
        var providerId = ProviderRequests.providerId(id);
        administration.deactivate(caller.businessId(), providerId);
        projections.awaitAggregates(providerId.toString());
        return ResponseEntity.noContent().build();
    }

    /**
     * An admin sets a provider's status, working hours or time off, as the provider would: a provider invited
     * without hours cannot be booked until someone gives it some.
     */
    @PutMapping("/{id}/availability")
    AvailabilityView changeAvailability(
            @PathVariable @Owned(ProviderLookup.class) String id,
            @RequestBody AvailabilityRequest request,
            Caller caller) {
        var providerId = ProviderRequests.providerId(id);
        AvailabilityView availability = administration.changeAvailability(caller.businessId(), providerId, request);
        projections.awaitAggregates(providerId.toString());
        return availability;
    }

    /** Brings a deactivated provider back, OFFLINE until it says it is available; its history is unchanged. */
    @PostMapping("/{id}/reactivate")
    ResponseEntity<ProviderView> reactivate(@PathVariable @Owned(ProviderLookup.class) String id, Caller caller) {
        var providerId = ProviderRequests.providerId(id);
        ProviderView provider = administration.reactivate(caller.businessId(), providerId);
        projections.awaitAggregates(providerId.toString());
        return ResponseEntity.ok().eTag(Long.toString(provider.version())).body(provider);
    }

    /**
     * A new invitation (a forgotten password): the admin passes its token to the provider, who sets a new
     * password with it; the provider's earlier invitations stop working, its sessions when it accepts.
     */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/invite")
    ResponseEntity<AccountService.Invitation> reinvite(
            @PathVariable @Owned(ProviderLookup.class) String id, Caller caller) {
        var invitation = administration.reinvite(caller.businessId(), ProviderRequests.providerId(id));
        return ResponseEntity.status(HttpStatus.CREATED).body(invitation);
    }

    /** Adds a pay rate from {@code effectiveFrom} (default now) on; earlier rates stay for history. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/legacy")
    ResponseEntity<PayRateView> setPayRate(@Valid @RequestBody NewPayRateRequest request, Caller caller) {
        var providerId = new ProviderId(request.providerId());
        PayRate rate = ProviderRequests.payRate(
                request.type(),
                request.amount(),
                request.effectiveFrom() == null ? clock.instant() : request.effectiveFrom(),
                "amount");
        commands.sendAndWait(new SetPayRateCommand(providerId, caller.businessId(), rate));
        projections.awaitAggregates(providerId.toString());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new PayRateView(rate.type().name(), rate.amount(), rate.effectiveFrom()));
    }
}
