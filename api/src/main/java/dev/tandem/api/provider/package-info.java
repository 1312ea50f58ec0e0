/** Messages about providers: registration, profile, status, availability, pay rates. */
package dev.tandem.api.provider;
