package vn.bdg.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips, with a visible reason, the PostgreSQL run of a test when no PostgreSQL answered at the start
 * of the integration tests (src/server/test-domains.sh writes what it found). Inside the server, and
 * in the H2 run, it never skips.
 */
public class PostgresqlAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgresql".equals(System.getProperty("bdg.it.database"))) {
            return ConditionEvaluationResult.enabled("not the PostgreSQL run");
        }
        Path status = Path.of(System.getProperty("bdg.it.serverDir", "target/it-server"), "postgresql.status");
        String found;
        try {
            found = Files.readString(status, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            found = "unavailable: " + status + " was not written";
        }
        if ("true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI has everything installed: nothing may be skipped there");
        }
        if (found.startsWith("available")) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers");
        }
        String reason = "SKIPPED on PostgreSQL: no PostgreSQL server answered (" + found + ")";
        System.out.println("*** " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
