package vn.bdg.interfaces.web.health;

import vn.bdg.infrastructure.database.DatabaseMigrator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and every migration is applied. Reported at {@code /health}. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(migrator.isReady()).build();
    }
}
