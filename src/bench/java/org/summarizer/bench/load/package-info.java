/**
 * The HTTP load benchmark: the packaged service in a child process, closed-loop, open-loop and overload load from a
 * Java HTTP client, /proc sampling, and the generated part of docs/performance.md.
 */
package org.summarizer.bench.load;
