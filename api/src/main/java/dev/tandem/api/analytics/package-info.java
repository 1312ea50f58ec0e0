/** Messages about how a business and its providers performed over a period: analytics and performance. */
package dev.tandem.api.analytics;
