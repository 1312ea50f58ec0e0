/** What the read models share about providers' working weeks. */
package dev.tandem.query.schedule;
