/** Read-your-writes at the API boundary: a write answers once the projections reflect it. */
package dev.tandem.platform.consistency;
