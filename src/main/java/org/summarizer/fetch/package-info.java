/**
 * Fetching a web page for a request's {@code url}, safely: only {@code http} and {@code https}, only public
 * addresses unless configured otherwise ({@link AddressPolicy}), a connection only to the addresses that were checked,
 * redirects followed by hand and re-checked, a time limit and a size cap ({@link PageFetcher}).
 */
package org.summarizer.fetch;
