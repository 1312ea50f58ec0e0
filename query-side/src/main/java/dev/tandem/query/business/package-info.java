/** The business's settings as its admins see them. */
package dev.tandem.query.business;
