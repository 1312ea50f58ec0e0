/**
 * Outbound webhooks: endpoints a business registers, an outbox that queues each committed event for the endpoints
 * that subscribe to its type, and a sender that delivers them signed (Standard Webhooks), in order per aggregate,
 * with retries, SSRF defences and a log (docs/webhooks.md).
 */
package dev.tandem.query.webhook;
