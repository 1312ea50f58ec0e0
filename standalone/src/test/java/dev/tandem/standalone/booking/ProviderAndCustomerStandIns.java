package dev.tandem.standalone.booking;

import dev.tandem.api.customer.CreateCustomerCommand;
import dev.tandem.api.customer.CustomerCreated;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.command.provider.ProviderSchedule;
import dev.tandem.command.provider.ProviderSchedules;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateHistory;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.kernel.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stand-ins for the Provider and Customer aggregates, which are built on another branch: the providers'
 * schedules the booking rules read, and a handler for {@link CreateCustomerCommand} that stores the
 * customer's event as the Customer aggregate would. Imported only by the booking and earnings HTTP tests.
 * Once the provider branch is merged, {@link Bookings} creates providers through {@code POST
 * /api/admin/providers} and this class goes away.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProviderAndCustomerStandIns {

    @Bean
    @Primary
    TestProviders testProviders() {
        return new TestProviders();
    }

    @Bean
    TestCustomers testCustomers(EventStore events) {
        return new TestCustomers(events);
    }

    /** Providers working 06:00–22:00 every day, in memory. */
    public static class TestProviders implements ProviderSchedules {

        private static final WeeklySchedule EVERY_DAY = new WeeklySchedule(Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyHours(day, LocalTime.of(6, 0), LocalTime.of(22, 0)))
                .toList());

        private record Entry(BusinessId businessId, ProviderSchedule schedule) {}

        private final Map<ProviderId, Entry> providers = new ConcurrentHashMap<>();

        public void register(BusinessId businessId, ProviderId providerId, PayRate... rates) {
            providers.put(
                    providerId,
                    new Entry(
                            businessId,
                            new ProviderSchedule(
                                    true,
                                    ProviderStatus.AVAILABLE,
                                    EVERY_DAY,
                                    List.of(),
                                    new PayRateHistory(List.of(rates)))));
        }

        @Override
        public ProviderSchedule scheduleOf(BusinessId businessId, ProviderId providerId) {
            Entry entry = providers.get(providerId);
            if (entry == null || !entry.businessId().equals(businessId)) {
                throw new NotFoundException("No such provider.");
            }
            return entry.schedule();
        }
    }

    /** Stores CustomerCreated as the first event of a customer, in the command's unit of work. */
    static class TestCustomers {

        private final EventStore events;

        TestCustomers(EventStore events) {
            this.events = events;
        }

        @CommandHandler
        void handle(CreateCustomerCommand command) {
            events.publish(new GenericDomainEventMessage<>(
                    "Customer",
                    command.customerId().toString(),
                    0,
                    new CustomerCreated(
                            command.customerId(),
                            command.businessId(),
                            command.name(),
                            command.email(),
                            command.phone(),
                            command.address(),
                            command.location())));
        }
    }
}
