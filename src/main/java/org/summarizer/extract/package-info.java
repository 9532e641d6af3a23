/**
 * Main-content extraction from web pages: {@link org.summarizer.extract.ArticleExtractor} turns a page's HTML into an
 * {@link org.summarizer.extract.ExtractedArticle} (headline and body paragraphs, without navigation, ads, captions,
 * bylines and other page furniture), and {@link org.summarizer.extract.PageCharset} decides how to decode the page's
 * bytes. Built on jsoup and Readability4J; depends on no other package of the project.
 */
package org.summarizer.extract;
