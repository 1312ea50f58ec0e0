/** Both sides of Tandem in one process on an embedded PostgreSQL, with a demo business on first start. */
package dev.tandem.standalone;
