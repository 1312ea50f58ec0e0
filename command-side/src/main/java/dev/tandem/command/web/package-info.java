/** Web concerns of the command side that every write shares: idempotent retries. */
package dev.tandem.command.web;
