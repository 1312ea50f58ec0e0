package dev.tandem.api.payroll;

import java.time.LocalDate;

/** A business's pay schedule; {@code chosen} is false while it follows the default, calendar months. */
public record PayScheduleView(String frequency, LocalDate anchorDate, boolean chosen) {}
