/** Messages about notifications for a business's admins. */
package dev.tandem.api.notification;
