/**
 * Runtime wiring: loads the CoreNLP models in the background at startup, runs summaries on a bounded worker pool
 * with a time limit, and records metrics. The HTTP layer talks only to {@link org.summarizer.service.SummaryService}.
 */
package org.summarizer.service;
