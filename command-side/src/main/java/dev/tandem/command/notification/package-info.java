/** Admins marking notifications read; recorded as events so a rebuilt notification list keeps the marks. */
package dev.tandem.command.notification;
