package dev.tandem.command.business;

import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.catalogue.AddServiceCommand;
import dev.tandem.api.catalogue.ChangeServiceCommand;
import dev.tandem.api.catalogue.RemoveServiceCommand;
import dev.tandem.api.catalogue.ServiceAdded;
import dev.tandem.api.catalogue.ServiceChanged;
import dev.tandem.api.catalogue.ServiceRemoved;
import dev.tandem.api.catalogue.ServiceView;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BusinessId;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The business's service catalogue: names unique whatever the case, terms within bounds, skills as providers'. */
class ServiceCatalogueTests {

    private static final BusinessId ID = BusinessId.newId();
    private static final UUID WINDOWS = UUID.randomUUID();
    private static final UUID DEEP_CLEAN = UUID.randomUUID();
    private static final BusinessRegistered REGISTERED = new BusinessRegistered(ID, "Sparkle", "Europe/Paris", "EUR");
    private static final ServiceAdded WINDOWS_ADDED = new ServiceAdded(ID, WINDOWS, "Windows", 45, 6_000, null);

    private AggregateTestFixture<Business> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Business.class);
    }

    @Test
    void anAdminAddsAServiceWithItsSkillInLowerCase() {
        fixture.given(REGISTERED)
                .when(new AddServiceCommand(ID, DEEP_CLEAN, " Deep clean ", 180, 24_000L, " Cleaning"))
                .expectEvents(new ServiceAdded(ID, DEEP_CLEAN, "Deep clean", 180, 24_000, "cleaning"))
                .expectResultMessagePayload(
                        new ServiceView(DEEP_CLEAN.toString(), "Deep clean", 180, 24_000, "cleaning"));
    }

    @Test
    void twoServicesCannotShareANameWhateverTheCase() {
        fixture.given(REGISTERED, WINDOWS_ADDED)
                .when(new AddServiceCommand(ID, DEEP_CLEAN, "WINDOWS", 30, 1_000L, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("is already the name of another of your services")
                .expectNoEvents();
    }

    @Test
    void aServiceNeedsADurationOfAtMostADayAndAPriceOfAtLeastZero() {
        fixture.given(REGISTERED)
                .when(new AddServiceCommand(ID, DEEP_CLEAN, "Deep clean", 24 * 60 + 1, 1_000L, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new AddServiceCommand(ID, DEEP_CLEAN, "Deep clean", 60, -1L, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void aChangeKeepsWhatItDoesNotMentionAndAnEmptySkillLetsAnyoneDoIt() {
        fixture.given(REGISTERED, new ServiceAdded(ID, WINDOWS, "Windows", 45, 6_000, "windows"))
                .when(new ChangeServiceCommand(ID, WINDOWS, null, 60, null, ""))
                .expectEvents(new ServiceChanged(ID, WINDOWS, "Windows", 60, 6_000, null));
    }

    @Test
    void aChangeThatChangesNothingStoresNoEvent() {
        fixture.given(REGISTERED, WINDOWS_ADDED)
                .when(new ChangeServiceCommand(ID, WINDOWS, "Windows", 45, 6_000L, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aServiceCanBeRenamedInItsOwnCaseButNotToAnothersName() {
        fixture.given(REGISTERED, WINDOWS_ADDED)
                .when(new ChangeServiceCommand(ID, WINDOWS, "WINDOWS", null, null, null))
                .expectEvents(new ServiceChanged(ID, WINDOWS, "WINDOWS", 45, 6_000, null));
        fixture.given(REGISTERED, WINDOWS_ADDED, new ServiceAdded(ID, DEEP_CLEAN, "Deep clean", 180, 24_000, null))
                .when(new ChangeServiceCommand(ID, DEEP_CLEAN, "windows", null, null, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void removingAServiceKeepsItsNameInTheEventAndAnUnknownOneIsNotFound() {
        fixture.given(REGISTERED, WINDOWS_ADDED)
                .when(new RemoveServiceCommand(ID, WINDOWS))
                .expectEvents(new ServiceRemoved(ID, WINDOWS, "Windows"));
        fixture.given(REGISTERED, WINDOWS_ADDED)
                .when(new RemoveServiceCommand(ID, DEEP_CLEAN))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }
}
