/**
 * Stage "select": {@link org.summarizer.selection.SentenceSelector} picks the summary sentences from their scores
 * under the caller's {@link org.summarizer.selection.SelectionLimits}, skipping redundant sentences. Pure and
 * deterministic; depends only on {@code document}.
 */
package org.summarizer.selection;
