package dev.tandem.kernel;

/**
 * Where a provider is in its day. AVAILABLE, ON_BREAK and OFFLINE are chosen by the provider; BUSY is set
 * while one of its bookings is in progress and gives way to the last chosen status when it ends.
 */
public enum ProviderStatus {
    AVAILABLE,
    BUSY,
    ON_BREAK,
    OFFLINE;

    /** Whether a provider may pick this status itself. */
    public boolean isChoosable() {
        return this != BUSY;
    }
}
