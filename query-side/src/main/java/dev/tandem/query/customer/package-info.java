/** Customers as admins search them. */
package dev.tandem.query.customer;
