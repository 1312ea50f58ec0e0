/** Keyset pagination shared by every list: opaque cursors and limits. */
package dev.tandem.query.paging;
