package dev.tandem.api.payroll;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

public record FindPayScheduleQuery(BusinessId businessId) implements BusinessMessage {}
