package dev.tandem.platform.consistency;

/**
 * Which event processors a write waits for before it answers: those whose work a client sees next, not a
 * saga's or a policy's, whose commands are writes of their own. The query side names them (its projections
 * and its live push); a process without them (the command side on its own) waits for nothing.
 */
@FunctionalInterface
public interface AwaitedProcessors {

    boolean isAwaited(String processorName);
}
