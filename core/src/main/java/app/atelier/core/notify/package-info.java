/**
 * The host's notification service: the message outbox, delivery with retries and backoff, the
 * per-client delivery log, per-salon channel configuration and the built-in channels (log, email
 * over SMTP, SMS through an HTTP gateway). Plugins say what and when; channels say how.
 */
package app.atelier.core.notify;
