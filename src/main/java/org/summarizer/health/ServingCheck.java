package org.summarizer.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the process answers HTTP. Deliberately independent of the models: a slow model load must not get the
 * container restarted, only kept out of rotation by readiness.
 */
@Liveness
@ApplicationScoped
public class ServingCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("http");
    }
}
