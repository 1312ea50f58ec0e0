package dev.tandem.command.booking;

import dev.tandem.command.business.BusinessLookup;
import dev.tandem.command.business.BusinessTimeZones;
import dev.tandem.command.provider.ProviderSchedules;
import dev.tandem.platform.faults.DeadLetterExclusion;
import dev.tandem.platform.tenancy.NoTenantNeeded;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    @Bean(BookingTargets.BEAN_NAME)
    CommandTargetResolver bookingTargets() {
        return new BookingTargets();
    }

    /**
     * Axon takes a lone CommandTargetResolver bean as every aggregate's default, which would make the other
     * aggregates skip their version checks too; this keeps Axon's own default for them.
     */
    @Bean
    @Primary
    CommandTargetResolver defaultCommandTargetResolver() {
        return AnnotationCommandTargetResolver.builder().build();
    }

    /**
     * The status policy runs in the thread and transaction of the booking change that triggers it, and its
     * failure propagates (Axon would log it and go on), so a start the provider refuses is not stored either.
     */
    @Bean
    ConfigurerModule providerStatusPolicyInTheSameTransaction() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(ProviderStatusPolicy.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        ProviderStatusPolicy.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    /** Its failure refuses the booking change that triggered it, which is what the caller then hears of. */
    @Bean
    DeadLetterExclusion providerStatusPolicyRefusesTheCommand() {
        return new DeadLetterExclusion(
                ProviderStatusPolicy.PROCESSING_GROUP, "runs in the command's transaction: a failure refuses it");
    }

    /**
     * It sends commands only, in the transaction of the booking change, and the command side's tables are not
     * tenant-scoped: without this, every event of every write entered a tenant on the request's own path.
     */
    @Bean
    NoTenantNeeded providerStatusPolicySendsCommandsOnly() {
        return new NoTenantNeeded(ProviderStatusPolicy.PROCESSING_GROUP, "sends commands, which need no tenant");
    }

    @Bean
    BusinessTimeZones businessTimeZones(BusinessLookup businesses) {
        return businesses::timeZoneOf;
    }

    /**
     * The provider's schedules are looked up when a booking needs them, not when the context starts: the
     * Provider aggregate that serves them is its own capability and may be wired separately.
     */
    @Bean
    BookableProviders bookableProviders(ObjectProvider<ProviderSchedules> schedules, BusinessTimeZones timeZones) {
        ProviderSchedules lookup =
                (businessId, providerId) -> schedules.getObject().scheduleOf(businessId, providerId);
        return new BookableProviders(lookup, timeZones);
    }

    @Bean
    BookingScheduling bookingScheduling(
            Repository<Booking> bookingRepository,
            BookableProviders providers,
            BookedSlots slots,
            CustomerDirectory customers,
            Clock clock) {
        return new BookingScheduling(bookingRepository, providers, slots, customers, clock);
    }
}
