/** What every HTTP answer shares: problem details, request ids and logs, body limits, version preconditions. */
package dev.tandem.platform.web;
