package dev.tandem.api;

/** Names of the metadata entries Tandem puts on every message. */
public final class MetadataKeys {

    /** The business (tenant) the message belongs to. */
    public static final String BUSINESS_ID = "businessId";

    /** The user on whose behalf the message was sent, absent for system actions. */
    public static final String USER_ID = "userId";

    /** The role of that user: ADMIN, PROVIDER or SYSTEM. */
    public static final String ROLE = "role";

    private MetadataKeys() {}
}
