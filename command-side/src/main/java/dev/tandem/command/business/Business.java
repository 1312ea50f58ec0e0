package dev.tandem.command.business;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.tandem.api.assignment.AssignmentPolicyChanged;
import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.AssignmentWeights;
import dev.tandem.api.assignment.ChangeAssignmentPolicyCommand;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.business.BusinessView;
import dev.tandem.api.business.ChangeBusinessSettingsCommand;
import dev.tandem.api.business.RegisterBusinessCommand;
import dev.tandem.api.catalogue.AddServiceCommand;
import dev.tandem.api.catalogue.ChangeServiceCommand;
import dev.tandem.api.catalogue.RemoveServiceCommand;
import dev.tandem.api.catalogue.ServiceAdded;
import dev.tandem.api.catalogue.ServiceChanged;
import dev.tandem.api.catalogue.ServiceRemoved;
import dev.tandem.api.catalogue.ServiceView;
import dev.tandem.api.payroll.ClosePayPeriodCommand;
import dev.tandem.api.payroll.PayPeriodClosed;
import dev.tandem.api.payroll.PayScheduleSet;
import dev.tandem.api.payroll.SetPayScheduleCommand;
import dev.tandem.kernel.BusinessId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A business: the tenant everything else belongs to, with the settings its money and times follow, how it
 * assigns its bookings, its catalogue of services and its pay periods.
 */
@Aggregate(cache = "businessCache")
class Business {

    @AggregateIdentifier
    private BusinessId businessId;

    private String name;
    private String timeZone;
    private String currency;
    private String locale;
    private Instant createdAt;
    private Instant updatedAt;
    private AssignmentWeights assignmentWeights = AssignmentWeights.DEFAULTS;
    private Integer offerTimeoutMinutes;
    private final ServiceCatalogue catalogue = new ServiceCatalogue();
    private final PayPeriods payPeriods = new PayPeriods();

    protected Business() {
        // for Axon
    }

    @CommandHandler
    Business(RegisterBusinessCommand command) {
        apply(new BusinessRegistered(
                command.businessId(),
                BusinessSettings.checkName(command.name()),
                BusinessSettings.checkTimeZone(command.timeZone()),
                BusinessSettings.checkCurrency(command.currency())));
    }

    /** Answers with the business as it is afterwards; a change that changes nothing stores no event. */
    @CommandHandler
    BusinessView handle(ChangeBusinessSettingsCommand command) {
        String newName = command.name() == null ? name : BusinessSettings.checkName(command.name());
        String newTimeZone = command.timeZone() == null ? timeZone : BusinessSettings.checkTimeZone(command.timeZone());
        String newCurrency = command.currency() == null ? currency : BusinessSettings.checkCurrency(command.currency());
        String newLocale = command.locale() == null ? locale : BusinessSettings.checkLocale(command.locale());
        if (!Objects.equals(newName, name)
                || !newTimeZone.equals(timeZone)
                || !newCurrency.equals(currency)
                || !Objects.equals(newLocale, locale)) {
            apply(new BusinessSettingsChanged(businessId, newName, newTimeZone, newCurrency, newLocale));
        }
        return view();
    }

    /** Answers with the policy as it is afterwards; the same weights again store no event. */
    @CommandHandler
    AssignmentPolicyView handle(ChangeAssignmentPolicyCommand command) {
        AssignmentWeights weights = AssignmentPolicy.check(command.weights());
        Integer timeout = offerTimeoutMinutes;
        if (command.offerTimeoutMinutes() != null) {
            timeout = AssignmentPolicy.checkOfferTimeout(command.offerTimeoutMinutes());
        }
        if (!weights.equals(assignmentWeights) || !Objects.equals(timeout, offerTimeoutMinutes)) {
            apply(new AssignmentPolicyChanged(businessId, weights, timeout));
        }
        return AssignmentPolicyView.of(assignmentWeights, offerTimeoutMinutes, AggregateLifecycle.getVersion());
    }

    @CommandHandler
    ServiceView handle(AddServiceCommand command) {
        apply(catalogue.add(businessId, command));
        return catalogue.view(command.serviceId());
    }

    /** Answers with the service as it is afterwards; a change that changes nothing stores no event. */
    @CommandHandler
    ServiceView handle(ChangeServiceCommand command) {
        catalogue.change(businessId, command).ifPresent(AggregateLifecycle::apply);
        return catalogue.view(command.serviceId());
    }

    @CommandHandler
    void handle(RemoveServiceCommand command) {
        apply(catalogue.remove(businessId, command.serviceId()));
    }

    @CommandHandler
    void handle(SetPayScheduleCommand command) {
        payPeriods.set(businessId, command.frequency(), command.anchorDate()).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(ClosePayPeriodCommand command, Clock clock) {
        apply(payPeriods.close(
                businessId, command.start(), LocalDate.now(clock.withZone(ZoneId.of(timeZone))), clock.instant()));
    }

    ServiceView service(java.util.UUID serviceId) {
        return catalogue.view(serviceId);
    }

    /** The catalogue's name for a new booking's service (see {@link ServiceCatalogue#bookable}). */
    String bookableService(String service) {
        return catalogue.bookable(service);
    }

    BusinessView view() {
        return new BusinessView(
                businessId.toString(),
                name,
                timeZone,
                currency,
                locale,
                AggregateLifecycle.getVersion(),
                createdAt,
                updatedAt);
    }

    @EventSourcingHandler
    void on(BusinessRegistered event, @Timestamp Instant at) {
        businessId = event.businessId();
        name = event.name();
        timeZone = event.timeZone();
        currency = event.currency();
        createdAt = at;
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(BusinessSettingsChanged event, @Timestamp Instant at) {
        name = event.name();
        timeZone = event.timeZone();
        currency = event.currency();
        locale = event.locale();
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(ServiceAdded event) {
        catalogue.on(event);
    }

    @EventSourcingHandler
    void on(ServiceChanged event) {
        catalogue.on(event);
    }

    @EventSourcingHandler
    void on(ServiceRemoved event) {
        catalogue.on(event);
    }

    @EventSourcingHandler
    void on(PayScheduleSet event) {
        payPeriods.on(event);
    }

    @EventSourcingHandler
    void on(PayPeriodClosed event) {
        payPeriods.on(event);
    }

    @EventSourcingHandler
    void on(AssignmentPolicyChanged event) {
        assignmentWeights = event.weights();
        offerTimeoutMinutes = event.offerTimeoutMinutes();
    }
}
