package dev.tandem.query.dashboard;

import dev.tandem.api.Page;
import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.FindAssignmentPolicyQuery;
import dev.tandem.api.audit.AuditEntry;
import dev.tandem.api.audit.FindAggregateAuditQuery;
import dev.tandem.api.board.BoardView;
import dev.tandem.api.board.FindBoardQuery;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.FindBookingQuery;
import dev.tandem.api.booking.FindBookingsQuery;
import dev.tandem.api.booking.FindCustomerBookingsQuery;
import dev.tandem.api.catalogue.FindServicesQuery;
import dev.tandem.api.catalogue.ServiceView;
import dev.tandem.api.customer.CustomerView;
import dev.tandem.api.customer.FindCustomerQuery;
import dev.tandem.api.customer.FindCustomersQuery;
import dev.tandem.api.earnings.EarningView;
import dev.tandem.api.earnings.EarningsReport;
import dev.tandem.api.earnings.FindBookingEarningQuery;
import dev.tandem.api.earnings.FindEarningsQuery;
import dev.tandem.api.notification.FindNotificationsQuery;
import dev.tandem.api.notification.NotificationView;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.FindAvailabilityQuery;
import dev.tandem.api.provider.FindProviderRealtimeStatusQuery;
import dev.tandem.api.provider.FindProvidersQuery;
import dev.tandem.api.provider.FindProvidersWithoutHoursQuery;
import dev.tandem.api.provider.ProviderRealtimeStatusView;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.booking.BookingPage;
import dev.tandem.query.paging.PageResponseType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The pages' reads: the same queries the REST query endpoints send, answered by the same projections. */
@Component
class Views {

    private static final int MAX = Page.MAX_LIMIT;
    /** Bookings a list page shows at once. */
    static final int PAGE = 50;

    private final QueryGateway queries;

    Views(QueryGateway queries) {
        this.queries = queries;
    }

    List<BookingView> bookings(Caller caller, ProviderId provider, BookingStatus status, Instant from, Instant to) {
        return queries.query(
                        new FindBookingsQuery(caller.businessId(), status, provider, from, to, MAX, null),
                        ResponseTypes.instanceOf(BookingPage.class))
                .join()
                .items();
    }

    /** A page of the bookings list: soonest first, or latest first. */
    BookingPage bookingsPage(
            Caller caller,
            ProviderId provider,
            BookingStatus status,
            Instant from,
            Instant to,
            String cursor,
            boolean latestFirst) {
        return queries.query(
                        new FindBookingsQuery(
                                caller.businessId(), status, provider, from, to, PAGE, cursor, latestFirst),
                        ResponseTypes.instanceOf(BookingPage.class))
                .join();
    }

    /** One booking; a provider's only when it is its own (else not found). */
    BookingView booking(Caller caller, UUID id) {
        ProviderId onlyFor = caller.isAdmin() ? null : caller.providerId().orElseThrow();
        return queries.query(
                        new FindBookingQuery(caller.businessId(), new BookingId(id), onlyFor),
                        ResponseTypes.instanceOf(BookingView.class))
                .join();
    }

    /** A booking's history as sentences with names, its times as the page shows them (admins only). */
    List<AuditEntry> bookingStory(Caller caller, UUID id, Locality here) {
        return queries.query(
                        new FindAggregateAuditQuery(
                                caller.businessId(),
                                id,
                                here.zone().getId(),
                                here.locale().toLanguageTag()),
                        ResponseTypes.instanceOf(FindAggregateAuditQuery.Answer.class))
                .join()
                .entries();
    }

    /** The board as the event store says it was at an instant. */
    BoardView boardAt(Caller caller, Instant at) {
        return queries.query(new FindBoardQuery(caller.businessId(), at), BoardView.class)
                .join();
    }

    List<ProviderRealtimeStatusView> board(Caller caller) {
        return queries.query(
                        new FindProviderRealtimeStatusQuery(caller.businessId()),
                        ResponseTypes.multipleInstancesOf(ProviderRealtimeStatusView.class))
                .join();
    }

    List<ProviderView> providers(Caller caller) {
        return queries.query(
                        new FindProvidersQuery(caller.businessId(), null, null, null, MAX, null),
                        PageResponseType.pageOf(ProviderView.class))
                .join()
                .items();
    }

    /** The providers that cannot be booked yet for want of weekly hours. */
    Set<String> providersWithoutHours(Caller caller) {
        return Set.copyOf(queries.query(
                        new FindProvidersWithoutHoursQuery(caller.businessId()),
                        ResponseTypes.instanceOf(FindProvidersWithoutHoursQuery.Answer.class))
                .join()
                .providerIds());
    }

