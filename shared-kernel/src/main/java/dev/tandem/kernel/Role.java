package dev.tandem.kernel;

/** What a signed-in user may do: an admin runs its whole business, a provider only its own work. */
public enum Role {
    ADMIN,
    PROVIDER
}
