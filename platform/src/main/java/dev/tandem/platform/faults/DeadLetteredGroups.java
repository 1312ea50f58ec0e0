package dev.tandem.platform.faults;

import java.util.Set;
import java.util.SortedSet;

/** The processing groups of this process that park the events they cannot handle. */
public record DeadLetteredGroups(SortedSet<String> names) {

    public boolean contains(String processingGroup) {
        return names.contains(processingGroup);
    }

    Set<String> all() {
        return names;
    }
}
