package dev.tandem.standalone.demo;

import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.CancelBookingCommand;
import dev.tandem.api.booking.CompleteBookingCommand;
import dev.tandem.api.booking.ConfirmBookingCommand;
import dev.tandem.api.booking.CreateBookingCommand;
import dev.tandem.api.booking.DeclineBookingCommand;
import dev.tandem.api.booking.RateBookingCommand;
import dev.tandem.api.booking.StartBookingCommand;
import dev.tandem.api.booking.TipBookingCommand;
import dev.tandem.api.catalogue.AddServiceCommand;
import dev.tandem.api.customer.CreateCustomerCommand;
import dev.tandem.api.provider.RegisterProviderCommand;
import dev.tandem.api.provider.SetWeeklyHoursCommand;
import dev.tandem.command.account.AccountService;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.WeeklyHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cleaning business in Paris with five providers, twenty customers and a week of bookings around today
 * in every status, each made by the commands the API sends, so histories, earnings and the board are real.
 */
@Component
class DemoBusiness {

    static final String PROVIDER_PASSWORD = "sparkle-provider-2026";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    record DemoProvider(String name, String email, List<String> skills, GeoPoint home, int radiusKm, PayRate pay) {}

    /** A service of the catalogue and the skill it needs; every provider skill has one. */
    record DemoService(String name, String skill, int minutes, long priceCents) {}

    static final List<DemoService> SERVICES = List.of(
            new DemoService("Cleaning", "cleaning", 90, 6_000),
            new DemoService("Deep cleaning", "deep-cleaning", 180, 15_000),
            new DemoService("Windows", "windows", 90, 7_500),
            new DemoService("Ironing", "ironing", 90, 5_000),
            new DemoService("Carpets", "carpets", 90, 9_000));

    record DemoCustomer(String name, String email, String phone, String address, GeoPoint location) {}

    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    static final List<DemoProvider> PROVIDERS = List.of(
            new DemoProvider(
                    "Camille Durand",
                    "camille@sparkle.example",
                    List.of("cleaning", "deep-cleaning"),
                    new GeoPoint(48.8566, 2.3522),
                    15,
                    new PayRate(PayRateType.PERCENTAGE, 3000, LONG_AGO)),
            new DemoProvider(
                    "Lucas Martin",
                    "lucas@sparkle.example",
                    List.of("cleaning", "windows"),
                    new GeoPoint(48.8738, 2.2950),
                    12,
                    new PayRate(PayRateType.FLAT, 4500, LONG_AGO)),
            new DemoProvider(
                    "Inès Bernard",
                    "ines@sparkle.example",
                    List.of("ironing", "cleaning"),
                    new GeoPoint(48.8339, 2.3747),
                    10,
                    new PayRate(PayRateType.PERCENTAGE, 3500, LONG_AGO)),
            new DemoProvider(
                    "Hugo Petit",
                    "hugo@sparkle.example",
                    List.of("carpets", "deep-cleaning"),
                    new GeoPoint(48.8867, 2.3431),
                    20,
                    new PayRate(PayRateType.HOURLY, 1800, LONG_AGO)),
            new DemoProvider(
                    "Léa Moreau",
                    "lea@sparkle.example",
                    List.of("windows", "cleaning", "ironing"),
                    new GeoPoint(48.8462, 2.2810),
                    25,
                    new PayRate(PayRateType.FLAT, 5000, LONG_AGO)));

