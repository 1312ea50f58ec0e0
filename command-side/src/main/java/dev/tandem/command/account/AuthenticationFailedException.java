package dev.tandem.command.account;

/** Wrong credentials, an unknown or spent token: always answered with the same 401. */
class AuthenticationFailedException extends RuntimeException {

    AuthenticationFailedException() {
        super("The credentials are not valid.", null, false, false);
    }
}
