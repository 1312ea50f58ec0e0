/** Tandem's command side: aggregates, sagas, command endpoints, accounts and tokens. */
package dev.tandem.command;
