package dev.tandem.command.booking;

import dev.tandem.kernel.BusinessId;
import java.time.ZoneId;

/** The time zone a business's working hours are read in. */
@FunctionalInterface
interface BusinessTimeZones {

    ZoneId of(BusinessId businessId);
}
