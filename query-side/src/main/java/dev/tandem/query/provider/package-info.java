/** Providers as admins list them and providers see themselves: profile, pay roll and availability views. */
package dev.tandem.query.provider;
