/** The earnings ledger: what each completed booking earned its provider and the business, tips included. */
package dev.tandem.query.earnings;
