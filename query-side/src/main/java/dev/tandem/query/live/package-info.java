/** Live push over WebSocket (STOMP): every committed event to the admins of its business and to its provider. */
package dev.tandem.query.live;
