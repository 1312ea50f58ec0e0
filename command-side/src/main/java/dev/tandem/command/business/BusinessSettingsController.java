package dev.tandem.command.business;

import dev.tandem.api.business.BusinessView;
import dev.tandem.api.business.ChangeBusinessSettingsCommand;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An admin changes its own business's settings; the business is always the caller's. */
@RestController
@RequestMapping("/api/admin/business")
class BusinessSettingsController {

    private final CommandGateway commands;
    private final ProjectionBarrier projections;

    BusinessSettingsController(CommandGateway commands, ProjectionBarrier projections) {
        this.commands = commands;
        this.projections = projections;
    }

    record ChangeSettingsRequest(
            @Size(max = BusinessSettings.MAX_NAME_LENGTH) String name,
            String timeZone,
            String currency,
            @Size(max = BusinessSettings.MAX_LOCALE_LENGTH) String locale,
            Long expectedVersion) {}

    @PutMapping
    ResponseEntity<BusinessView> change(
            @Valid @RequestBody ChangeSettingsRequest request, IfMatch ifMatch, Caller caller) {
        BusinessView business = commands.sendAndWait(new ChangeBusinessSettingsCommand(
                caller.businessId(),
                request.name(),
                request.timeZone(),
                request.currency(),
                request.locale(),
                ifMatch.orElse(request.expectedVersion())));
        projections.awaitAggregates(business.id());
        return ResponseEntity.ok().eTag(Long.toString(business.version())).body(business);
    }
}
