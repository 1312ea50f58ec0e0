package dev.tandem.command.provider;

import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.UpdateProviderProfileCommand;
import dev.tandem.command.provider.ProviderRequests.HomeRequest;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.IfMatch;
import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A provider runs its own day: status, working hours, time off and profile. It always acts on its own
 * provider, named by its token; its pay rate, email, role and business are not fields here.
 */
@RestController
@RequestMapping("/api/provider")
class ProviderSelfController {

    private final ProviderAdministration administration;
    private final CommandGateway commands;
    private final ProjectionBarrier projections;

    ProviderSelfController(
            ProviderAdministration administration, CommandGateway commands, ProjectionBarrier projections) {
        this.administration = administration;
        this.commands = commands;
        this.projections = projections;
    }

    record ProfileRequest(
            String name,
            String phone,
            String bio,
            List<String> skills,
            @Valid HomeRequest home,
            Integer serviceRadiusKm,
            Long expectedVersion) {}

    @PostMapping("/availability")
    AvailabilityView changeAvailability(@RequestBody AvailabilityRequest request, Caller caller) {
        var providerId = ownProvider(caller);
        AvailabilityView availability = administration.changeAvailability(caller.businessId(), providerId, request);
        projections.awaitAggregates(providerId.toString());
        return availability;
    }

    @PutMapping("/profile")
    ResponseEntity<ProviderView> changeProfile(
            @Valid @RequestBody ProfileRequest request, IfMatch ifMatch, Caller caller) {
        var providerId = ownProvider(caller);
        ProviderView provider = commands.sendAndWait(new UpdateProviderProfileCommand(
                providerId,
                caller.businessId(),
                request.name(),
                request.phone(),
                request.bio(),
                request.skills(),
                ProviderRequests.geoPointOrNull(request.home(), "home"),
                request.serviceRadiusKm(),
                ifMatch.orElse(request.expectedVersion())));
        projections.awaitAggregates(provider.id());
        return ResponseEntity.ok().eTag(Long.toString(provider.version())).body(provider);
    }

    private static ProviderId ownProvider(Caller caller) {
        return caller.providerId().orElseThrow(() -> new NotFoundException("No such provider."));
    }
}
