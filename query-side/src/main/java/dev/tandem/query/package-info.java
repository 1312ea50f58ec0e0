/** Tandem's query side: projections, query handlers, query endpoints and live push. */
package dev.tandem.query;
