package dev.tandem.command.business;

import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.AssignmentWeights;
import dev.tandem.api.assignment.ChangeAssignmentPolicyCommand;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An admin sets the weights auto-assignment ranks its providers by (docs/ranking.md) and how long offers stay open. */
@RestController
@RequestMapping("/api/admin/assignment-policy")
class AssignmentPolicyController {

    private final CommandGateway commands;
    private final ProjectionBarrier projections;

    AssignmentPolicyController(CommandGateway commands, ProjectionBarrier projections) {
        this.commands = commands;
        this.projections = projections;
    }

    /** Every weight is required: a PUT sets all of them; an offer timeout left out stays as it is. */
    record ChangePolicyRequest(
            @NotNull @DecimalMin("0") @DecimalMax("100") Double distance,
            @NotNull @DecimalMin("0") @DecimalMax("100") Double workload,
            @NotNull @DecimalMin("0") @DecimalMax("100") Double rating,
            @NotNull @DecimalMin("0") @DecimalMax("100") Double completion,

            @Min(1) @Max(AssignmentPolicy.MAX_OFFER_TIMEOUT_MINUTES)
            Integer offerTimeoutMinutes,

            Long expectedVersion) {}

    @PutMapping
    ResponseEntity<AssignmentPolicyView> change(
            @Valid @RequestBody ChangePolicyRequest request, IfMatch ifMatch, Caller caller) {
        var weights =
                new AssignmentWeights(request.distance(), request.workload(), request.rating(), request.completion());
        if (weights.total() <= 0) {
            throw new InvalidInputException("weights", "must not all be 0: at least one factor has to count");
        }
        AssignmentPolicyView policy = commands.sendAndWait(new ChangeAssignmentPolicyCommand(
                caller.businessId(),
                weights,
                request.offerTimeoutMinutes(),
                ifMatch.orElse(request.expectedVersion())));
        projections.awaitAggregates(caller.businessId().toString());
        return ResponseEntity.ok().eTag(Long.toString(policy.version())).body(policy);
    }
}
