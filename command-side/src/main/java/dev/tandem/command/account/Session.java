package dev.tandem.command.account;

/** What a successful sign-in hands out: an access token, the next refresh token and the user. */
public record Session(String token, String tokenType, long expiresIn, String refreshToken, UserView user) {}
