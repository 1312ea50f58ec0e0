/** Providers: registration with a login, profile, status, weekly hours, time off, pay rates, deactivation. */
package dev.tandem.command.provider;
