package dev.tandem.query.payroll;

import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.earnings.EarningsAdjusted;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.payroll.FindPayPeriodsQuery;
import dev.tandem.api.payroll.FindPayScheduleQuery;
import dev.tandem.api.payroll.FindStatementsQuery;
import dev.tandem.api.payroll.PayPeriodClosed;
import dev.tandem.api.payroll.PayPeriodView;
import dev.tandem.api.payroll.PayScheduleSet;
import dev.tandem.api.payroll.PayScheduleView;
import dev.tandem.api.payroll.StatementLine;
import dev.tandem.api.payroll.StatementView;
import dev.tandem.kernel.BusinessId;
import dev.tandem.query.payroll.PayCalendar.Period;
import dev.tandem.query.payroll.PayrollStore.Line;
import dev.tandem.query.payroll.PayrollStore.Paid;
import dev.tandem.query.replay.ReadModelTables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Pay periods and statements (docs/payroll.md): every event that pays a provider becomes a line placed in the
 * period of its job's day — or, when that period was already closed as it was recorded, in the next open one, as
 * a carried-over line. The events are handled in the order they were stored, so a rebuild places every line where
 * it was placed first.
 */
@Component
@ProcessingGroup(PayrollProjection.PROCESSING_GROUP)
class PayrollProjection {

    static final String PROCESSING_GROUP = "payroll";
    static final String JOB = "JOB";
    static final String TIP = "TIP";
    static final String ADJUSTMENT = "ADJUSTMENT";
    private static final int MOST_PERIODS = 100;
    private static final int DEFAULT_PERIODS = 12;

    private final PayrollStore store;
    private final ReadModelTables tables;
    private final Clock clock;

    PayrollProjection(PayrollStore store, ReadModelTables tables, Clock clock) {
        this.store = store;
        this.tables = tables;
        this.clock = clock;
    }

    @EventHandler
    void on(BusinessRegistered event) {
        store.addBusiness(event.businessId(), event.timeZone(), event.currency());
    }

    @EventHandler
    void on(BusinessSettingsChanged event) {
        store.changeSettings(event.businessId(), event.timeZone(), event.currency());
    }

    @EventHandler
    void on(PayScheduleSet event) {
        store.setSchedule(event.businessId(), event.frequency(), event.anchorDate());
    }

    @EventHandler
    void on(PayPeriodClosed event) {
        store.close(event.businessId(), event.start(), event.end(), event.closedAt());
    }

    @EventHandler
    void on(BookingCreated event) {
        store.addBooking(event.bookingId().value(), event.businessId(), event.service(), event.scheduledStart());
    }

    @EventHandler
    void on(BookingRescheduled event) {
        store.reschedule(event.bookingId().value(), event.scheduledStart());
    }

    @EventHandler
    void on(BookingCompleted event) {
        store.complete(event.bookingId().value(), event.completedAt());
    }

    @EventHandler
    void on(EarningsRecorded event, EventMessage<?> message) {
        addLine(
                message,
                new Paid(
                        event.businessId(),
                        event.providerId().value(),
                        event.bookingId().value(),
                        JOB,
                        event.payRateType() == null ? null : event.payRateType().name(),
                        event.payRateAmount(),
                        event.grossCents(),
                        event.providerEarningsCents(),
                        0,
                        event.recordedAt()));
    }

    @EventHandler
    void on(TipAdded event, EventMessage<?> message) {
        addLine(
                message,
                new Paid(
                        event.businessId(),
                        event.providerId().value(),
                        event.bookingId().value(),
                        TIP,
                        null,
                        0,
                        0,
                        0,
                        event.amountCents(),
                        message.getTimestamp()));
    }

    @EventHandler
    void on(EarningsAdjusted event, EventMessage<?> message) {
        addLine(
                message,
                new Paid(
                        event.businessId(),
                        event.providerId().value(),
                        event.bookingId().value(),
                        ADJUSTMENT,
                        null,
                        0,
                        0,
                        event.adjustmentCents(),
                        0,
                        event.recordedAt()));
    }

    /** Places the line by its job's local day, or in the next open period when that day's is closed. */
    private void addLine(EventMessage<?> message, Paid paid) {
        PayrollStore.Business settings = settingsOf(paid.business());
        PayCalendar calendar = store.calendar(paid.business(), settings.schedule());
        LocalDate jobDay = store.scheduledStart(paid.booking())
                .orElse(paid.recordedAt())
                .atZone(settings.zone())
                .toLocalDate();
        store.addLine(message.getIdentifier(), paid, jobDay, calendar.countsOn(jobDay));
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate(
                PayrollStore.PAY_LINE,
                PayrollStore.PAY_BOOKING,
                PayrollStore.PAY_PERIOD_CLOSED,
                PayrollStore.PAY_BUSINESS);
    }

