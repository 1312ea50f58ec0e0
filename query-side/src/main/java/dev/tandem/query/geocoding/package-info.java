/** Addresses turned into places on the map, through a Nominatim-compatible search service. */
package dev.tandem.query.geocoding;
