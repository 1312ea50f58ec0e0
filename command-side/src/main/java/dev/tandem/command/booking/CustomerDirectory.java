package dev.tandem.command.booking;

import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;

/**
 * The customer a new booking is for, as the booking will remember it. A customer of another business is
 * not found ({@link dev.tandem.api.errors.NotFoundException}), exactly as if it did not exist.
 */
public interface CustomerDirectory {

    CustomerSummary summaryOf(BusinessId businessId, CustomerId customerId);
}