    private static final String[][] CUSTOMERS = {
        {"Alice Lefèvre", "12 Rue de Rivoli", "48.8559", "2.3588"},
        {"Bruno Garnier", "3 Avenue de l'Opéra", "48.8653", "2.3347"},
        {"Chloé Faure", "45 Boulevard Saint-Germain", "48.8510", "2.3470"},
        {"David Rousseau", "8 Rue Oberkampf", "48.8650", "2.3700"},
        {"Emma Blanc", "27 Rue du Bac", "48.8570", "2.3260"},
        {"François Guerin", "14 Rue de la Roquette", "48.8555", "2.3740"},
        {"Gabrielle Muller", "61 Avenue de Wagram", "48.8810", "2.2990"},
        {"Henri Boyer", "5 Place des Vosges", "48.8556", "2.3655"},
        {"Isabelle Chevalier", "90 Rue Lecourbe", "48.8420", "2.3030"},
        {"Jules Fontaine", "18 Rue des Martyrs", "48.8800", "2.3400"},
        {"Karine Lambert", "33 Rue de Belleville", "48.8720", "2.3790"},
        {"Louis Bonnet", "7 Quai de la Tournelle", "48.8500", "2.3540"},
        {"Manon Girard", "52 Rue de Charonne", "48.8540", "2.3810"},
        {"Nicolas André", "11 Rue Cler", "48.8560", "2.3060"},
        {"Océane Mercier", "24 Rue Caulaincourt", "48.8890", "2.3350"},
        {"Paul Dupont", "9 Rue Mouffetard", "48.8430", "2.3500"},
        {"Quentin Lemoine", "40 Avenue Daumesnil", "48.8440", "2.3800"},
        {"Rose Picard", "66 Rue Saint-Dominique", "48.8590", "2.3050"},
        {"Sacha Roux", "2 Rue du Faubourg Saint-Antoine", "48.8530", "2.3700"},
        {"Théo Vincent", "15 Rue de Vaugirard", "48.8480", "2.3300"}
    };

    /** Local start times of the day's jobs; each provider does at most one at each. */
    private static final LocalTime[] SLOTS = {LocalTime.of(9, 0), LocalTime.of(11, 30), LocalTime.of(14, 30)};

    private static final int DURATION_MINUTES = 90;

    private final AccountService accounts;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoBusiness(AccountService accounts, CommandGateway commands, TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.commands = commands;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Fills the business; answers the ids of every aggregate it touched, for the projections to catch up. */
    List<String> populate(BusinessId business) {
        var touched = new ArrayList<String>();
        SERVICES.forEach(service -> commands.sendAndWait(new AddServiceCommand(
                business,
                UUID.randomUUID(),
                service.name(),
                service.minutes(),
                service.priceCents(),
                service.skill())));
        List<ProviderId> providers =
                PROVIDERS.stream().map(p -> register(business, p)).toList();
        List<CustomerId> customers =
                Arrays.stream(CUSTOMERS).map(c -> customer(business, c)).toList();
        providers.forEach(id -> touched.add(id.toString()));
        customers.forEach(id -> touched.add(id.toString()));
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        int job = 0;
        for (int dayOffset = -3; dayOffset <= 3; dayOffset++) {
            LocalDate day = today.plusDays(dayOffset);
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int slot = 0; slot < SLOTS.length; slot++) {
                for (int p = 0; p < providers.size(); p += 2) {
                    int who = (p + slot + dayOffset + 9) % providers.size();
                    var start = day.atTime(SLOTS[slot]).atZone(PARIS).toInstant();
                    var status = statusFor(start, clock.instant(), job);
                    touched.add(book(
                            business,
                            customers.get(job % customers.size()),
                            providers.get(who),
                            PROVIDERS.get(who).skills(),
                            start,
                            status,
                            job));
                    job++;
                }
            }
        }
        return touched;
    }

    private ProviderId register(BusinessId business, DemoProvider provider) {
        var id = ProviderId.newId();
        transactions.executeWithoutResult(status -> {
            accounts.registerProvider(business, id, provider.email(), provider.name(), PROVIDER_PASSWORD);
            commands.sendAndWait(new RegisterProviderCommand(
                    id,
                    business,
                    provider.name(),
                    provider.email(),
                    "+33 6 00 00 00 0" + PROVIDERS.indexOf(provider),
                    provider.skills(),
                    provider.home(),
                    provider.radiusKm(),
                    "Part of the Sparkle team since 2024.",
                    provider.pay()));
            commands.sendAndWait(new SetWeeklyHoursCommand(id, business, mondayToSaturday()));
        });
        return id;
    }

