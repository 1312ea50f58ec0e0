package dev.tandem.command.business;

import dev.tandem.api.catalogue.AddServiceCommand;
import dev.tandem.api.catalogue.ChangeServiceCommand;
import dev.tandem.api.catalogue.RemoveServiceCommand;
import dev.tandem.api.catalogue.ServiceView;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.Owned;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An admin keeps its business's service catalogue: what it sells, for how long and at what price. */
@RestController
class ServiceCatalogueController {

    private final CommandGateway commands;
    private final ProjectionBarrier projections;

    ServiceCatalogueController(CommandGateway commands, ProjectionBarrier projections) {
        this.commands = commands;
        this.projections = projections;
    }

    /** A new service; on PUT, every field left out stays as it is. */
    record ServiceRequest(String name, Integer defaultDurationMinutes, Long defaultPriceCents, String skill) {}

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/admin/services")
    ResponseEntity<ServiceView> add(@RequestBody ServiceRequest request, Caller caller) {
        UUID serviceId = UUID.randomUUID();
        ServiceView service = commands.sendAndWait(new AddServiceCommand(
                caller.businessId(),
                serviceId,
                request.name(),
                request.defaultDurationMinutes(),
                request.defaultPriceCents(),
                request.skill()));
        projections.awaitAggregates(caller.businessId().toString());
        return ResponseEntity.created(URI.create("/api/admin/services/" + serviceId))
                .body(service);
    }

    @PutMapping("/api/admin/services/{id}")
    ServiceView change(
            @PathVariable @Owned(CatalogueServiceOwnership.class) String id,
            @RequestBody ServiceRequest request,
            Caller caller) {
        ServiceView service = commands.sendAndWait(new ChangeServiceCommand(
                caller.businessId(),
                serviceId(id),
                request.name(),
                request.defaultDurationMinutes(),
                request.defaultPriceCents(),
                request.skill()));
        projections.awaitAggregates(caller.businessId().toString());
        return service;
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/admin/services/{id}")
    ResponseEntity<Void> remove(@PathVariable @Owned(CatalogueServiceOwnership.class) String id, Caller caller) {
        commands.sendAndWait(new RemoveServiceCommand(caller.businessId(), serviceId(id)));
        projections.awaitAggregates(caller.businessId().toString());
        return ResponseEntity.noContent().build();
    }

    /** An id that is not even a UUID names no service. */
    private static UUID serviceId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No such service.");
        }
    }
}
