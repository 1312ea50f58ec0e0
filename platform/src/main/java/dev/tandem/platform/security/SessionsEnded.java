package dev.tandem.platform.security;

import dev.tandem.kernel.UserId;

/**
 * A user's access tokens stopped working: published in each process as soon as it learns of it, so that
 * whatever holds a connection for the user closes it.
 *
 * @param accountClosed the account was deactivated rather than signed out (its deactivation has an event of
 *     its own, which its connections should still receive)
 */
public record SessionsEnded(UserId userId, boolean accountClosed) {}
