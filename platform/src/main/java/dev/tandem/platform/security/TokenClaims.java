package dev.tandem.platform.security;

/** Names of the claims in Tandem's access tokens, besides the standard ones. */
public final class TokenClaims {

    public static final String BUSINESS_ID = "business_id";
    public static final String ROLE = "role";
    public static final String PROVIDER_ID = "provider_id";
    /** The account's session version when the token was issued; see {@link EndedSessions}. */
    public static final String SESSION_VERSION = "sv";

    private TokenClaims() {}
}