    private CustomerId customer(BusinessId business, String[] row) {
        var id = CustomerId.newId();
        String email = row[0].toLowerCase().replaceAll("[^a-z]+", ".") + "@example.com";
        commands.sendAndWait(new CreateCustomerCommand(
                id,
                business,
                row[0],
                email,
                "+33 1 40 00 00 00",
                row[1] + ", Paris",
                new GeoPoint(Double.parseDouble(row[2]), Double.parseDouble(row[3]))));
        return id;
    }

    /**
     * As the clock stands: jobs that ended are done (a few of past days cancelled), a job whose time has come is
     * under way, today's later jobs are confirmed, the days ahead are booked or waiting.
     */
    private static BookingStatus statusFor(Instant start, Instant now, int job) {
        Instant end = start.plus(Duration.ofMinutes(DURATION_MINUTES));
        if (!end.isAfter(now)) {
            boolean earlierDay = start.isBefore(now.minus(Duration.ofDays(1)));
            return earlierDay && job % 7 == 3 ? BookingStatus.CANCELLED : BookingStatus.COMPLETED;
        }
        if (!start.isAfter(now)) {
            return BookingStatus.IN_PROGRESS;
        }
        if (start.isBefore(now.plus(Duration.ofDays(1)))) {
            return BookingStatus.CONFIRMED;
        }
        return job % 3 == 0 ? BookingStatus.CONFIRMED : BookingStatus.PENDING;
    }

    /** The catalogue's service for one of the provider's own skills, so that every job is one it can do. */
    private static String serviceFor(List<String> skills, int job) {
        String skill = skills.get(job % skills.size());
        return SERVICES.stream()
                .filter(service -> service.skill().equals(skill))
                .findFirst()
                .orElseThrow()
                .name();
    }

    private String book(
            BusinessId business,
            CustomerId customer,
            ProviderId provider,
            List<String> skills,
            Instant start,
            BookingStatus target,
            int job) {
        var id = BookingId.newId();
        // Every fifth job ahead waits for a provider, for the assignment saga and the board to show.
        boolean unassigned = target == BookingStatus.PENDING && job % 5 == 0;
        String service = serviceFor(skills, job);
        BookingView booking = commands.sendAndWait(new CreateBookingCommand(
                id,
                business,
                customer,
                service,
                start,
                DURATION_MINUTES,
                6_000 + (job % 5) * 1_500L,
                "EUR",
                unassigned ? null : provider,
                false,
                job % 3 == 0 ? "Door code 4521B, second floor." : null));
        long version = booking.version();
        if (target == BookingStatus.CANCELLED) {
            commands.sendAndWait(new CancelBookingCommand(id, business, "The customer is away", version));
            return id.toString();
        }
        if (target == BookingStatus.PENDING) {
            // A few providers gave a job back: it waits for someone else, and the admins were told.
            if (!unassigned && job % 7 == 5) {
                commands.sendAndWait(new DeclineBookingCommand(id, business, provider, "Van broke down", version));
            }
            return id.toString();
        }
        version = this.<BookingView>send(new ConfirmBookingCommand(id, business, provider, version))
                .version();
        if (target == BookingStatus.CONFIRMED) {
            return id.toString();
        }
        version = this.<BookingView>send(new StartBookingCommand(id, business, provider, version))
                .version();
        if (target == BookingStatus.IN_PROGRESS) {
            return id.toString();
        }
        commands.sendAndWait(new CompleteBookingCommand(id, business, provider, version));
        if (job % 2 == 0) {
            commands.sendAndWait(new RateBookingCommand(id, business, job % 6 == 0 ? 4 : 5, "Spotless, thank you!"));
        }
        if (job % 4 == 1) {
            commands.sendAndWait(new TipBookingCommand(id, business, 500));
        }
        return id.toString();
    }

    private <T> T send(Object command) {
        return commands.sendAndWait(command);
    }

    private static List<WeeklyHours> mondayToSaturday() {
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> day != DayOfWeek.SUNDAY)
                .map(day -> new WeeklyHours(day, LocalTime.of(8, 0), LocalTime.of(18, 0)))
                .toList();
    }
}
