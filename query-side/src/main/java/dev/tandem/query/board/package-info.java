/** The admins' live board of providers: status, current job, next job. */
package dev.tandem.query.board;
