/** What the projections' own tests share: the query side on a real PostgreSQL, events handed in as its processor does. */
package dev.tandem.query.support;
