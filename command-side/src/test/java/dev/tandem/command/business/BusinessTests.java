package dev.tandem.command.business;

import dev.tandem.api.assignment.AssignmentPolicyChanged;
import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.AssignmentWeights;
import dev.tandem.api.assignment.ChangeAssignmentPolicyCommand;
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
                .when(new ChangeBusinessSettingsCommand(ID, null, "Europe/Berlin", null, null, null))
                .expectEvents(new BusinessSettingsChanged(ID, "Sparkle", "Europe/Berlin", "EUR", null));
    }

    @Test
    void aLocaleIsKeptInItsCanonicalFormAndCanBeClearedAgain() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeBusinessSettingsCommand(ID, null, null, null, " fr-fr ", null))
                .expectEvents(new BusinessSettingsChanged(ID, "Sparkle", "Europe/Paris", "EUR", "fr-FR"));
        fixture.given(
                        new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"),
                        new BusinessSettingsChanged(ID, "Sparkle", "Europe/Paris", "EUR", "fr-FR"))
                .when(new ChangeBusinessSettingsCommand(ID, null, null, null, "", null))
                .expectEvents(new BusinessSettingsChanged(ID, "Sparkle", "Europe/Paris", "EUR", null));
    }

    @Test
    void aLocaleTheServerCannotFormatIsRefused() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeBusinessSettingsCommand(ID, null, null, null, "french", null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must be a language tag such as fr-FR or en-GB")
                .expectNoEvents();
    }

    @Test
    void aChangeThatChangesNothingStoresNoEvent() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeBusinessSettingsCommand(ID, "Sparkle", "Europe/Paris", "EUR", null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anInvalidChangeStoresNothing() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeBusinessSettingsCommand(ID, "Renamed", "Nowhere/Land", null, null, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void anAdminChangesTheWeightsProvidersAreRankedBy() {
        var weights = new AssignmentWeights(1, 0, 2, 0.5);
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeAssignmentPolicyCommand(ID, weights, null, null))
                .expectEvents(new AssignmentPolicyChanged(ID, weights, null))
                .expectResultMessagePayload(AssignmentPolicyView.of(weights, null, 1));
    }

    @Test
    void anAdminGivesProvidersLongerToConfirmAndTheWeightsStayAsTheyWere() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeAssignmentPolicyCommand(ID, AssignmentWeights.DEFAULTS, 45, null))
                .expectEvents(new AssignmentPolicyChanged(ID, AssignmentWeights.DEFAULTS, 45))
                .expectResultMessagePayload(AssignmentPolicyView.of(AssignmentWeights.DEFAULTS, 45, 1));
    }

    @Test
    void anOfferCannotStayOpenForLessThanAMinuteOrMoreThanADay() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeAssignmentPolicyCommand(ID, AssignmentWeights.DEFAULTS, 24 * 60 + 1, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void theDefaultWeightsAgainChangeNothing() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeAssignmentPolicyCommand(ID, AssignmentWeights.DEFAULTS, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void weightsThatAreAllZeroAreRefused() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeAssignmentPolicyCommand(ID, new AssignmentWeights(0, 0, 0, 0), null, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void aNegativeWeightIsRefused() {
        fixture.given(new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR"))
                .when(new ChangeAssignmentPolicyCommand(ID, new AssignmentWeights(-1, 1, 1, 1), null, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must be between 0 and 100")
                .expectNoEvents();
    }
}
