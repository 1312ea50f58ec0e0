package dev.tandem.api.history;

/** What kind of aggregate a history is asked for; an id of another kind is not found. */
public enum HistorySubject {
    BOOKING,
    PROVIDER
}
