/** The audit trail: every event of a business with who caused it and a sentence that says it (docs/audit.md). */
package dev.tandem.query.audit;
