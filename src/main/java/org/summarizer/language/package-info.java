/**
 * Which language a text is in and which language the service summarizes it as: {@link
 * org.summarizer.language.Language} (the languages the detector tells apart), {@link
 * org.summarizer.language.LanguageDetector} (the only class importing Apache OpenNLP), and {@link
 * org.summarizer.language.LanguagePolicy}, the pure decision between a request's {@code language}, the detection and
 * the languages whose pipelines are loaded.
 */
package org.summarizer.language;
