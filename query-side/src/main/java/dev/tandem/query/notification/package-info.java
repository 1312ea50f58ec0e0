/** Notifications for a business's admins: declined and completed jobs, providers going offline with work ahead. */
package dev.tandem.query.notification;
