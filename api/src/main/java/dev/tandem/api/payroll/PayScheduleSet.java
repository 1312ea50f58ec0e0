package dev.tandem.api.payroll;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayFrequency;
import java.time.LocalDate;

/** A business chose its pay periods; they follow from the anchor date, before and after it. */
public record PayScheduleSet(BusinessId businessId, PayFrequency frequency, LocalDate anchorDate)
        implements BusinessMessage {}
