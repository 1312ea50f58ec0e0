/** Auto-assignment's ranking: what it needs to know per provider, and who is best for a booking and why. */
package dev.tandem.query.assignment;
