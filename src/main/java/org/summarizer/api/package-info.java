/**
 * The HTTP API: {@code POST /v1/summaries} for JSON and plain-text bodies, its request and response records, and the
 * mapping of every failure to an RFC 9457 {@code application/problem+json} answer. The resource only maps between
 * HTTP and the domain; the work happens in {@code service}.
 */
package org.summarizer.api;
