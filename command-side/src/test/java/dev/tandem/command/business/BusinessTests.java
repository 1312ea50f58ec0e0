package dev.tandem.command.business;

import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.business.ChangeBusinessSettingsCommand;
import dev.tandem.api.business.RegisterBusinessCommand;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.kernel.BusinessId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BusinessTests {

    private static final BusinessId ID = BusinessId.newId();

    private AggregateTestFixture<Business> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Business.class);
    }

    @Test
    void registeringABusinessRecordsItsSettings() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBusinessCommand(ID, "  Sparkle  ", "Europe/Paris", "eur"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"));
    }

    @Test
    void aBusinessNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBusinessCommand(ID, " ", "Europe/Paris", "EUR"))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void aFixedOffsetIsNotATimeZone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBusinessCommand(ID, "Sparkle", "+02:00", "EUR"))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must be an IANA time zone such as Europe/Paris")
                .expectNoEvents();
    }

    @Test
    void anUnknownCurrencyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBusinessCommand(ID, "Sparkle", "Europe/Paris", "XYZ1"))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void changingSettingsKeepsWhatWasNotMentioned() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeBusinessSettingsCommand(ID, null, "Europe/Berlin", null, null))
                .expectEvents(new BusinessSettingsChanged(ID, "Sparkle", "Europe/Berlin", "EUR"));
    }

    @Test
    void aChangeThatChangesNothingStoresNoEvent() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeBusinessSettingsCommand(ID, "Sparkle", "Europe/Paris", "EUR", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anInvalidChangeStoresNothing() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeBusinessSettingsCommand(ID, "Renamed", "Nowhere/Land", null, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }
}
