/** Keyset pagination shared by every list: limits, opaque cursors and the response type of a page. */
package dev.tandem.query.paging;
