/** How Tandem's values look in JSON, in HTTP bodies and in stored events alike. */
package dev.tandem.platform.json;
