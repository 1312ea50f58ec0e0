/** The dashboards in the browser: server-rendered pages, their session cookie, and their live refresh. */
package dev.tandem.query.dashboard;
