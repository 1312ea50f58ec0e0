/** Value types every part of Tandem shares: typed ids, roles, money, places, time and pay. */
package dev.tandem.kernel;
