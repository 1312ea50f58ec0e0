package dev.tandem.command.business;

import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.payroll.ClosePayPeriodCommand;
import dev.tandem.api.payroll.FindPayPeriodsQuery;
import dev.tandem.api.payroll.PayPeriodView;
import dev.tandem.api.payroll.PayScheduleView;
import dev.tandem.api.payroll.SetPayScheduleCommand;
import dev.tandem.kernel.PayFrequency;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An admin sets how earnings are grouped into pay periods, and closes a period once it is paid (docs/payroll.md). */
@RestController
class PayrollController {

    record PayScheduleRequest(
            @NotNull PayFrequency frequency, @NotNull LocalDate anchorDate) {}

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ProjectionBarrier projections;

    PayrollController(CommandGateway commands, QueryGateway queries, ProjectionBarrier projections) {
        this.commands = commands;
        this.queries = queries;
        this.projections = projections;
    }

    @PutMapping("/api/admin/pay-schedule")
    PayScheduleView setSchedule(@Valid @RequestBody PayScheduleRequest request, Caller caller) {
        commands.sendAndWait(new SetPayScheduleCommand(caller.businessId(), request.frequency(), request.anchorDate()));
        projections.awaitAggregates(caller.businessId().toString());
        return new PayScheduleView(request.frequency().name(), request.anchorDate(), true);
    }

    /** Answers the period as it now stands, closed. */
    @PostMapping("/api/admin/pay-periods/{start}/close")
    PayPeriodView close(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start, Caller caller) {
        commands.sendAndWait(new ClosePayPeriodCommand(caller.businessId(), start));
        projections.awaitAggregates(caller.businessId().toString());
        return queries
                .query(
                        new FindPayPeriodsQuery(caller.businessId(), start, start),
                        ResponseTypes.multipleInstancesOf(PayPeriodView.class))
                .join()
                .stream()
                .filter(period -> period.start().equals(start))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such pay period."));
    }
}
