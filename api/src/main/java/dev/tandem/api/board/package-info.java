/** The admin board as it was at an instant, rebuilt from the event store. */
package dev.tandem.api.board;
