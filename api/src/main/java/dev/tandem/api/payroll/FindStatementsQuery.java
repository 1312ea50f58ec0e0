package dev.tandem.api.payroll;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.LocalDate;

/** The statements of the pay period starting on {@code start}: every provider's, or one provider's. */
public record FindStatementsQuery(BusinessId businessId, LocalDate start, ProviderId onlyProvider)
        implements BusinessMessage {}
