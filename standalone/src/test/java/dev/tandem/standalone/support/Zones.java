package dev.tandem.standalone.support;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Time zones for tests that book "today" and must not cross a business's midnight while they run. */
public final class Zones {

    private Zones() {}

    /** A fixed-offset zone where it is now about 11:00, so the next hours are still today there. */
    public static ZoneId midday() {
        int hour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(11 - hour + 12, 24) - 12;
        // Etc/GMT zones have their sign inverted: Etc/GMT-5 is UTC+5.
        return ZoneId.of(offset == 0 ? "Etc/UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
    }
}