    @QueryHandler
    PayScheduleView handle(FindPayScheduleQuery query) {
        PayrollStore.Business settings = settingsOf(query.businessId());
        return new PayScheduleView(
                settings.schedule().frequency().name(), settings.schedule().anchorDate(), settings.chosen());
    }

    /** Latest first; without dates, the twelve periods up to the one today is in. */
    @QueryHandler
    List<PayPeriodView> handle(FindPayPeriodsQuery query) {
        PayrollStore.Business settings = settingsOf(query.businessId());
        PayCalendar calendar = store.calendar(query.businessId(), settings.schedule());
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Period last = calendar.periodOf(query.to() != null ? query.to() : today);
        Period first =
                query.from() != null ? calendar.periodOf(query.from()) : back(calendar, last, DEFAULT_PERIODS - 1);
        if (first.start().isAfter(last.start())) {
            throw new InvalidInputException("to", "must not be before from");
        }
        var periods = new ArrayList<Period>();
        for (Period period = last; !period.start().isBefore(first.start()); period = calendar.previous(period)) {
            periods.add(period);
            if (periods.size() > MOST_PERIODS) {
                throw new InvalidInputException("from", "spans more than " + MOST_PERIODS + " pay periods");
            }
        }
        List<Line> lines = store.lines(query.businessId(), first.start(), last.end(), null);
        return periods.stream()
                .map(period -> totalsOf(period, linesIn(lines, period), settings.currency()))
                .toList();
    }

    @QueryHandler
    List<StatementView> handle(FindStatementsQuery query) {
        PayrollStore.Business settings = settingsOf(query.businessId());
        PayCalendar calendar = store.calendar(query.businessId(), settings.schedule());
        Period period = calendar.periodOf(query.start());
        if (!period.start().equals(query.start())) {
            throw new NotFoundException("No pay period starts on " + query.start() + "; the one around it starts on "
                    + period.start() + ".");
        }
        UUID provider =
                query.onlyProvider() == null ? null : query.onlyProvider().value();
        Map<UUID, List<StatementLine>> byProvider =
                store.lines(query.businessId(), period.start(), period.end(), provider).stream()
                        .collect(Collectors.groupingBy(
                                Line::providerId,
                                LinkedHashMap::new,
                                Collectors.mapping(Line::line, Collectors.toList())));
        if (provider != null) {
            byProvider.putIfAbsent(provider, List.of());
        }
        return byProvider.entrySet().stream()
                .map(entry -> statement(entry.getKey(), period, entry.getValue(), settings.currency()))
                .toList();
    }

    private static Period back(PayCalendar calendar, Period from, int periods) {
        Period period = from;
        for (int i = 0; i < periods; i++) {
            period = calendar.previous(period);
        }
        return period;
    }

    private static List<Line> linesIn(List<Line> lines, Period period) {
        return lines.stream()
                .filter(line -> !line.countsOn().isBefore(period.start())
                        && line.countsOn().isBefore(period.end()))
                .toList();
    }

    private static PayPeriodView totalsOf(Period period, List<Line> lines, String currency) {
        long earnings = lines.stream()
                .mapToLong(line -> line.line().providerEarningsCents())
                .sum();
        long tips = lines.stream().mapToLong(line -> line.line().tipCents()).sum();
        return new PayPeriodView(
                period.start(),
                period.lastDay(),
                period.isClosed() ? "CLOSED" : "OPEN",
                period.closedAt(),
                (int) lines.stream().map(Line::providerId).distinct().count(),
                (int) lines.stream()
                        .filter(line -> line.line().kind().equals(JOB))
                        .count(),
                lines.stream().mapToLong(line -> line.line().grossCents()).sum(),
                earnings,
                tips,
                lines.stream()
                        .filter(line -> line.line().carriedOver())
                        .mapToLong(line -> line.line().providerEarningsCents()
                                + line.line().tipCents())
                        .sum(),
                earnings + tips,
                currency);
    }

    /** The provider's name is the statement's reader's to add: this view knows providers by id. */
    private static StatementView statement(UUID provider, Period period, List<StatementLine> lines, String currency) {
        long earnings =
                lines.stream().mapToLong(StatementLine::providerEarningsCents).sum();
        long tips = lines.stream().mapToLong(StatementLine::tipCents).sum();
        return new StatementView(
                provider.toString(),
                null,
                period.start(),
                period.lastDay(),
                period.isClosed() ? "CLOSED" : "OPEN",
                lines,
                new StatementView.Totals(
                        (int) lines.stream()
                                .filter(line -> line.kind().equals(JOB))
                                .count(),
                        lines.stream().mapToLong(StatementLine::grossCents).sum(),
                        earnings,
                        tips,
                        earnings + tips),
                currency);
    }

    private PayrollStore.Business settingsOf(BusinessId business) {
        return store.business(business).orElseThrow(() -> new NotFoundException("No such business."));
    }
}
