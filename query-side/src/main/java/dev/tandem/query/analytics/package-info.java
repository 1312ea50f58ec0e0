/**
 * Analytics: how a business and its providers did over a period, from a read model of one row per booking, the
 * declines, and the providers' working weeks and time off (docs/analytics.md).
 */
package dev.tandem.query.analytics;
