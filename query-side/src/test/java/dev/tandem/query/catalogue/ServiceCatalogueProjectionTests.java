package dev.tandem.query.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.api.Page;
import dev.tandem.api.catalogue.FindServicesQuery;
import dev.tandem.api.catalogue.ServiceAdded;
import dev.tandem.api.catalogue.ServiceChanged;
import dev.tandem.api.catalogue.ServiceRemoved;
import dev.tandem.api.catalogue.ServiceView;
import dev.tandem.kernel.BusinessId;
import dev.tandem.query.paging.PageResponseType;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.TableOwner;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** service_view from the business's catalogue events, listed by name as its admins and booking forms see it. */
@ProjectionTest
class ServiceCatalogueProjectionTests {

    @Autowired
    Projector projector;

    @Autowired
    ServiceCatalogueProjection projection;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();
    private final UUID windows = UUID.randomUUID();
    private final UUID deepClean = UUID.randomUUID();

    @Test
    void theCatalogueIsListedByNameWhateverTheCase() {
        projector.handle(
                projection,
                new ServiceAdded(business, windows, "windows", 45, 6_000, null),
                new ServiceAdded(business, deepClean, "Deep clean", 180, 24_000, "cleaning"));

        assertThat(services(business))
                .containsExactly(
                        new ServiceView(deepClean.toString(), "Deep clean", 180, 24_000, "cleaning"),
                        new ServiceView(windows.toString(), "windows", 45, 6_000, null));
    }

    @Test
    void aChangedServiceShowsItsNewTermsAndARemovedOneIsGone() {
        projector.handle(
                projection,
                new ServiceAdded(business, windows, "Windows", 45, 6_000, null),
                new ServiceAdded(business, deepClean, "Deep clean", 180, 24_000, "cleaning"),
                new ServiceChanged(business, windows, "Windows inside and out", 60, 8_000, "windows"),
                new ServiceRemoved(business, deepClean, "Deep clean"));

        assertThat(services(business))
                .containsExactly(new ServiceView(windows.toString(), "Windows inside and out", 60, 8_000, "windows"));
    }

    @Test
    void eachBusinessSeesOnlyItsOwnCatalogue() {
        var other = BusinessId.newId();
        projector.handle(
                projection,
                new ServiceAdded(business, windows, "Windows", 45, 6_000, null),
                new ServiceAdded(other, deepClean, "Deep clean", 180, 24_000, null));

        assertThat(services(business)).extracting(ServiceView::name).containsExactly("Windows");
        assertThat(services(other)).extracting(ServiceView::name).containsExactly("Deep clean");
    }

    @Test
    void resettingForARebuildEmptiesEveryCatalogue() {
        projector.handle(projection, new ServiceAdded(business, windows, "Windows", 45, 6_000, null));

        projector.reset(projection);

        assertThat(owner.value("select count(*) from service_view", Long.class)).isZero();
    }

    private List<ServiceView> services(BusinessId businessId) {
        Page<ServiceView> page = queries.query(
                        new FindServicesQuery(businessId), PageResponseType.pageOf(ServiceView.class))
                .join();
        return page.items();
    }
}
