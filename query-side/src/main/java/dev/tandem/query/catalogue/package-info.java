/** The service catalogue's read model: what a business sells, listed for its admins and its booking forms. */
package dev.tandem.query.catalogue;
