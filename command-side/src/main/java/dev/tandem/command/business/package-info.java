/** A business itself: opening it and changing its name, time zone and currency. */
package dev.tandem.command.business;
