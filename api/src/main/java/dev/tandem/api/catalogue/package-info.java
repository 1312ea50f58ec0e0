/** Messages about a business's service catalogue: what it sells, how long it takes, what it costs. */
package dev.tandem.api.catalogue;
