package dev.tandem.query.business;

import static dev.tandem.query.support.Stored.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.business.BusinessView;
import dev.tandem.api.business.FindBusinessQuery;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BusinessId;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.TableOwner;
import java.time.Instant;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** business_view from the business's own events, read back as its admins see it. */
@ProjectionTest
class BusinessProjectionTests {

    private static final Instant SIGNED_UP = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant RENAMED = Instant.parse("2027-03-02T10:30:00Z");

    @Autowired
    Projector projector;

    @Autowired
    BusinessProjection projection;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();

    @Test
    void aRegisteredBusinessShowsItsSettingsAtVersionZero() {
        projector.handle(projection, event(registered(business, "Sparkle")).at(SIGNED_UP));

        assertThat(view(business))
                .isEqualTo(new BusinessView(
                        business.toString(), "Sparkle", "Europe/Paris", "EUR", null, 0, SIGNED_UP, SIGNED_UP));
    }

    @Test
    void changedSettingsReplaceTheOldOnesAndMoveTheVersionButNotTheCreationTime() {
        projector.handle(projection, event(registered(business, "Sparkle")).at(SIGNED_UP));

        projector.handle(
                projection,
                event(new BusinessSettingsChanged(business, "Sparkle Home", "America/New_York", "USD", "en-US"))
                        .version(1)
                        .at(RENAMED));

        assertThat(view(business))
                .isEqualTo(new BusinessView(
                        business.toString(),
                        "Sparkle Home",
                        "America/New_York",
                        "USD",
                        "en-US",
                        1,
                        SIGNED_UP,
                        RENAMED));
    }

    @Test
    void aBusinessRegisteredAndChangedInOneBatchShowsItsLastSettings() {
        projector.handle(
                projection,
                event(registered(business, "Sparkle")).at(SIGNED_UP),
                event(new BusinessSettingsChanged(business, "Sparkle 2", "Europe/Paris", "EUR", null))
                        .version(1)
                        .at(RENAMED),
                event(new BusinessSettingsChanged(business, "Sparkle 3", "Europe/Paris", "CHF", null))
                        .version(2)
                        .at(RENAMED.plusSeconds(60)));

        assertThat(view(business))
                .extracting(BusinessView::name, BusinessView::currency, BusinessView::version, BusinessView::createdAt)
                .containsExactly("Sparkle 3", "CHF", 2L, SIGNED_UP);
    }

    @Test
    void aChangeToOneBusinessLeavesAnotherBusinessOfTheSameBatchAsItWas() {
        var other = BusinessId.newId();

        projector.handle(
                projection,
                event(registered(business, "Sparkle")).at(SIGNED_UP),
                event(registered(other, "Shine")).at(SIGNED_UP),
                event(new BusinessSettingsChanged(other, "Shine Bright", "Europe/Paris", "EUR", null))
                        .version(1)
                        .at(RENAMED));

        assertThat(view(business).name()).isEqualTo("Sparkle");
        assertThat(view(business).version()).isZero();
        assertThat(view(other).name()).isEqualTo("Shine Bright");
        assertThat(owner.value(
                        "select business_id from business_view where name = 'Shine Bright' and business_id = ?",
                        String.class,
                        other.value()))
                .isEqualTo(other.toString());
    }

    @Test
    void resettingForARebuildEmptiesTheViewOfEveryBusiness() {
        projector.handle(projection, registered(business, "Sparkle"), registered(BusinessId.newId(), "Shine"));

        projector.reset(projection);

        assertThat(owner.value("select count(*) from business_view", Long.class))
                .isZero();
        assertThatThrownBy(() -> view(business)).hasRootCauseInstanceOf(NotFoundException.class);
    }

    private static BusinessRegistered registered(BusinessId id, String name) {
        return new BusinessRegistered(id, name, "Europe/Paris", "EUR");
    }

    private BusinessView view(BusinessId id) {
        return queries.query(new FindBusinessQuery(id), BusinessView.class).join();
    }
}
