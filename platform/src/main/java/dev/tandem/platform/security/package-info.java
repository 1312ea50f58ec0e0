/** Who is calling: bearer tokens both applications validate, roles, and the caller handed to controllers. */
package dev.tandem.platform.security;
