/** Paging of the query side's lists: limits and opaque keyset cursors. */
package dev.tandem.query.paging;
