package dev.tandem.command.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Routes a booking command to its booking without letting Axon compare the expected version on load:
 * {@link Booking#admit} compares it after the business check, so a foreign booking is always "not found".
 */
final class BookingTargets implements CommandTargetResolver {

    static final String BEAN_NAME = "bookingTargets";

    private static final CommandTargetResolver ANNOTATED =
            AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        return new VersionedAggregateIdentifier(ANNOTATED.resolveTarget(command).getIdentifierValue(), null);
    }

    static Long expectedVersionOf(CommandMessage<?> command) {
        return ANNOTATED.resolveTarget(command).getVersion();
    }

    static BusinessId businessOf(CommandMessage<?> command) {
        if (command.getPayload() instanceof BusinessMessage message) {
            return message.businessId();
        }
        throw new IllegalArgumentException("A booking command must name its business: "
                + command.getPayloadType().getSimpleName());
    }
}
