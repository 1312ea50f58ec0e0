package dev.tandem.api.board;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.time.Instant;

/** The business's board as its events up to {@code at} make it: the providers, and the bookings of that local day. */
public record FindBoardQuery(BusinessId businessId, Instant at) implements BusinessMessage {}
