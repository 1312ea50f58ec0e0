package dev.tandem.command.customer;

import static org.axonframework.test.matchers.Matchers.predicate;

import dev.tandem.api.customer.CreateCustomerCommand;
import dev.tandem.api.customer.CustomerCreated;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerTests {

    private static final CustomerId ID = CustomerId.newId();
    private static final BusinessId BUSINESS = BusinessId.newId();
    private static final GeoPoint HOME = new GeoPoint(48.85, 2.35);

    private AggregateTestFixture<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    @Test
    void creatingACustomerRecordsItTrimmed() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(
                        ID, BUSINESS, " Ann Lee ", " ann@example.com ", " +33 6 12 ", " 1 Rue de Rivoli ", HOME))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CustomerCreated(
                        ID, BUSINESS, "Ann Lee", "ann@example.com", "+33 6 12", "1 Rue de Rivoli", HOME));
    }

    @Test
    void emailAndPhoneAreOptional() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(ID, BUSINESS, "Ann", null, " ", "1 Rue de Rivoli", HOME))
                .expectEvents(new CustomerCreated(ID, BUSINESS, "Ann", null, null, "1 Rue de Rivoli", HOME));
    }

    @Test
    void aCustomerNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(ID, BUSINESS, " ", null, null, "1 Rue de Rivoli", HOME))
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    @Test
    void aCustomerNeedsAnAddress() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(ID, BUSINESS, "Ann", null, null, null, HOME))
                .expectException(invalid("address"))
                .expectNoEvents();
    }

    @Test
    void aCustomerNeedsALocation() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(ID, BUSINESS, "Ann", null, null, "1 Rue de Rivoli", null))
                .expectException(invalid("lat"))
                .expectNoEvents();
    }

    @Test
    void anInvalidEmailIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(ID, BUSINESS, "Ann", "ann-at-home", null, "1 Rue de Rivoli", HOME))
                .expectException(invalid("email"))
                .expectNoEvents();
    }

    @Test
    void anOverlongNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateCustomerCommand(ID, BUSINESS, "x".repeat(121), null, null, "1 Rue", HOME))
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    private static Matcher<?> invalid(String field) {
        return predicate((Object e) ->
                e instanceof InvalidInputException invalid && invalid.field().equals(field));
    }
}
