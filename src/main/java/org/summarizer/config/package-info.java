/** Configuration: the one {@code summarizer.*} mapping, documented key by key. */
package org.summarizer.config;
