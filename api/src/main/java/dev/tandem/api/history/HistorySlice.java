package dev.tandem.api.history;

import java.util.List;

/** Consecutive events of one history; {@code nextSequence} is where the rest starts, null when none is left. */
public record HistorySlice(List<HistoryEntry> entries, Long nextSequence) {}
