package dev.tandem.platform.faults;

import dev.tandem.api.errors.TextInput;
import io.micrometer.core.instrument.Counter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Decides what becomes of an event a processing group's handlers failed on. Parked, with its aggregate's
 * later events, when it was handled on its own ({@link OneByOne}) and the failure is its own. Otherwise the
 * failure is thrown on, and the batch is tried again: one by one when the batch's writes could not be told
 * apart, as they are when handlers wait for the commit; as it was when the database is at fault. A retried
 * dead letter that fails again stays, one attempt more.
 */
final class ParkOrRetry implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";

    private final Counter parked;

    ParkOrRetry(Counter parked) {
        this.parked = parked;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isRetryOfADeadLetter()) {
            return Decisions.<EventMessage<?>>requeue(storable(cause), ParkOrRetry::oneAttemptMore);
        }
        if (!isHandledOneByOne() || TransientFaults.isTransient(cause)) {
            throw new RetryTheBatch(cause);
        }
        parked.increment();
        return Decisions.<EventMessage<?>>enqueue(storable(cause), ParkOrRetry::oneAttemptMore);
    }

    private static boolean isRetryOfADeadLetter() {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.resources().containsKey(DeadLetter.class.getName()))
                .orElse(false);
    }

    private static boolean isHandledOneByOne() {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.resources().containsKey(EventSavepoints.RESOURCE))
                .orElse(false);
    }

    private static MetaData oneAttemptMore(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        long before = attempts instanceof Number number ? number.longValue() : 0;
        return letter.diagnostics().and(ATTEMPTS, before + 1);
    }

    /**
     * The cause as it is stored: its message in a text column, which must not hold a NUL either (the value at
     * fault may be quoted in it).
     */
    private static Throwable storable(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || TextInput.isPrintable(message)) {
            return cause;
        }
        return new UnprintableCause(cause);
    }

    /** A failure thrown past the dead-letter queue, for the processor to retry its batch. */
    static final class RetryTheBatch extends RuntimeException {

        RetryTheBatch(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A failure whose message held characters no text column takes, with them escaped. */
    static final class UnprintableCause extends RuntimeException {

        UnprintableCause(Throwable cause) {
            super(cause.getClass().getName() + ": " + escaped(cause.getMessage()));
        }

        private static String escaped(String message) {
            var text = new StringBuilder(message.length());
            message.codePoints().forEach(c -> {
                if (Character.isISOControl(c) || Character.isSurrogate((char) c) && Character.isBmpCodePoint(c)) {
                    text.append(String.format("\\u%04X", c));
                } else {
                    text.appendCodePoint(c);
                }
            });
            return text.toString();
        }
    }
}
