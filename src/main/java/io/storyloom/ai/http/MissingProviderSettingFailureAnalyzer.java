package io.storyloom.ai.http;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing provider setting into Spring Boot's short "APPLICATION FAILED TO START" report. */
class MissingProviderSettingFailureAnalyzer extends AbstractFailureAnalyzer<MissingProviderSetting> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProviderSetting cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + cause.variable() + " in the environment (see .env.example), "
                        + "or choose the offline provider to run without one.",
                cause);
    }
}
