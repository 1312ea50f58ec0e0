package dev.tandem.platform.faults;

/**
 * A processing group whose failures are not parked, and why: every other event handler's are. Each side
 * declares its own as a bean.
 *
 * @param processingGroup the group's name
 * @param why what it does with a failure instead, for whoever reads the configuration
 */
public record DeadLetterExclusion(String processingGroup, String why) {}
