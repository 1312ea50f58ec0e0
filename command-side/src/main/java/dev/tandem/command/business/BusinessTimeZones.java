package dev.tandem.command.business;

import dev.tandem.kernel.BusinessId;
import java.time.ZoneId;

/** The time zone a business's working hours and local dates are read in. */
@FunctionalInterface
public interface BusinessTimeZones {

    ZoneId of(BusinessId businessId);
}
