package dev.tandem.query.customer;

import static dev.tandem.query.support.Stored.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.api.Page;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.customer.CustomerCreated;
import dev.tandem.api.customer.CustomerView;
import dev.tandem.api.customer.FindCustomerQuery;
import dev.tandem.api.customer.FindCustomersQuery;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.query.paging.PageResponseType;
import dev.tandem.query.support.ProjectionTest;
import dev.tandem.query.support.Projector;
import dev.tandem.query.support.TableOwner;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** customer_view from CustomerCreated, read back as admins search it. */
@ProjectionTest
class CustomerViewProjectionTests {

    private static final Instant CREATED = Instant.parse("2027-03-01T09:15:00Z");
    private static final GeoPoint LOUVRE = new GeoPoint(48.8606, 2.3376);

    @Autowired
    Projector projector;

    @Autowired
    CustomerViewProjection projection;

    /** The booking view, where the customers' booking counts come from. */
    @Autowired
    @Qualifier("bookingProjection")
    Object bookings;

    @Autowired
    QueryGateway queries;

    @Autowired
    TableOwner owner;

    private final BusinessId business = BusinessId.newId();

    @Test
    void aCreatedCustomerIsFoundWithItsDetailsAndNoBookings() {
        var customer = CustomerId.newId();

        projector.handle(
                projection,
                event(created(customer, "Amélie Poulain", "amelie@example.com")).at(CREATED));

        assertThat(find(business, customer))
                .isEqualTo(new CustomerView(
                        customer.toString(),
                        "Amélie Poulain",
                        "amelie@example.com",
                        "+33 1 23 45 67 89",
                        "15 rue des Abbesses, Paris",
                        48.8606,
                        2.3376,
                        0));
        assertThat(owner.value(
                        "select created_at from customer_view where customer_id = ?",
                        Timestamp.class,
                        customer.value()))
                .isEqualTo(Timestamp.from(CREATED));
    }

    @Test
    void theSameCreationHandledAgainKeepsTheCustomerAsFirstProjected() {
        var customer = CustomerId.newId();
        var creation =
                event(created(customer, "Amélie Poulain", "amelie@example.com")).at(CREATED);

        projector.handle(projection, creation);
        projector.handle(projection, creation.at(CREATED.plusSeconds(3600)));

        assertThat(owner.rows("select created_at from customer_view where customer_id = ?", customer.value()))
                .singleElement()
                .satisfies(row -> assertThat(row.get("created_at")).isEqualTo(Timestamp.from(CREATED)));
    }

    @Test
    void theSearchMatchesNameEmailOrPhoneIgnoringCaseInTheOrderOfTheNames() {
        var zoe = CustomerId.newId();
        var bernard = CustomerId.newId();
        var claire = CustomerId.newId();
        projector.handle(
                projection,
                created(zoe, "Zoé Martin", "zoe@example.com"),
                created(bernard, "bernard Martin", "b@example.com"),
                created(claire, "Claire Dubois", "claire.MARTIN@example.com"),
                created(CustomerId.newId(), "Denis Petit", "denis@example.com"));

        assertThat(search("martin"))
                .extracting(CustomerView::name)
                .containsExactly("bernard Martin", "Claire Dubois", "Zoé Martin");
        assertThat(search(null)).hasSize(4);
    }

    @Test
    void theListPagesByNameWithACursorToTheNextPage() {
        for (String name : new String[] {"Anne", "Basile", "Chloé"}) {
            projector.handle(projection, created(CustomerId.newId(), name, null));
        }

        Page<CustomerView> first = page(new FindCustomersQuery(business, null, 2, null));
        Page<CustomerView> second = page(new FindCustomersQuery(business, null, 2, first.nextCursor()));

        assertThat(first.items()).extracting(CustomerView::name).containsExactly("Anne", "Basile");
        assertThat(second.items()).extracting(CustomerView::name).containsExactly("Chloé");
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void eachCustomerShowsHowManyBookingsTheBookingViewHolds() {
        var customer = CustomerId.newId();
        projector.handle(projection, created(customer, "Amélie Poulain", "amelie@example.com"));

        projector.handle(bookings, bookingFor(customer), bookingFor(customer));

        assertThat(find(business, customer).bookings()).isEqualTo(2);
        assertThat(search("amélie"))
                .singleElement()
                .extracting(CustomerView::bookings)
                .isEqualTo(2L);
    }

    @Test
    void anotherBusinessNeitherFindsNorListsTheCustomer() {
        var customer = CustomerId.newId();
        var other = BusinessId.newId();
        projector.handle(projection, created(customer, "Amélie Poulain", "amelie@example.com"));

        assertThatThrownBy(() -> find(other, customer)).hasRootCauseInstanceOf(NotFoundException.class);
        assertThat(page(new FindCustomersQuery(other, null, 10, null)).items()).isEmpty();
    }

    @Test
    void resettingForARebuildEmptiesTheView() {
        projector.handle(projection, created(CustomerId.newId(), "Amélie Poulain", null));

        projector.reset(projection);

        assertThat(owner.value("select count(*) from customer_view", Long.class))
                .isZero();
    }

    private CustomerCreated created(CustomerId customer, String name, String email) {
        return new CustomerCreated(
                customer, business, name, email, "+33 1 23 45 67 89", "15 rue des Abbesses, Paris", LOUVRE);
    }

    private BookingCreated bookingFor(CustomerId customer) {
        return new BookingCreated(
                BookingId.newId(),
                business,
                new CustomerSummary(customer.toString(), "Amélie Poulain", null, null, "Paris", 48.86, 2.34),
                "cleaning",
                CREATED.plusSeconds(86_400),
                60,
                5_000,
                "EUR",
                null,
                false);
    }

    private CustomerView find(BusinessId businessId, CustomerId customer) {
        return queries.query(new FindCustomerQuery(businessId, customer), CustomerView.class)
                .join();
    }

    private List<CustomerView> search(String q) {
        return page(new FindCustomersQuery(business, q, 50, null)).items();
    }

    private Page<CustomerView> page(FindCustomersQuery query) {
        return queries.query(query, PageResponseType.pageOf(CustomerView.class)).join();
    }
}