    /** Whether the business has made any booking yet. */
    boolean hasBookings(Caller caller) {
        return !queries.query(
                        new FindBookingsQuery(caller.businessId(), null, null, null, null, 1, null),
                        ResponseTypes.instanceOf(BookingPage.class))
                .join()
                .items()
                .isEmpty();
    }

    /** What a completed booking earned; null before it completes. */
    EarningView bookingEarning(Caller caller, UUID bookingId) {
        return queries.query(
                        new FindBookingEarningQuery(caller.businessId(), new BookingId(bookingId)),
                        ResponseTypes.instanceOf(FindBookingEarningQuery.Answer.class))
                .join()
                .earning();
    }

    /** The business's service catalogue, by name. */
    List<ServiceView> services(Caller caller) {
        return queries.query(new FindServicesQuery(caller.businessId()), PageResponseType.pageOf(ServiceView.class))
                .join()
                .items();
    }

    List<CustomerView> customers(Caller caller) {
        return customers(caller, null, MAX).items();
    }

    /** The first customers whose name, email or phone holds {@code q} (all when it is null). */
    Page<CustomerView> customers(Caller caller, String q, int limit) {
        return queries.query(
                        new FindCustomersQuery(caller.businessId(), q, limit, null),
                        PageResponseType.pageOf(CustomerView.class))
                .join();
    }

    CustomerView customer(Caller caller, UUID id) {
        return queries.query(
                        new FindCustomerQuery(caller.businessId(), new CustomerId(id)),
                        ResponseTypes.instanceOf(CustomerView.class))
                .join();
    }

    /** A customer's latest bookings, latest first. */
    List<BookingView> customerBookings(Caller caller, UUID id, int limit) {
        return queries.query(
                        new FindCustomerBookingsQuery(caller.businessId(), new CustomerId(id), limit),
                        ResponseTypes.instanceOf(BookingPage.class))
                .join()
                .items();
    }

    List<NotificationView> notifications(Caller caller, boolean unreadOnly) {
        return queries.query(
                        new FindNotificationsQuery(caller.businessId(), unreadOnly, MAX, null),
                        PageResponseType.pageOf(NotificationView.class))
                .join()
                .items();
    }

    /** Every earning of the range, read page by page: the pages sum and list them per provider. */
    /** Earnings recorded in [from, to), every page of them. */
    EarningsReport earnings(Caller caller, ProviderId provider, Instant from, Instant to) {
        return earnings(caller, provider, from, to, false);
    }

    /** Earnings of jobs scheduled to start in [from, to), every page of them. */
    EarningsReport earningsOfJobs(Caller caller, Instant from, Instant to) {
        return earnings(caller, null, from, to, true);
    }

    private EarningsReport earnings(Caller caller, ProviderId provider, Instant from, Instant to, boolean byJob) {
        var items = new ArrayList<EarningView>();
        EarningsReport page = null;
        do {
            String cursor = page == null ? null : page.nextCursor();
            page = queries.query(
                            new FindEarningsQuery(
                                    caller.businessId(), provider, from, to, Page.MAX_LIMIT, cursor, byJob),
                            ResponseTypes.instanceOf(EarningsReport.class))
                    .join();
            items.addAll(page.items());
        } while (page.nextCursor() != null);
        return new EarningsReport(items, page.totals(), null);
    }

    ProviderView ownProfile(Caller caller) {
        return queries.query(
                        new dev.tandem.api.provider.FindProviderQuery(
                                caller.businessId(), caller.providerId().orElseThrow()),
                        ResponseTypes.instanceOf(ProviderView.class))
                .join();
    }

    ProviderView provider(Caller caller, ProviderId id) {
        return queries.query(
                        new dev.tandem.api.provider.FindProviderQuery(caller.businessId(), id),
                        ResponseTypes.instanceOf(ProviderView.class))
                .join();
    }

    List<dev.tandem.api.provider.ProviderWithPayRatesView> payRoll(Caller caller) {
        return queries.query(
                        new dev.tandem.api.provider.FindProvidersWithPayRatesQuery(caller.businessId()),
                        PageResponseType.pageOf(dev.tandem.api.provider.ProviderWithPayRatesView.class))
                .join()
                .items();
    }

    AvailabilityView availability(Caller caller) {
        return availability(caller, caller.providerId().orElseThrow());
    }

    /** A provider's availability, for an admin of its business. */
    AvailabilityView availability(Caller caller, ProviderId providerId) {
        return queries.query(
                        new FindAvailabilityQuery(caller.businessId(), providerId),
                        ResponseTypes.instanceOf(AvailabilityView.class))
                .join();
    }

    /** The weights auto-assignment ranks the caller's providers by. */
    AssignmentPolicyView assignmentPolicy(Caller caller) {
        return queries.query(
                        new FindAssignmentPolicyQuery(caller.businessId()),
                        ResponseTypes.instanceOf(AssignmentPolicyView.class))
                .join();
    }
}
