/** Keeps every message, transaction and row inside its business: metadata on dispatch, the tenant per transaction. */
package dev.tandem.platform.tenancy;
