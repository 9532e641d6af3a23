/**
 * The summarization pipeline composed in one place: {@link org.summarizer.summary.Summarizer} runs extract features
 * -> score -> select on an annotated document and returns a {@link org.summarizer.summary.Summary}. Pure and
 * thread-safe; the runtime wiring (models, worker pool) lives in {@code service}.
 */
package org.summarizer.summary;
