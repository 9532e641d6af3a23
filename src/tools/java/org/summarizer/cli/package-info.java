/**
 * The offline command line ({@code eval}, {@code train}, {@code ablate}) over {@code eval} and {@code training}.
 * Nothing in the service imports it.
 */
package org.summarizer.cli;
