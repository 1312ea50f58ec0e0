/** Messages about a business itself: registration and settings. */
package dev.tandem.api.business;
