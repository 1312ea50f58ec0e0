/** Auto-assignment: the saga that offers a booking to the best provider until one takes it. */
package dev.tandem.command.assignment;
