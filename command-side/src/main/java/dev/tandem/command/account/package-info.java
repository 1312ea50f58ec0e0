/** Accounts, passwords and tokens: sign-up, login, rotating refresh tokens, invitations and "me". */
package dev.tandem.command.account;
