/** The messages the command side and the query side exchange: commands, events, queries and views. */
package dev.tandem.api;
