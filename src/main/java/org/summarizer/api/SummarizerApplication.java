package org.summarizer.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The HTTP application and the head of its OpenAPI document ({@code /q/openapi}): title, version, description and
 * licence with its SPDX identifier, which generators such as openapi-generator require.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Article summarizer API",
                        version = "1.0",
                        description = "Extractive summaries of news articles, ranked with Stanford CoreNLP features.",
                        license = @License(name = "GPL-3.0-or-later", identifier = "GPL-3.0-or-later")))
public class SummarizerApplication extends Application {}
