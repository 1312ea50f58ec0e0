/** Auto-assignment: ranking a business's providers for a booking, and the saga that offers it. */
package dev.tandem.api.assignment;
