/** The demo business the standalone server opens on its first start. */
package dev.tandem.standalone.demo;
