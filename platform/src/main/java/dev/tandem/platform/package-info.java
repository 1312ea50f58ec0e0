/** Infrastructure both Tandem applications run on; each part is wired by {@link dev.tandem.platform.PlatformAutoConfiguration}. */
package dev.tandem.platform;
