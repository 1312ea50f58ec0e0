/** What the query side's JPA entities share. */
package dev.tandem.query.jpa;
