package dev.tandem.command.business;

import dev.tandem.api.catalogue.AddServiceCommand;
import dev.tandem.api.catalogue.ChangeServiceCommand;
import dev.tandem.api.catalogue.ServiceAdded;
import dev.tandem.api.catalogue.ServiceChanged;
import dev.tandem.api.catalogue.ServiceRemoved;
import dev.tandem.api.catalogue.ServiceView;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.errors.TextInput;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.Money;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a business sells, kept by its {@link Business}: each service's name (unique, whatever the case), default
 * duration and price, and the skill a provider needs for it. Its methods check a change and answer the event
 * that records it; the {@code on} methods apply the events.
 */
final class ServiceCatalogue {

    static final int MAX_SERVICES = 200;
    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_SKILL_LENGTH = 60;
    static final int MAX_DURATION_MINUTES = 24 * 60;
    /** A usual price must be one a booking accepts. */
    static final long MAX_PRICE_CENTS = Money.MAX_AMOUNT_CENTS;

    private final Map<UUID, ServiceView> services = new LinkedHashMap<>();

    ServiceAdded add(BusinessId businessId, AddServiceCommand command) {
        if (services.size() >= MAX_SERVICES) {
            throw new ConflictException("A catalogue holds at most " + MAX_SERVICES + " services.");
        }
        if (command.defaultDurationMinutes() == null) {
            throw new InvalidInputException("defaultDurationMinutes", "is required");
        }
        if (command.defaultPriceCents() == null) {
            throw new InvalidInputException("defaultPriceCents", "is required");
        }
        String name = checkName(command.name(), command.serviceId());
        return new ServiceAdded(
                businessId,
                command.serviceId(),
                name,
                checkDuration(command.defaultDurationMinutes()),
                checkPrice(command.defaultPriceCents()),
                checkSkill(command.skill()));
    }

    /** Empty when the change changes nothing. */
    Optional<ServiceChanged> change(BusinessId businessId, ChangeServiceCommand command) {
        ServiceView service = existing(command.serviceId());
        var changed = new ServiceChanged(
                businessId,
                command.serviceId(),
                command.name() == null ? service.name() : checkName(command.name(), command.serviceId()),
                command.defaultDurationMinutes() == null
                        ? service.defaultDurationMinutes()
                        : checkDuration(command.defaultDurationMinutes()),
                command.defaultPriceCents() == null
                        ? service.defaultPriceCents()
                        : checkPrice(command.defaultPriceCents()),
                command.skill() == null ? service.skill() : checkSkill(command.skill()));
        return viewOf(changed).equals(service) ? Optional.empty() : Optional.of(changed);
    }

    ServiceRemoved remove(BusinessId businessId, UUID serviceId) {
        return new ServiceRemoved(businessId, serviceId, existing(serviceId).name());
    }

    ServiceView view(UUID serviceId) {
        return existing(serviceId);
    }

    /**
     * The name a booking's service is stored under: any service while the catalogue is empty, else the
     * catalogue's spelling of one of its services.
     */
    String bookable(String service) {
        if (services.isEmpty() || service == null) {
            return service;
        }
        return services.values().stream()
                .map(ServiceView::name)
                .filter(name -> name.equalsIgnoreCase(service.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "service",
                        "must be one of your services: "
                                + services.values().stream()
                                        .map(ServiceView::name)
                                        .sorted(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)))
                                        .collect(Collectors.joining(", "))));
    }

    void on(ServiceAdded event) {
        services.put(
                event.serviceId(),
                new ServiceView(
                        event.serviceId().toString(),
                        event.name(),
                        event.defaultDurationMinutes(),
                        event.defaultPriceCents(),
                        event.skill()));
    }

    void on(ServiceChanged event) {
        services.put(event.serviceId(), viewOf(event));
    }

    void on(ServiceRemoved event) {
        services.remove(event.serviceId());
    }

    private static ServiceView viewOf(ServiceChanged event) {
        return new ServiceView(
                event.serviceId().toString(),
                event.name(),
                event.defaultDurationMinutes(),
                event.defaultPriceCents(),
                event.skill());
    }

    private ServiceView existing(UUID serviceId) {
        ServiceView service = services.get(serviceId);
        if (service == null) {
            throw new NotFoundException("No such service.");
        }
        return service;
    }

    private String checkName(String name, UUID serviceId) {
        String checked = TextInput.required("name", name, MAX_NAME_LENGTH);
        boolean taken = services.entrySet().stream()
                .anyMatch(entry -> !entry.getKey().equals(serviceId)
                        && entry.getValue().name().equalsIgnoreCase(checked));
        if (taken) {
            throw new InvalidInputException("name", "is already the name of another of your services");
        }
        return checked;
    }

    private static int checkDuration(int minutes) {
        if (minutes < 1 || minutes > MAX_DURATION_MINUTES) {
            throw new InvalidInputException(
                    "defaultDurationMinutes", "must be between 1 and " + MAX_DURATION_MINUTES + " minutes");
        }
        return minutes;
    }

    private static long checkPrice(long priceCents) {
        if (priceCents < 0 || priceCents > MAX_PRICE_CENTS) {
            throw new InvalidInputException("defaultPriceCents", "must be between 0 and " + MAX_PRICE_CENTS);
        }
        return priceCents;
    }

    /** Skills are compared trimmed and in lower case, as providers' are; an empty one means anyone may do it. */
    private static String checkSkill(String skill) {
        String checked = TextInput.optional("skill", skill, MAX_SKILL_LENGTH);
        return checked == null ? null : checked.toLowerCase(Locale.ROOT);
    }
}
