package org.summarizer.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.summarizer.service.ModelLoader;

/**
 * Ready (and started) once the CoreNLP pipeline is loaded and has annotated the warm-up text; until then the
 * service answers summaries with 503 and load balancers should not send traffic.
 */
@Readiness
@Startup
@ApplicationScoped
public class ModelsReadyCheck implements HealthCheck {

    private final ModelLoader models;

    public ModelsReadyCheck(ModelLoader models) {
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("nlp-models").status(models.isReady());
        if (models.loadTime() != null) {
            response.withData("loadMillis", models.loadTime().toMillis());
        }
        if (models.failure() != null) {
            response.withData("failure", models.failure());
        }
        return response.build();
    }
}
