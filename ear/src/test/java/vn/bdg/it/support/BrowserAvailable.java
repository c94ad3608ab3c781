package vn.bdg.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips browser tests, with a visible reason, where Debian's chromium and chromium-driver are not installed. */
public class BrowserAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI has everything installed: nothing may be skipped there");
        }
        if (Files.isExecutable(Path.of(Browser.CHROMIUM)) && Files.isExecutable(Path.of(Browser.CHROMEDRIVER))) {
            return ConditionEvaluationResult.enabled("Chromium is installed");
        }
        String reason = "SKIPPED: browser tests need " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
        System.out.println("*** " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
