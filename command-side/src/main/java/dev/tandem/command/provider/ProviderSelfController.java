package dev.tandem.command.provider;

import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.api.provider.UpdateProviderProfileCommand;
import dev.tandem.command.provider.ProviderRequests.HomeRequest;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.WeeklyHours;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.IfMatch;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A provider runs its own day: status, working hours, time off and profile. It always acts on its own
 * provider, named by its token; its pay rate, email, role and business are not fields here.
 */
@RestController
@RequestMapping("/api/provider")
class ProviderSelfController {

    private final ProviderAdministration administration;
    private final CommandGateway commands;
    private final ProjectionBarrier projections;

    ProviderSelfController(
            ProviderAdministration administration, CommandGateway commands, ProjectionBarrier projections) {
        this.administration = administration;
        this.commands = commands;
        this.projections = projections;
    }

    record WeeklyHoursRequest(DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {}

    /** An entry without an id is new and gets one; an entry with an id keeps or replaces that one. */
    record TimeOffRequest(UUID id, Instant start, Instant end, String reason) {}

    record AvailabilityRequest(
            ProviderStatus status, List<WeeklyHoursRequest> weeklyHours, List<TimeOffRequest> timeOff) {}

    record ProfileRequest(
            String name,
            String phone,
            String bio,
            List<String> skills,
            @Valid HomeRequest home,
            Integer serviceRadiusKm,
            Long expectedVersion) {}

    @PostMapping("/availability")
    AvailabilityView changeAvailability(@RequestBody AvailabilityRequest request, Caller caller) {
        var providerId = ownProvider(caller);
        AvailabilityView availability = administration.changeAvailability(
                caller.businessId(),
                providerId,
                request.status(),
                request.weeklyHours() == null ? null : weeklyHours(request.weeklyHours()),
                request.timeOff() == null ? null : timeOff(request.timeOff()));
        projections.awaitAggregates(providerId.toString());
        return availability;
    }

    @PutMapping("/profile")
    ResponseEntity<ProviderView> changeProfile(
            @Valid @RequestBody ProfileRequest request, IfMatch ifMatch, Caller caller) {
        var providerId = ownProvider(caller);
        ProviderView provider = commands.sendAndWait(new UpdateProviderProfileCommand(
                providerId,
                caller.businessId(),
                request.name(),
                request.phone(),
                request.bio(),
                request.skills(),
                ProviderRequests.geoPointOrNull(request.home(), "home"),
                request.serviceRadiusKm(),
                ifMatch.orElse(request.expectedVersion())));
        projections.awaitAggregates(provider.id());
        return ResponseEntity.ok().eTag(Long.toString(provider.version())).body(provider);
    }

    private static ProviderId ownProvider(Caller caller) {
        return caller.providerId().orElseThrow(() -> new NotFoundException("No such provider."));
    }

    private static List<WeeklyHours> weeklyHours(List<WeeklyHoursRequest> requests) {
        if (requests.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("weeklyHours", "must not contain an empty window");
        }
        try {
            return requests.stream()
                    .map(window -> new WeeklyHours(window.dayOfWeek(), window.start(), window.end()))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("weeklyHours", "each window needs a day, a start and a later end");
        }
    }

    private static List<TimeOff> timeOff(List<TimeOffRequest> requests) {
        if (requests.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("timeOff", "must not contain an empty period");
        }
        try {
            return requests.stream()
                    .map(entry -> new TimeOff(
                            entry.id() == null ? UUID.randomUUID() : entry.id(),
                            millis(entry.start()),
                            millis(entry.end()),
                            entry.reason()))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("timeOff", "each period needs a start and a later end");
        }
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
