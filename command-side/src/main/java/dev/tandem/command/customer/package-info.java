/** A business's customers: created by admins, or with a booking, and checked before they are stored. */
package dev.tandem.command.customer;
