/** Messages about a business's customers. */
package dev.tandem.api.customer;
