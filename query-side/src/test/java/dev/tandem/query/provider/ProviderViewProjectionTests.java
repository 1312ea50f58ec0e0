package dev.tandem.query.provider;

import static dev.tandem.query.support.Stored.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.api.Page;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.FindProviderQuery;
import dev.tandem.api.provider.FindProvidersQuery;
import dev.tandem.api.provider.GeoPointView;
import dev.tandem.api.provider.PayRateSet;
import dev.tandem.api.provider.PayRateView;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.ProviderStatusChosen;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.query.paging.PageResponseType;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.TableOwner;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** provider_view from every event of the Provider aggregate, read back as admins and the provider see it. */
@ProjectionTest
class ProviderViewProjectionTests {

    private static final Instant REGISTERED = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2027-03-04T16:45:00Z");
    private static final GeoPoint MONTMARTRE = new GeoPoint(48.8867, 2.3431);

    @Autowired
    Projector projector;

    @Autowired
    ProviderViewProjection projection;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();
    private final ProviderId camille = ProviderId.newId();

    @Test
    void aRegisteredProviderShowsItsProfileAvailableAndActiveAtVersionZero() {
        projector.handle(projection, event(registered(camille, "Camille")).at(REGISTERED));

        assertThat(find(business, camille))
                .isEqualTo(new ProviderView(
                        camille.toString(),
                        "Camille",
                        "camille@example.com",
                        "+33 6 12 34 56 78",
                        "Ten years of home cleaning",
                        List.of("cleaning", "ironing"),
                        new GeoPointView(48.8867, 2.3431),
                        12,
                        "AVAILABLE",
                        true,
                        null,
                        0,
                        REGISTERED,
                        REGISTERED));
    }

    @Test
    void everyEventOfTheProviderMovesItsVersionWhetherOrNotTheViewShowsWhatItChanged() {
        projector.handle(projection, event(registered(camille, "Camille")).at(REGISTERED));

        projector.handle(
                projection,
                event(new ProviderProfileUpdated(
                                camille, business, "Camille D.", null, List.of("windows"), null, null, null))
                        .version(1),
                event(new ProviderStatusChanged(
                                camille, business, ProviderStatus.ON_BREAK, ProviderStatus.AVAILABLE, null))
                        .version(2),
                event(new ProviderStatusChosen(camille, business, ProviderStatus.AVAILABLE))
                        .version(3),
                event(new WeeklyHoursSet(
                                camille,
                                business,
                                List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)))))
                        .version(4)
                        .at(LATER));

        var view = find(business, camille);
        assertThat(view.name()).isEqualTo("Camille D.");
        assertThat(view.phone()).isNull();
        assertThat(view.skills()).containsExactly("windows");
        assertThat(view.home()).isNull();
        assertThat(view.status()).isEqualTo("ON_BREAK");
        assertThat(view.version()).isEqualTo(4);
        assertThat(view.createdAt()).isEqualTo(REGISTERED);
        assertThat(view.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void thePayRateShownIsTheOneThatTakesEffectLastWhateverTheOrderTheyWereSetIn() {
        var march10 = new PayRate(PayRateType.HOURLY, 2_500, Instant.parse("2027-03-10T00:00:00Z"));
        var march5 = new PayRate(PayRateType.PERCENTAGE, 4_000, Instant.parse("2027-03-05T00:00:00Z"));
        var march20 = new PayRate(PayRateType.FLAT, 3_000, Instant.parse("2027-03-20T00:00:00Z"));

        projector.handle(
                projection,
                event(registered(camille, "Camille")),
                event(new PayRateSet(camille, business, march10)).version(1),
                event(new PayRateSet(camille, business, march5)).version(2));
        assertThat(find(business, camille).payRate())
                .isEqualTo(new PayRateView("HOURLY", 2_500, march10.effectiveFrom()));
        assertThat(find(business, camille).version()).isEqualTo(2);

        projector.handle(
                projection, event(new PayRateSet(camille, business, march20)).version(3));
        assertThat(find(business, camille).payRate())
                .isEqualTo(new PayRateView("FLAT", 3_000, march20.effectiveFrom()));
    }

    @Test
    void theListFiltersByStatusSkillAndTextAndLeavesDeactivatedProvidersInactive() {
        var lucas = ProviderId.newId();
        var ines = ProviderId.newId();
        projector.handle(
                projection,
                registered(camille, "Camille"),
                registered(lucas, "Lucas"),
                new ProviderRegistered(
                        ines, business, "Inès", "ines@example.com", null, List.of("gardening"), null, null, null));

        projector.handle(
                projection,
                event(new ProviderStatusChanged(
                                lucas, business, ProviderStatus.OFFLINE, ProviderStatus.AVAILABLE, null))
                        .version(1),
                event(new ProviderDeactivated(camille, business)).version(1));

        assertThat(list(null, null, null)).extracting(ProviderView::name).containsExactly("Camille", "Inès", "Lucas");
        assertThat(list(ProviderStatus.OFFLINE, null, null))
                .extracting(ProviderView::name)
                .containsExactly("Lucas");
        assertThat(list(null, " Gardening ", null))
                .extracting(ProviderView::name)
                .containsExactly("Inès");
        assertThat(list(null, null, "LUCAS@")).extracting(ProviderView::name).containsExactly("Lucas");
        assertThat(find(business, camille).active()).isFalse();
    }

    @Test
    void aReactivatedProviderIsActiveAgainAtTheReactivationsVersion() {
        projector.handle(projection, event(registered(camille, "Camille")).at(REGISTERED));

        projector.handle(
                projection,
                event(new ProviderDeactivated(camille, business)).version(1),
                event(new ProviderReactivated(camille, business, REGISTERED)).version(2));

        var view = find(business, camille);
        assertThat(view.active()).isTrue();
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void anotherBusinessNeitherFindsTheProviderNorChangesIt() {
        var other = BusinessId.newId();
        projector.handle(projection, event(registered(camille, "Camille")).at(REGISTERED));

        projector.handle(
                projection,
                event(new ProviderDeactivated(camille, other)).version(1),
                event(new ProviderProfileUpdated(camille, other, "Mallory", null, List.of(), null, null, null))
                        .version(2));

        assertThatThrownBy(() -> find(other, camille)).hasRootCauseInstanceOf(NotFoundException.class);
        var view = find(business, camille);
        assertThat(view.name()).isEqualTo("Camille");
        assertThat(view.active()).isTrue();
        assertThat(view.version()).isZero();
    }

    @Test
    void resettingForARebuildEmptiesTheView() {
        projector.handle(projection, registered(camille, "Camille"));

        projector.reset(projection);

        assertThat(owner.value("select count(*) from provider_view", Long.class))
                .isZero();
    }

    private ProviderRegistered registered(ProviderId provider, String name) {
        return new ProviderRegistered(
                provider,
                business,
                name,
                name.toLowerCase() + "@example.com",
                "+33 6 12 34 56 78",
                List.of("cleaning", "ironing"),
                MONTMARTRE,
                12,
                "Ten years of home cleaning");
    }

    private ProviderView find(BusinessId businessId, ProviderId provider) {
        return queries.query(new FindProviderQuery(businessId, provider), ProviderView.class)
                .join();
    }

    private List<ProviderView> list(ProviderStatus status, String skill, String q) {
        Page<ProviderView> page = queries.query(
                        new FindProvidersQuery(business, status, skill, q, 50, null),
                        PageResponseType.pageOf(ProviderView.class))
                .join();
        return page.items();
    }
}
