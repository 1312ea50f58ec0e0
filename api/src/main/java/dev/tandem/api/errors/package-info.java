/** The refusals both sides share, so the web layer can answer each with the right status. */
package dev.tandem.api.errors;
